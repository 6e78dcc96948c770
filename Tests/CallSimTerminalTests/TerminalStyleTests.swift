#if canImport(Glibc)
import Glibc
#endif
import Testing
import CallSimTerminal

@Suite struct TerminalStyleTests {
    @Test func plainStyleLeavesTextAlone() {
        // Given the plain style
        let style = TerminalStyle.plain
        // When styling text
        // Then it is unchanged
        #expect(!style.enabled)
        #expect(style.bold(style.red("hi")) == "hi")
        #expect(style.dim("a") + style.green("b") + style.yellow("c") + style.cyan("d") + style.magenta("e") == "abcde")
    }

    @Test func enabledStyleWrapsInSGRCodes() {
        // Given an enabled style
        let style = TerminalStyle(enabled: true)
        // When styling text
        // Then it is wrapped in start and reset codes that nest
        #expect(style.red("x") == "\u{1B}[31mx\u{1B}[39m")
        #expect(style.bold(style.cyan("y")) == "\u{1B}[1m\u{1B}[36my\u{1B}[39m\u{1B}[22m")
    }

    @Test func noColorDisablesStyling() {
        // Given a terminal and NO_COLOR set to a non-empty value
        // When detecting the style
        // Then styling is off
        #expect(!TerminalStyle.detect(isTerminal: true, environment: ["NO_COLOR": "1"]).enabled)
        #expect(!TerminalStyle.detect(isTerminal: true, environment: ["NO_COLOR": "anything", "TERM": "xterm"]).enabled)
    }

    @Test func emptyOrUnsetNoColorKeepsStylingOnATerminal() {
        // Given a terminal with NO_COLOR unset or empty
        // When detecting the style
        // Then styling is on
        #expect(TerminalStyle.detect(isTerminal: true, environment: [:]).enabled)
        #expect(TerminalStyle.detect(isTerminal: true, environment: ["NO_COLOR": "", "TERM": "xterm"]).enabled)
    }

    @Test func nonTerminalOrDumbTerminalDisablesStyling() {
        // Given output that is not a terminal, or TERM=dumb
        // When detecting the style
        // Then styling is off
        #expect(!TerminalStyle.detect(isTerminal: false, environment: [:]).enabled)
        #expect(!TerminalStyle.detect(isTerminal: true, environment: ["TERM": "dumb"]).enabled)
    }

    @Test func detectOnAPipeIsPlain() throws {
        // Given a pipe (never a terminal)
        var fds: [Int32] = [0, 0]
        try #require(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        // When detecting the style for its write end
        // Then styling is off
        #expect(TerminalStyle.detect(forOutput: fds[1]) == .plain)
    }
}
