import CallSimStore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What is recorded survives a crash, and history and show present it.
@Suite("the record")
struct RecordEndToEndTests {
    @Test func historyAndShowPresentARecordedCall() throws {
        // Given one recorded call
        let callsim = try CallsimProcess()
        _ = try callsim.run(["practice", "billing-double-charge", "--seed", "7", "--as", "sam"], lines: Calls.goodBilling)
        // When the trainee looks at their history and the call
        let history = try callsim.run(["history", "--as", "sam"])
        let show = try callsim.run(["show", "1"])
        // Then both present it
        #expect(history.status == 0)
        #expect(history.stdout.contains("billing-double-charge  coach  resolved  100 pass"))
        #expect(show.status == 0)
        #expect(show.stdout.contains("Session 1 — Charged twice for the internet bill"))
        #expect(show.stdout.contains("[00:00] You: Thank you for calling Nile Telecom"))
        #expect(show.stdout.contains("Score 100/100  PASSED"))
    }

    @Test func exportedTranscriptIsTheTextForm() throws {
        let callsim = try CallsimProcess()
        _ = try callsim.run(["practice", "billing-double-charge", "--seed", "7", "--as", "sam"], lines: Calls.goodBilling)
        let export = try callsim.run(["show", "1", "--transcript"])
        #expect(export.status == 0)
        let lines = export.lines
        #expect(lines.first == "@scenario: billing-double-charge")
        #expect(lines.contains("agent: /action refund 49.99"))
        #expect(lines.contains { $0.hasPrefix("customer {gives:name,gives:account-number,gives:date-of-birth}: ") || $0.hasPrefix("customer {gives:name,gives:date-of-birth,gives:account-number}: ") })
    }

    @Test func aCallKilledMidwayKeepsItsTurnsAndShowsAsIncomplete() throws {
        // Given a call in progress, fed line by line through a pipe
        let callsim = try CallsimProcess()
        let process = Process()
        process.executableURL = CallsimProcess.executable
        process.arguments = ["practice", "billing-double-charge", "--seed", "9", "--as", "kim"]
        process.environment = callsim.environment
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("Thank you for calling Nile Telecom, my name is Sam.\nI am so sorry about that.\n".utf8))
        // When the customer has answered both lines, the process is killed with SIGKILL
        let store = try CallStore(path: callsim.databasePath)
        let deadline = Date().addingTimeInterval(20)
        var turns = 0
        while Date() < deadline {
            if let summary = try store.history(trainee: "kim").first { turns = summary.turnCount }
            if turns >= 4 { break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        // Then every turn before the kill is kept, and the call shows as incomplete
        #expect(turns >= 4)
        let summary = try #require(try store.history(trainee: "kim").first)
        #expect(summary.isIncomplete)
        #expect(summary.turnCount >= 4)
        let history = try callsim.run(["history", "--as", "kim"])
        #expect(history.stdout.contains("incomplete"))
        let show = try callsim.run(["show", String(summary.id)])
        #expect(show.stdout.contains("This call was cut off before it ended"))
    }
}
