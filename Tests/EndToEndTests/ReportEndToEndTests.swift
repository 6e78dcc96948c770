import Foundation
import Testing

/// `callsim report`: every view in every format, after a handful of practice calls by two trainees.
@Suite("report")
struct ReportEndToEndTests {
    @Test func cohortTable() throws {
        // Given sam's two good calls and noor's two poor ones
        let callsim = try ReportFixtureCalls.callsim()
        // When the trainer asks for the cohort (the default view)
        let result = try callsim.run(["report"])
        // Then every trainee is ranked with their figures, aligned
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.lines
        #expect(lines[0] == "Report — Cohort")
        #expect(lines[1] == "all dates · all modes")
        #expect(lines[2] == "Calls 4 (4 finished) · average score 64 · pass rate 50%")
        #expect(lines[3].hasPrefix("AHT ") && lines[3].contains(" · FCR 75% · abandonment 0% · CSAT 3.8/5 · average hold 0:00"))
        #expect(lines[4] == "rank  trainee  team  calls  best  average  pass rate  last activity")
        #expect(lines[5].hasPrefix("   1  sam                2   100      100       100%  "))
        #expect(lines[6].hasPrefix("   2  noor               2    55       28         0%  "))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test func traineeTableWithTrendChart() throws {
        let callsim = try ReportFixtureCalls.callsim()
        let result = try callsim.run(["report", "--trainee", "noor"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.lines
        #expect(lines[0] == "Report — Trainee noor")
        #expect(lines.contains("Scores"))
        #expect(lines.contains("    80 ┤┄┄  pass mark 80"), "the pass-mark row: neither 0 nor 55 reaches it")
        #expect(lines.contains("    60 ┤ ▄"))
        #expect(lines.contains("       └──"))
        #expect(lines.contains("        2 calls, oldest → newest"))
        #expect(lines.contains { $0.hasPrefix("   3  ") && $0.hasSuffix("billing-double-charge    coach  resolved    0 fail") })
        #expect(lines.contains("  Closing                    0%  ░░░░░░░░░░"))
        #expect(lines.contains("Weakest rules"))
        #expect(lines.contains("      “Hi.” (session 3, turn 1)"))
    }

    @Test func scenarioAndRuleTables() throws {
        let callsim = try ReportFixtureCalls.callsim()
        let scenario = try callsim.run(["report", "--scenario", "technician-visit-chatty"])
        #expect(scenario.status == 0, "\(scenario.stderr)")
        #expect(scenario.lines[0] == "Report — Scenario technician-visit-chatty — Booking a technician for a chatty caller")
        #expect(scenario.lines.contains("Trainees 2"))
        #expect(scenario.lines.contains("Scores  0–9 … 90–100: ▁▁▁▁▁█▁▁▁█  (0 0 0 0 0 1 0 0 0 1)"))
        #expect(scenario.lines.contains("Most common failures"))
        let rule = try callsim.run(["report", "--rule", "recap"])
        #expect(rule.status == 0, "\(rule.stderr)")
        #expect(rule.lines[2] == "Did the agent summarise what was done before closing?")
        #expect(rule.lines[3] == "Applied in 4 calls · failed 2 (50%)")
        #expect(rule.lines[4] == "trainee  team  failed  of  rate  last failed")
        #expect(rule.lines[5].hasPrefix("noor                2   2  100%  "))
        #expect(rule.lines[6] == "sam                 0   2    0%  -")
    }

    @Test func filtersByModeTeamAndDates() throws {
        let callsim = try ReportFixtureCalls.callsim()
        _ = try callsim.run(["trainee", "team", "noor", "North"])
        let exam = try callsim.run(["report", "--mode", "exam"])
        #expect(exam.lines[1] == "all dates · exam mode")
        #expect(exam.lines[2] == "Calls 1 (1 finished) · average score 55 · pass rate 0%")
        let team = try callsim.run(["report", "--team", "north", "--format", "csv"])
        #expect(team.stdout.split(separator: "\r\n").count == 2)
        #expect(team.stdout.contains(",noor,North,2,55,28,0,"))
        let future = try callsim.run(["report", "--trainee", "sam", "--since", "2999-01-01"])
        #expect(future.status == 0)
        #expect(future.lines.contains("No calls in this selection."))
        let past = try callsim.run(["report", "--until", "2000-12-31", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(past.stdout.utf8)) as? [String: Any])
        let cohort = try #require(json["cohort"] as? [String: Any])
        #expect((cohort["metrics"] as? [String: Any])?["calls"] as? Int == 0)
    }

    @Test func csvIsNeutralisedForSpreadsheets() throws {
        // Given a trainee whose name is a formula, in a team whose name starts with @
        let callsim = try ReportFixtureCalls.callsim()
        let name = "=HYPERLINK(\"http://x\",\"y\")"
        _ = try callsim.run(["trainee", "add", name, "--team", "@SUM(A1)"])
        _ = try callsim.run(["practice", "billing-double-charge", "--seed", "7", "--as", name], lines: Calls.poorBilling)
        // When the cohort and the trainee are exported as CSV
        let cohort = try callsim.run(["report", "--format", "csv"])
        let trainee = try callsim.run(["report", "--trainee", name, "--format", "csv"])
        // Then the cells that would run as formulas start with a quote, and the rows are CRLF lines
        #expect(cohort.status == 0, "\(cohort.stderr)")
        #expect(cohort.stdout.hasPrefix("rank,trainee,team,calls,best,average,pass rate (%),last activity\r\n1,sam,,2,100,100,100,"))
        #expect(cohort.stdout.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'@SUM(A1),1,0,0,0,"))
        #expect(trainee.stdout.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",billing-double-charge,coach,resolved,0,no,0\r\n"))
    }

    @Test func jsonOfEveryView() throws {
        let callsim = try ReportFixtureCalls.callsim()
        for (arguments, key) in [(["--cohort"], "cohort"), (["--trainee", "sam"], "trainee"), (["--scenario", "billing-double-charge"], "scenario"), (["--rule", "greeting"], "rule")] {
            let result = try callsim.run(["report"] + arguments + ["--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(json["view"] as? String == key)
            #expect(json[key] is [String: Any])
        }
        let trainee = try callsim.run(["report", "--trainee", "sam", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(trainee.stdout.utf8)) as? [String: Any])
        let report = try #require(json["trainee"] as? [String: Any])
        #expect((report["calls"] as? [[String: Any]])?.compactMap { $0["score"] as? Int } == [100, 100])
        #expect((report["calls"] as? [[String: Any]])?.first?["startedAt"] is String)
    }

    @Test func htmlIsOneSelfContainedPage() throws {
        let callsim = try ReportFixtureCalls.callsim()
        for arguments in [["--cohort"], ["--trainee", "noor"], ["--scenario", "billing-double-charge"], ["--rule", "recap"]] {
            let result = try callsim.run(["report"] + arguments + ["--format", "html"])
            #expect(result.status == 0, "\(result.stderr)")
            let page = result.stdout
            #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
            #expect(page.contains("<style>"))
            #expect(page.contains("<svg viewBox="))
            for external in ["http:", "https:", "<script", "src=", "<link", "@import", "url("] {
                #expect(!page.contains(external), "\(arguments): \(external)")
            }
        }
    }

    @Test func htmlToAFile() throws {
        let callsim = try ReportFixtureCalls.callsim()
        let file = callsim.home.appendingPathComponent("noor.html").path
        let result = try callsim.run(["report", "--trainee", "noor", "--format", "html", "--output", file])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "callsim: wrote \(file)\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("<h1>Trainee noor</h1>"))
    }
}
