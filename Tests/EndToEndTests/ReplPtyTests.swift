import Foundation
import Testing

/// The REPL under a real pseudo-terminal: readline's Tab completion, history and Ctrl-C.
@Suite("REPL on a terminal")
struct ReplPtyTests {
    @Test func tabCompletesCommandsAndUpRecallsThePreviousLine() throws {
        // Given a practice call on a terminal
        let callsim = try CallsimProcess()
        let terminal = try PseudoTerminal(
            executable: CallsimProcess.executable,
            arguments: ["practice", "billing-double-charge", "--seed", "7", "--as", "tty"],
            environment: callsim.environment.merging(["NO_COLOR": ""]) { _, new in new })
        #expect(terminal.waitForPlain("you> "))
        // When the trainee types "/tra" and presses Tab
        terminal.send("/tra")
        terminal.send(PseudoTerminal.tab)
        // Then readline completes it to "/transfer "
        #expect(terminal.waitForPlain("/transfer "))
        // And Tab again after a partial target completes the target
        terminal.send("bil")
        terminal.send(PseudoTerminal.tab)
        #expect(terminal.waitForPlain("/transfer billing-specialists"))
        // When the line is cleared with Ctrl-C, the call goes on
        terminal.send(PseudoTerminal.ctrlC)
        #expect(terminal.waitForPlain("^C"))
        // Wait for the fresh prompt to be drawn before typing on.
        terminal.drain(quiet: .milliseconds(500))
        // When a line is said and Up is pressed at the next prompt
        terminal.send("Thank you for calling Nile Telecom" + PseudoTerminal.enter)
        #expect(terminal.waitForPlain("Karim Haddad"))
        terminal.drain()
        terminal.send(PseudoTerminal.up)
        // Then the previous line comes back
        #expect(terminal.waitForPlain("Thank you for calling Nile Telecom"))
        // And Ctrl-D twice (clear the recalled line, then end input) leaves, recorded as abandoned
        terminal.send(PseudoTerminal.ctrlU)
        terminal.send(PseudoTerminal.ctrlD)
        #expect(terminal.waitForPlain("outcome: abandoned"))
        #expect(terminal.waitForExit(timeout: .seconds(20)) != nil)
    }

    @Test func historyIsRecalledAcrossRuns() throws {
        // Given a line typed in one call
        let callsim = try CallsimProcess()
        let environment = callsim.environment.merging(["NO_COLOR": ""]) { _, new in new }
        do {
            let first = try PseudoTerminal(executable: CallsimProcess.executable, arguments: ["practice", "billing-double-charge", "--seed", "7"], environment: environment)
            #expect(first.waitForPlain("you> "))
            first.send("Good evening, this is a line to remember" + PseudoTerminal.enter)
            #expect(first.waitForPlain("Karim Haddad"))
            first.send("/quit" + PseudoTerminal.enter)
            #expect(first.waitForExit(timeout: .seconds(20)) != nil)
        }
        // When a second call starts and Up is pressed twice
        let second = try PseudoTerminal(executable: CallsimProcess.executable, arguments: ["practice", "billing-double-charge", "--seed", "7"], environment: environment)
        #expect(second.waitForPlain("you> "))
        second.drain()
        second.send(PseudoTerminal.up)
        second.send(PseudoTerminal.up)
        // Then the line from the first run comes back
        #expect(second.waitForPlain("Good evening, this is a line to remember"))
        second.terminate()
    }
}
