import CallSimContent
import CallSimCore
import Testing

@Suite("Rendering diagnostics")
struct DiagnosticRendererTests {
    @Test func caretKeepsTabsAndCountsScalars() {
        // Given a line with a tab and an Arabic word before the column
        let source = "first\n\tقال: x\n"
        let diagnostic = Diagnostic.error("S001", "unknown key", at: SourceLocation(path: "a.yaml", line: 2, column: 7))

        // When it is rendered
        // Then the tab is kept in the caret line and each scalar counts one column
        #expect(DiagnosticRenderer.render(diagnostic, source: source) == "a.yaml:2:7: error[S001]: unknown key\n    \tقال: x\n    \t     ^")
    }

    @Test func headerOnlyWhenTheLineIsUnknown() {
        // Given diagnostics for a whole file, outside any file, and with no source
        let whole = Diagnostic.warning("L002", "cannot read the folder", at: SourceLocation(path: "lib/scenarios", line: 0, column: 0))
        let nowhere = Diagnostic.error("L004", "no scenario `x`", at: SourceLocation(path: "", line: 0, column: 0))
        let noSource = Diagnostic.error("S002", "wrong", at: SourceLocation(path: "a.yaml", line: 3, column: 2))

        // When they are rendered
        // Then only the header is shown
        #expect(DiagnosticRenderer.render(whole, source: "x") == "lib/scenarios: warning[L002]: cannot read the folder")
        #expect(DiagnosticRenderer.render(nowhere, source: nil) == "error[L004]: no scenario `x`")
        #expect(DiagnosticRenderer.render(noSource, source: nil) == "a.yaml:3:2: error[S002]: wrong")
        #expect(DiagnosticRenderer.render(noSource, source: "one line") == "a.yaml:3:2: error[S002]: wrong")
        #expect(noSource.description == "a.yaml:3:2: error[S002]: wrong")
    }

    @Test func longLinesAreCutAroundTheColumn() {
        // Given a 300-character line with the problem at column 200
        let line = String(repeating: "a", count: 199) + "X" + String(repeating: "b", count: 100)
        let diagnostic = Diagnostic.error("S002", "here", at: SourceLocation(path: "a.yaml", line: 1, column: 200))

        // When it is rendered
        let lines = DiagnosticRenderer.render(diagnostic, source: line).split(separator: "\n").map(String.init)

        // Then a 120-character window is shown, marked where cut, with the caret under the X
        #expect(lines.count == 3)
        #expect(lines[1] == "    …" + String(repeating: "a", count: 60) + "X" + String(repeating: "b", count: 59) + "…")
        #expect(lines[2] == "    " + String(repeating: " ", count: 61) + "^")
    }

    @Test func messagesAndLinesAreStrippedOfControlCharacters() {
        // Given a message and a line carrying an escape character
        let diagnostic = Diagnostic.error("S001", "unknown key `\u{1B}[2J`", at: SourceLocation(path: "a.yaml", line: 1, column: 1))

        // When it is rendered
        // Then the escape is shown as `?`
        #expect(DiagnosticRenderer.render(diagnostic, source: "\u{1B}[2J: 1") == "a.yaml:1:1: error[S001]: unknown key `?[2J`\n    ?[2J: 1\n    ^")
    }
}
