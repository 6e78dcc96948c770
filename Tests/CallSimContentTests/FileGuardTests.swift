import CallSimContent
import CallSimCore
import Foundation
import Testing

@Suite("Guards against broken and hostile files")
struct FileGuardTests {
    @Test func nonUTF8FileIsOneLocatedError() throws {
        // Given a file saved in Latin-1, with é as the byte 0xE9
        let folder = try TemporaryFolder()
        let path = try folder.write("latin1.yaml", bytes: Array("id: cafe\ntitle: Caf".utf8) + [0xE9] + Array("\n".utf8))

        // When it is loaded
        let result = ScenarioLoader.load(path: path)

        // Then one Y002 error points at the byte
        #expect(result.value == nil)
        #expect(DiagnosticRenderer.render(result.diagnostics) == """
            \(path):2:11: error[Y002]: the file is not UTF-8 text (byte 0xE9 cannot start or continue a character here); save it as UTF-8
                title: Caf\u{FFFD}
                          ^
            """)
    }

    @Test func emptyFileIsAnError() throws {
        // Given an empty file and one holding only a comment
        let folder = try TemporaryFolder()
        let empty = try folder.write("empty.yaml", "")
        let comments = try folder.write("comments.yaml", "# nothing yet\n")

        // When they are loaded
        let first = ScenarioLoader.load(path: empty)
        let second = ScenarioLoader.load(path: comments)

        // Then each is one Y003 error for the whole file
        #expect(DiagnosticRenderer.render(first.diagnostics) == """
            \(empty): error[Y003]: the file is empty; a scenario needs at least `id`, `title`, `brief`, `persona`, `start` and `beats`
            """)
        #expect(second.diagnostics.map(\.message) == [
            "the file holds only comments; a scenario needs at least `id`, `title`, `brief`, `persona`, `start` and `beats`",
        ])
    }

    @Test func missingFileAndFolderCannotBeRead() throws {
        // Given a path that does not exist and a path that is a folder
        let folder = try TemporaryFolder()
        let missing = folder.path + "/missing.yaml"

        // When they are loaded
        let first = ScenarioLoader.load(path: missing)
        let second = PhrasebookLoader.load(path: folder.path)

        // Then each is a Y004 error
        #expect(first.diagnostics == [.error("Y004", "cannot read the file: it does not exist", at: SourceLocation(path: missing, line: 0, column: 0))])
        #expect(second.diagnostics.map(\.code) == ["Y004"])
        #expect(second.diagnostics.first?.message == "cannot read the file: it is a folder")
    }

    @Test(.enabled(if: geteuid() != 0, "root can read any file"))
    func unreadableFileIsAnError() throws {
        // Given a file nobody may read
        let folder = try TemporaryFolder()
        let path = try folder.write("secret.yaml", Fixture.scenario())
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)

        // When it is loaded
        let result = ScenarioLoader.load(path: path)

        // Then it is one Y004 error
        #expect(result.diagnostics.map(\.message) == ["cannot read the file: permission denied"])
    }

    @Test func fileOverFourMegabytesIsNotRead() throws {
        // Given a five-megabyte file
        let folder = try TemporaryFolder()
        let path = try folder.write("huge.yaml", "# " + String(repeating: "x", count: 5 * 1_048_576 - 3) + "\n")

        // When it is loaded
        let result = ScenarioLoader.load(path: path)

        // Then it is refused without being parsed
        #expect(DiagnosticRenderer.render(result.diagnostics) == """
            \(path): error[Y005]: the file is 5 MB; files over 4 MB are not read
            """)
    }

    @Test func byteOrderMarkIsAccepted() throws {
        // Given a valid scenario saved with a UTF-8 byte-order mark
        let folder = try TemporaryFolder()
        let path = try folder.write("bom.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array(Fixture.scenario().utf8))

        // When it is loaded
        let result = ScenarioLoader.load(path: path)

        // Then it loads, with columns counted as the trainer sees them
        #expect(result.diagnostics == [])
        #expect(result.value?.beats.first?.location == SourceLocation(path: path, line: 11, column: 5))
    }

    @Test(.timeLimit(.minutes(1)))
    func aliasBombInValuesStopsAtTheValueLimit() {
        // Given conditions whose aliases multiply tenfold at every level (a "billion laughs")
        var yaml = Fixture.scenario() + "anytime:\n  - when: &c0 {said: x}\n"
        for level in 1...9 {
            let items = Array(repeating: "*c\(level - 1)", count: 10).joined(separator: ",")
            yaml += "  - when: &c\(level) {any: [\(items)]}\n"
        }

        // When it is loaded
        let clock = ContinuousClock()
        let start = clock.now
        let result = ScenarioLoader.load(yaml: yaml, path: "bomb.yaml")
        let elapsed = clock.now - start

        // Then reading stops with one error, quickly
        #expect(elapsed < .seconds(10))
        #expect(result.value == nil)
        #expect(DiagnosticRenderer.render(result.diagnostics, sources: ["bomb.yaml": yaml]) == """
            bomb.yaml:14:11: error[Y006]: the document holds more than 100000 values (aliases can multiply a small file); stopped reading
                  - when: &c0 {said: x}
                          ^
            """)
    }

    @Test(.timeLimit(.minutes(1)))
    func classicBillionLaughsIsRefusedQuickly() {
        // Given the classic "lol" bomb under the scenario's keys
        var yaml = Fixture.scenario() + "model-lines: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        yaml += "phrasebooks: *l9\n"

        // When it is loaded
        let result = ScenarioLoader.load(yaml: yaml, path: "lol.yaml")

        // Then it is refused with a handful of errors, not one per expanded value
        #expect(result.value == nil)
        #expect(result.diagnostics.count == 10)
        #expect(result.diagnostics.filter { $0.code == "S001" }.count == 9)
        #expect(result.diagnostics.contains { $0.message == "expected text for an item of `phrasebooks`, found a list" })
    }

    @Test func aliasInAKeyIsRefusedBeforeParsing() {
        // Given an alias used as a mapping key
        let yaml = Fixture.scenario() + "shared: &big [1, 2, 3]\nfacts: { *big : 1 }\n"

        // When it is loaded
        // Then it is refused at the alias
        #expect(renderedScenario(yaml) == """
            call.yaml:14:10: error[Y009]: the alias `*big` is used in a mapping key; aliases may only stand for values
                facts: { *big : 1 }
                         ^
            """)
    }

    @Test func aliasesAsValuesAreRead() throws {
        // Given a reply shared between two triggers with an anchor and an alias
        let yaml = Fixture.scenario() + """
            anytime:
              - when: { command: hold }
                reply: &wait Fine, I'll wait.
              - when: { command: transfer }
                reply: *wait

            """

        // When it is loaded
        let scenario = try #require(ScenarioLoader.load(yaml: yaml, path: "call.yaml").value)

        // Then both triggers have the line
        #expect(scenario.anytime.map { $0.reply.map(\.text) } == [["Fine, I'll wait."], ["Fine, I'll wait."]])
    }

    @Test func deepNestingStopsReading() {
        // Given conditions nested forty levels deep
        let yaml = Fixture.scenario() + "resolution: " + String(repeating: "{any: [", count: 40) + "{}" + String(repeating: "]}", count: 40) + "\n"

        // When it is loaded
        let result = ScenarioLoader.load(yaml: yaml, path: "deep.yaml")

        // Then one Y007 error stops reading where the limit is passed
        #expect(result.diagnostics.map(\.code) == ["Y007"])
        #expect(result.diagnostics.first?.message == "lists and mappings are nested more than 64 levels deep; stopped reading")
        #expect(result.diagnostics.first?.location == SourceLocation(path: "deep.yaml", line: 13, column: 237))
    }

    @Test func nestingBeyondTheParserLimitIsRefused() {
        // Given a list nested five thousand levels deep
        let yaml = "x: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"

        // When it is loaded
        let result = PhrasebookLoader.load(yaml: yaml, path: "deep.yaml")

        // Then the parser refuses it without exhausting the stack
        #expect(result.diagnostics.map(\.code) == ["Y007"])
        #expect(result.diagnostics.first?.message == "lists and mappings are nested too deeply")
    }

    @Test func controlCharactersAreReportedAndShownSafely() {
        // Given a title holding a terminal escape character
        let yaml = "id: demo\ntitle: \u{1B}[31mred\n"

        // When it is loaded
        // Then the character is reported, and the excerpt shows it as `?`
        #expect(renderedScenario(yaml) == """
            call.yaml:2:8: error[Y001]: invalid YAML: control characters are not allowed (U+1B)
                title: ?[31mred
                       ^
            """)
    }
}
