import Foundation
import Testing

/// `callsim phrasebook list|lint|scan`, run as a trainer would.
@Suite("phrasebook commands")
struct PhrasebookCommandTests {
    /// Writes `text` to a file in the test's home and returns its path.
    private func write(_ text: String, to name: String, in callsim: CallsimProcess) throws -> String {
        let url = callsim.home.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func listShowsEachLanguagesCategories() throws {
        // Given the bundled phrasebooks
        let callsim = try CallsimProcess()
        // When they are listed as JSON
        let result = try callsim.run(["phrasebook", "list", "--format", "json"])
        // Then every language has categories, with their kind and phrase count
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(Set(rows.compactMap { $0["language"] as? String }) == ["ar", "en", "fa"])
        let greeting = try #require(rows.first { $0["language"] as? String == "en" && $0["id"] as? String == "greeting" })
        #expect(greeting["kind"] as? String == "recommended")
        #expect((greeting["phrases"] as? Int ?? 0) > 0)
    }

    @Test func lintReportsProblemsCompilerStyleAndFailsOnErrors() throws {
        // Given a phrasebook with a duplicate phrase and a pattern whose brackets do not balance
        let callsim = try CallsimProcess()
        let path = try write("""
            language: en
            categories:
              apology:
                kind: recommended
                phrases:
                  - i am sorry
                  - I'm sorry
                  - (so sorry

            """, to: "books/agent.yaml", in: callsim)
        // When it is linted
        let result = try callsim.run(["phrasebook", "lint", path])
        // Then both are reported at their place with the line and a caret, and the exit is 1
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(path):7:9: warning[B010]: duplicate phrase: `I'm sorry` stands for the same words as `i am sorry` (agent.yaml:6) in category `apology`\n          - I'm sorry\n            ^"))
        #expect(result.stderr.contains("\(path):8:18: error[P001]: missing `)`; brackets do not balance"))
        #expect(result.stdout == "1 phrasebook file checked: 1 error, 1 warning\n")
    }

    @Test func lintOfACleanFileSaysSo() throws {
        // Given a phrasebook without problems
        let callsim = try CallsimProcess()
        let path = try write("language: en\ncategories:\n  greeting:\n    kind: recommended\n    phrases: [good morning, hello]\n", to: "clean.yaml", in: callsim)
        // When it is linted
        let result = try callsim.run(["phrasebook", "lint", path])
        // Then nothing is reported and the exit is 0
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        #expect(result.stdout == "1 phrasebook file checked: no problems\n")
    }

    @Test func scanPrintsEveryMatchAsJSONLines() throws {
        // Given a chat log and the bundled English phrasebook
        let callsim = try CallsimProcess()
        let log = try write("Hi there!\nI’m so sorry about that. Goodbye\n", to: "chat.txt", in: callsim)
        let phrases = try write("so sorry\ngoodbye\n", to: "list.txt", in: callsim)
        // When it is scanned with a list of phrases
        let result = try callsim.run(["phrasebook", "scan", log, "--phrases", phrases])
        // Then each match is one JSON object with its line, byte span, words as written and phrase
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines == [
            "{\"file\":\"\(log)\",\"line\":2,\"start\":6,\"end\":14,\"text\":\"so sorry\",\"phrase\":1,\"pattern\":\"so sorry\",\"fuzzy\":false}",
            "{\"file\":\"\(log)\",\"line\":2,\"start\":27,\"end\":34,\"text\":\"Goodbye\",\"phrase\":2,\"pattern\":\"goodbye\",\"fuzzy\":false}",
        ])
    }

    @Test func scanCountsPhrasesAndToleratesOneTypoUnlessExact() throws {
        // Given lines with a phrase, the same phrase with a typo, and nothing
        let callsim = try CallsimProcess()
        let log = try write("please verify your account\nplease verfy your account\nnothing here\n", to: "log.txt", in: callsim)
        let phrases = try write("verify your account\n", to: "list.txt", in: callsim)
        // When counted with and without typo tolerance
        let tolerant = try callsim.run(["phrasebook", "scan", log, "--phrases", phrases, "--format", "count"])
        let exact = try callsim.run(["phrasebook", "scan", log, "--phrases", phrases, "--format", "count", "--exact"])
        // Then the typo counts only when tolerated
        #expect(tolerant.lines == ["2\tverify your account", "total: 2 matches in 2 of 3 lines"])
        #expect(exact.lines == ["1\tverify your account", "total: 1 match in 1 of 3 lines"])
    }

    @Test func scanWithThePhrasebookReportsCategories() throws {
        // Given a phrasebook file of one discouraged category
        let callsim = try CallsimProcess()
        let book = try write("language: en\ncategories:\n  dismissing:\n    kind: discouraged\n    phrases: [calm down]\n", to: "b.yaml", in: callsim)
        let log = try write("Sir, CALM DOWN.\n", to: "log.txt", in: callsim)
        // When the log is scanned with it
        let result = try callsim.run(["phrasebook", "scan", log, "--phrasebook", book])
        // Then the match names the category and its kind
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines == ["{\"file\":\"\(log)\",\"line\":1,\"start\":5,\"end\":14,\"text\":\"CALM DOWN\",\"category\":\"dismissing\",\"kind\":\"discouraged\",\"pattern\":\"calm down\",\"fuzzy\":false}"])
    }

    @Test func scanSkipsFilesItCannotReadAndGoesOn() throws {
        // Given a missing file, a binary file and a good one
        let callsim = try CallsimProcess()
        let binary = callsim.home.appendingPathComponent("blob.bin")
        try Data([0x00, 0x01, 0xFF, 0x00, 0x67]).write(to: binary)
        let good = try write("good morning\n", to: "ok.txt", in: callsim)
        let phrases = try write("good morning\n", to: "list.txt", in: callsim)
        // When all are scanned
        let result = try callsim.run(["phrasebook", "scan", "missing.txt", binary.path, good, "--phrases", phrases, "--format", "count"])
        // Then each bad file is one error line, the good one is scanned, and the exit is 1
        #expect(result.status == 1)
        #expect(result.stderr.contains("missing.txt: error: no such file\n"))
        #expect(result.stderr.contains("\(binary.path): error: binary data, not text\n"))
        #expect(result.stderr.contains("callsim: 2 of 3 files could not be scanned"))
        #expect(result.lines == ["1\tgood morning", "total: 1 match in 1 of 1 line"])
    }

    @Test func scanStatisticsGoToStandardError() throws {
        // Given a log of three lines
        let callsim = try CallsimProcess()
        let log = try write("thank you\nthank you\nbye\n", to: "log.txt", in: callsim)
        let phrases = try write("thank you\n", to: "list.txt", in: callsim)
        // When scanned with --stats
        let result = try callsim.run(["phrasebook", "scan", log, "--phrases", phrases, "--format", "count", "--stats"])
        // Then the figures are one key=value line on standard error
        #expect(result.stderr.hasPrefix("stats: lines=3 bytes=21 matches=2 fuzzy=0 hit_lines=2 "))
        #expect(result.stderr.contains(" phrases=1 words=2 nodes=3\n"))
    }
}
