import CallSimStore
import Foundation
import GRDB
import Testing

/// Reports on bad input: one line that says what to do, correct output, nothing changed.
@Suite("report: bad input")
struct ReportBadInputEndToEndTests {
    @Test func datesInTheWrongFormat() throws {
        let callsim = try ReportFixtureCalls.callsim()
        let slashes = try callsim.run(["report", "--since", "2025/03/01"])
        #expect(slashes.status == 1)
        #expect(slashes.stderr == "callsim: --since takes a date written YYYY-MM-DD, e.g. --since 2025-03-01 (got '2025/03/01')\n")
        let impossible = try callsim.run(["report", "--until", "2025-02-30"])
        #expect(impossible.stderr == "callsim: --until takes a date written YYYY-MM-DD, e.g. --until 2025-03-01 (got '2025-02-30')\n")
        let reversed = try callsim.run(["calibrate", "--since", "2025-03-02", "--until", "2025-03-01"])
        #expect(reversed.stderr == "callsim: --since (2025-03-02) is after --until (2025-03-01); give the earlier date to --since\n")
    }

    @Test func unknownTraineeScenarioAndRule() throws {
        let callsim = try ReportFixtureCalls.callsim()
        let trainee = try callsim.run(["report", "--trainee", "ghost"])
        #expect(trainee.status == 1)
        #expect(trainee.stderr == "callsim: there is no trainee named ghost; list the trainees with callsim trainee list\n")
        let scenario = try callsim.run(["report", "--scenario", "no-such-scenario"])
        #expect(scenario.stderr == "callsim: no scenario `no-such-scenario` in the library or the records; `callsim scenario list` shows the installed ones\n")
        let rule = try callsim.run(["report", "--rule", "politeness"])
        #expect(rule.stderr.hasPrefix("callsim: no rule `politeness`; the rules are: greeting, agent-name, "))
        #expect(rule.stderr.split(separator: "\n").count == 1)
        let two = try callsim.run(["report", "--cohort", "--rule", "recap"])
        #expect(two.status != 0)
        #expect(two.stderr.contains("choose one view: --trainee, --scenario, --cohort or --rule"))
    }

    @Test func anEmptyDatabase() throws {
        let callsim = try CallsimProcess()
        let table = try callsim.run(["report"])
        #expect(table.status == 0)
        #expect(table.lines.last == "No trainees yet. Practise a call with: callsim practice --as NAME")
        let csv = try callsim.run(["report", "--format", "csv"])
        #expect(csv.stdout == "rank,trainee,team,calls,best,average,pass rate (%),last activity\r\n")
        let scenario = try callsim.run(["report", "--scenario", "billing-double-charge"])
        #expect(scenario.status == 0)
        #expect(scenario.lines.last == "No calls of this scenario in this selection.")
        let rule = try callsim.run(["report", "--rule", "greeting", "--format", "html"])
        #expect(rule.stdout.contains("<p>No call in this selection where this rule applied.</p>"))
        let calibrate = try callsim.run(["calibrate"])
        #expect(calibrate.stdout == "No trainer verdicts to compare yet. Review a call with: callsim review SESSION --rule RULE=fail --reviewer NAME\n")
    }

    @Test func namesWithTerminalEscapesArePrintedClean() throws {
        let callsim = try ReportFixtureCalls.callsim()
        let name = "evil\u{1B}]0;owned\u{07}\u{1B}[31mred"
        _ = try callsim.run(["trainee", "add", name, "--team", "\u{1B}[2Jteam"])
        _ = try callsim.run(["practice", "billing-double-charge", "--seed", "7", "--as", name], lines: Calls.poorBilling)
        for arguments in [["report"], ["report", "--trainee", name], ["report", "--rule", "greeting"], ["trainee", "list"], ["report", "--format", "csv"], ["report", "--format", "html"]] {
            let result = try callsim.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{07}"), "\(arguments)")
        }
        #expect(try callsim.run(["report"]).stdout.contains("evilred"))
    }

    @Test func aNewerDatabaseIsRefusedAndLeftAlone() throws {
        let callsim = try ReportFixtureCalls.callsim()
        let raw = try DatabaseQueue(path: callsim.databasePath)
        try raw.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v7-from-the-future')") }
        try raw.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: callsim.databasePath))
        for arguments in [["report"], ["replay", "1", "--speed", "0"], ["calibrate"], ["trainee", "list"]] {
            let result = try callsim.run(arguments)
            #expect(result.status == 1)
            #expect(result.stderr == "callsim: the database at \(callsim.databasePath) was written by a newer callsim (unknown schema v7-from-the-future); upgrade callsim, or choose another path with --db or CALLSIM_DB\n")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: callsim.databasePath)) == before)
    }

    @Test func aDatabaseAnotherProcessIsWritingTo() throws {
        // Given another connection in the middle of a write transaction on the database
        let callsim = try ReportFixtureCalls.callsim()
        let writer = try DatabaseQueue(path: callsim.databasePath)
        // (like a callsim recording a call: turns already committed to the WAL, the next one being written)
        try writer.write { try $0.execute(sql: "INSERT INTO trainee (name, createdAt) VALUES ('writer', '2030-01-01 00:00:00.000')") }
        try writer.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try db.execute(sql: "UPDATE trainee SET team = 'Uncommitted'")
                // When reports are run meanwhile
                let cohort = try callsim.run(["report", "--format", "csv"])
                let trainee = try callsim.run(["report", "--trainee", "noor"])
                // Then they answer from what is committed
                #expect(cohort.status == 0, "\(cohort.stderr)")
                #expect(!cohort.stdout.contains("Uncommitted"))
                #expect(cohort.stdout.contains(",noor,,2,55,28,0,"))
                #expect(trainee.status == 0, "\(trainee.stderr)")
                return .rollback
            }
        }
    }
}
