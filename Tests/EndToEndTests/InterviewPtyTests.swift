#if canImport(Glibc)
import CallSimCore
import CallSimStore
import Foundation
import Testing

/// Interviews typed at a real pseudo-terminal: readline prompts, Ctrl-C, Tab, and the report.
@Suite("interview on a terminal")
struct InterviewPtyTests {
    private func start(_ arguments: [String], callsim: CallsimProcess) throws -> PseudoTerminal {
        try PseudoTerminal(
            executable: CallsimProcess.executable, arguments: arguments,
            environment: callsim.environment.merging(["NO_COLOR": ""]) { _, new in new })
    }

    @Test(arguments: ["en", "ar", "fa"])
    func aFullMockInterviewTypedAtATerminalGivesTheReport(language: String) throws {
        // Given a mock interview on a terminal
        let callsim = try CallsimProcess()
        let terminal = try start(["interview", "--mode", "mock", "--lang", language, "--seed", "4", "--as", "tty"], callsim: callsim)
        defer { terminal.terminate() }
        #expect(terminal.waitForPlain(try #require(InterviewScripts.firstQuestion[language])))
        // When each of the eight questions is answered in three lines and an empty one
        let lines = try #require(InterviewScripts.answer[language])
        for number in 1...8 {
            #expect(terminal.waitForPlain("you> "), "question \(number)")
            for line in lines {
                terminal.send(line + PseudoTerminal.enter)
                #expect(terminal.waitForPlain("...> "))
            }
            terminal.send(PseudoTerminal.enter)
        }
        // Then the report comes at the end, and the interview is recorded
        #expect(terminal.waitForPlain(try #require(InterviewScripts.reportTitle[language]), timeout: .seconds(20)))
        #expect(terminal.waitForPlain("Questions: 8 answered, 0 skipped, of 8"))
        #expect(terminal.waitForPlain("Recorded as session 1"))
        #expect(terminal.waitForExit(timeout: .seconds(20)) == .exited(0))
        let store = try CallStore(path: callsim.databasePath)
        #expect(try store.interviewAnswers(session: 1).map(\.answer) == Array(repeating: lines.joined(separator: "\n"), count: 8))
    }

    @Test func ctrlCClearsTheLineBeingTypedAndKeepsTheLinesBefore() throws {
        // Given a practice interview on a terminal, with one line of the answer typed
        let callsim = try CallsimProcess()
        let terminal = try start(["interview", "--questions", "1", "--seed", "1", "--as", "tty"], callsim: callsim)
        defer { terminal.terminate() }
        #expect(terminal.waitForPlain("you> "))
        terminal.send("My name is Sam." + PseudoTerminal.enter)
        #expect(terminal.waitForPlain("...> "))
        // When half a line is typed and Ctrl-C pressed, then another line and an empty one
        terminal.send("I worked as a lion tam")
        terminal.send(PseudoTerminal.ctrlC)
        #expect(terminal.waitForPlain("^C"))
        // The earlier prompt is still on screen: wait until the fresh one is drawn and the
        // program is quiet, so the next keys reach the new read and not the cleared line.
        terminal.drain(quiet: .milliseconds(500))
        terminal.send("I worked at a help desk." + PseudoTerminal.enter)
        #expect(terminal.waitForPlain("...> "))
        terminal.send(PseudoTerminal.enter)
        // Then the answer holds the two lines entered, not the cleared one
        #expect(terminal.waitForPlain("What your answer covered:"))
        #expect(terminal.waitForExit(timeout: .seconds(20)) == .exited(0))
        let store = try CallStore(path: callsim.databasePath)
        #expect(try store.interviewAnswers(session: 1).map(\.answer) == ["My name is Sam.\nI worked at a help desk."])
    }

    @Test func tabCompletesTheInterviewCommands() throws {
        // Given an interview on a terminal
        let callsim = try CallsimProcess()
        let terminal = try start(["interview", "--questions", "1", "--seed", "1"], callsim: callsim)
        defer { terminal.terminate() }
        #expect(terminal.waitForPlain("you> "))
        // When "/sk" and Tab are typed
        terminal.send("/sk")
        terminal.send(PseudoTerminal.tab)
        // Then readline completes "/skip", and Enter skips the question
        #expect(terminal.waitForPlain("/skip "))
        terminal.send(PseudoTerminal.enter)
        #expect(terminal.waitForPlain("Skipped."))
        #expect(terminal.waitForExit(timeout: .seconds(20)) == .exited(0))
    }
}
#endif
