import CallSimStore
import Foundation
import Testing

/// Bad input gets one line that says what to do, and a non-zero exit where the program stops.
@Suite("bad input")
struct BadInputEndToEndTests {
    @Test func unknownScenario() throws {
        let callsim = try CallsimProcess()
        let result = try callsim.run(["practice", "billing-double-charg"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("callsim: no scenario `billing-double-charg`"))
        #expect(result.stderr.contains("callsim scenario list"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func malformedScenarioCannotBePractised() throws {
        // Given a library with a scenario whose YAML is broken
        let callsim = try CallsimProcess()
        let library = callsim.home.appendingPathComponent("lib")
        try FileManager.default.createDirectory(at: library.appendingPathComponent("scenarios"), withIntermediateDirectories: true)
        try "id: broken-one\ntitle: [unclosed\n".write(to: library.appendingPathComponent("scenarios/broken.yaml"), atomically: true, encoding: .utf8)
        // When it is practised
        let result = try callsim.run(["practice", "broken-one", "--library", library.path])
        // Then one line says it cannot be, and which command shows the errors
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("callsim scenario lint"))
    }

    @Test func unknownInCallCommandKeepsTheCallGoing() throws {
        let callsim = try CallsimProcess()
        let result = try callsim.run(
            ["practice", "billing-double-charge", "--seed", "2"],
            lines: ["Hello, thank you for calling Nile Telecom.", "/frobnicate", "/transfer nowhere", "/action refund", "/action teleport", "/hold 5x", "/resume", "/end"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("callsim: unknown command /frobnicate; type /help to list the commands"))
        #expect(result.stderr.contains("callsim: no team called 'nowhere'; transfer to one of: billing-specialists, team-leader"))
        #expect(result.stderr.contains("callsim: refund needs amount; type /action refund AMOUNT"))
        #expect(result.stderr.contains("callsim: no action called 'teleport'; the actions are: refund, credit"))
        #expect(result.stderr.contains("callsim: '5x' is not a number of seconds; type e.g. /hold 60 checking your bill"))
        #expect(result.stderr.contains("callsim: the customer is not on hold"))
        #expect(result.stdout.contains("— Call ended (you ended the call"))
    }

    @Test func unwritableDatabase() throws {
        let callsim = try CallsimProcess()
        let file = callsim.home.appendingPathComponent("a-file")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let result = try callsim.run(["practice", "billing-double-charge", "--db", file.path + "/db.sqlite"], lines: ["hello"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("callsim: cannot open the database at \(file.path)/db.sqlite"))
        #expect(result.stderr.contains("--db or CALLSIM_DB"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func corruptDatabase() throws {
        let callsim = try CallsimProcess()
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: URL(fileURLWithPath: callsim.databasePath))
        let result = try callsim.run(["history"])
        #expect(result.status == 1)
        #expect(result.stderr == "callsim: the file at \(callsim.databasePath) is not a callsim database or is damaged; move it aside, or choose another path with --db or CALLSIM_DB\n")
    }

    @Test func hugeLineInvalidUTF8AndControlCharacters() throws {
        // Given a 1 MB line, invalid UTF-8 and terminal escapes on standard input
        let callsim = try CallsimProcess()
        var input = Array("Thank you for calling Nile Telecom, my name is Sam.\n".utf8)
        input += Array(repeating: UInt8(ascii: "a"), count: 1_100_000) + [0x0A]
        input += [0x48, 0x69, 0xFF, 0xFE, 0x20, 0x1B, 0x5B, 0x33, 0x31, 0x6D, 0x72, 0x65, 0x64, 0x07, 0x0A]
        input += Array("/quit\n".utf8)
        // When they are typed into a call
        let result = try callsim.run(["practice", "billing-double-charge", "--seed", "5", "--as", "x"], input: input)
        // Then the call goes on, the long line is cut with a warning, and nothing crashes
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("callsim: Line 2 is longer than 1048576 bytes"))
        #expect(result.stdout.contains("You: Hi\u{FFFD}\u{FFFD} red\n"), "invalid bytes replaced, escape sequence and bell removed")
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.contains("outcome: abandoned"))
        let store = try CallStore(path: callsim.databasePath)
        let summary = try #require(try store.history(trainee: "x").first)
        let session = try #require(try store.session(summary.id))
        #expect(session.turns.contains { $0.text.hasPrefix("aaaa") && $0.text.utf8.count <= 1_048_576 })
    }

    @Test func unknownSessionAndTrainee() throws {
        let callsim = try CallsimProcess()
        let show = try callsim.run(["show", "42"])
        #expect(show.status == 1)
        #expect(show.stderr == "callsim: no session 42; `callsim history` lists the recorded calls\n")
        let history = try callsim.run(["history", "--as", "nobody"])
        #expect(history.status == 1)
        #expect(history.stderr == "callsim: no calls recorded for `nobody`; practise one with `callsim practice --as nobody`\n")
    }

    @Test func menuChoiceThatIsNotOnTheMenu() throws {
        let callsim = try CallsimProcess()
        let result = try callsim.run(["practice"], lines: ["99"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Choose a call to practise:"))
        #expect(result.stderr.hasPrefix("callsim: '99' is not on the menu; type a number from 1 to "))
    }
}
