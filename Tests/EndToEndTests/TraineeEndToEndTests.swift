import Foundation
import Testing

/// `callsim trainee`: teams, list, rename, archive, export and delete.
@Suite("trainee")
struct TraineeEndToEndTests {
    @Test func addListTeamRenameArchive() throws {
        let callsim = try ReportFixtureCalls.callsim()
        #expect(try callsim.run(["trainee", "add", "Amira", "--team", "North"]).stdout == "Added Amira to team North.\n")
        #expect(try callsim.run(["trainee", "add", "amira"]).stderr == "callsim: there is already a trainee named Amira; choose another name\n")
        #expect(try callsim.run(["trainee", "team", "noor", "North"]).stdout == "noor is now in team North.\n")
        #expect(try callsim.run(["trainee", "rename", "sam", "Samir"]).stdout == "Renamed sam to Samir.\n")
        #expect(try callsim.run(["trainee", "archive", "Amira"]).stdout == "Archived Amira.\n")
        let list = try callsim.run(["trainee", "list"])
        #expect(list.lines.first == "trainee  team   calls  last call")
        #expect(list.lines.count == 3)
        #expect(list.lines[1].hasPrefix("noor     North      2  "))
        #expect(list.lines[2].hasPrefix("Samir               2  "))
        let all = try callsim.run(["trainee", "list", "--all", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["name"] as? String } == ["Amira", "noor", "Samir"])
        #expect(rows.first?["archived"] as? Bool == true)
        #expect(try callsim.run(["trainee", "team", "ghost", "X"]).stderr == "callsim: there is no trainee named ghost; list the trainees with callsim trainee list\n")
    }

    @Test func exportWritesEverythingAsJSON() throws {
        let callsim = try ReportFixtureCalls.callsim()
        _ = try callsim.run(["review", "3", "--rule", "greeting=fail", "--note", "Greet first.", "--reviewer", "Rania"])
        let file = callsim.home.appendingPathComponent("noor.json").path
        let result = try callsim.run(["trainee", "export", "noor", "--output", file])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        #expect(object["format"] as? String == "callsim-trainee-export")
        #expect((object["trainee"] as? [String: Any])?["name"] as? String == "noor")
        let tables = try #require(object["tables"] as? [String: [[String: Any]]])
        #expect(tables["session"]?.count == 2)
        #expect(tables["finding"]?.count == 44)
        #expect((tables["turn"]?.count ?? 0) > 8)
        #expect(tables["review"]?.first?["note"] as? String == "Greet first.")
        #expect(tables["reviewVerdict"]?.count == 1)
    }

    @Test func deleteNeedsConfirmationAndRemovesEverything() throws {
        let callsim = try ReportFixtureCalls.callsim()
        let refused = try callsim.run(["trainee", "delete", "noor"])
        #expect(refused.status == 1)
        #expect(refused.stderr == "callsim: deleting noor removes 2 calls for good; add --yes to confirm when not on a terminal\n")
        #expect(try callsim.run(["report", "--trainee", "noor"]).status == 0)
        let deleted = try callsim.run(["trainee", "delete", "noor", "--yes"])
        #expect(deleted.stdout == "Deleted noor and 2 calls.\n")
        #expect(try callsim.run(["report", "--trainee", "noor"]).status == 1)
        #expect(try callsim.run(["show", "3"]).status == 1)
        #expect(try callsim.run(["report"]).lines[2] == "Calls 2 (2 finished) · average score 100 · pass rate 100%")
    }

    @Test func deleteOnATerminalAsksForTheName() throws {
        let callsim = try ReportFixtureCalls.callsim()
        let terminal = try PseudoTerminal(
            executable: CallsimProcess.executable, arguments: ["trainee", "delete", "noor"], environment: callsim.environment)
        #expect(terminal.waitForPlain("Type the name to confirm: "))
        terminal.send("noor" + PseudoTerminal.enter)
        #expect(terminal.waitForPlain("Deleted noor and 2 calls."))
        #expect(terminal.waitForExit() != nil)
        #expect(try callsim.run(["trainee", "list"]).lines.count == 2)
    }
}
