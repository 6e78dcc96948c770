import Foundation
import Testing

/// `callsim review`, what the trainee sees in `show`, and `callsim calibrate`.
@Suite("review and calibrate")
struct ReviewEndToEndTests {
    @Test func scriptedReviewIsShownToTheTraineeAndInReports() throws {
        // Given noor's poor billing call (session 3)
        let callsim = try ReportFixtureCalls.callsim()
        // When a trainer reviews it from a script
        let review = try callsim.run([
            "review", "3", "--rule", "greeting=fail", "--rule", "acknowledge-feelings=fail", "--note", "Greet first, then give your name.",
            "--reviewer", "Coach Rania",
        ])
        // Then it is saved, and the trainee sees the note and verdicts in show
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.stdout == "Saved the review of session 3 by Coach Rania: 2 verdicts, a note. The trainee sees it in: callsim show 3\n")
        let show = try callsim.run(["show", "3"])
        #expect(show.lines.contains { $0.hasPrefix("Trainer review — Coach Rania (") })
        #expect(show.lines.contains("  Coaching note: Greet first, then give your name."))
        #expect(show.lines.contains("  greeting                     automatic pass           trainer fail"))
        // And the trainee report shows both verdicts side by side, and the note
        let report = try callsim.run(["report", "--trainee", "noor"])
        #expect(report.lines.contains("Trainer reviews: automatic and trainer verdicts side by side"))
        #expect(report.lines.contains("  session  rule                  automatic  trainer  reviewer"))
        #expect(report.lines.contains("        3  greeting              pass       fail     Coach Rania  differs"))
        #expect(report.lines.contains("        3  acknowledge-feelings  fail       fail     Coach Rania"))
        #expect(report.lines.contains("  session 3 — Coach Rania: Greet first, then give your name."))
    }

    @Test func reviewLinesTypedOrPiped() throws {
        let callsim = try ReportFixtureCalls.callsim()
        let result = try callsim.run(["review", "4", "--reviewer", "Coach Daniel"], lines: ["1 fail", "recap pass", "9 maybe", "note Steer her back with a closed question.", ""])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.contains("  greeting: automatic pass, yours fail"))
        #expect(result.lines.contains("  recap: automatic fail, yours pass"))
        #expect(result.stderr == "callsim: 'maybe' is not a verdict; use pass, fail or n-a, e.g. steer-chatty-caller=fail\n")
        #expect(result.lines.last == "Saved the review of session 4 by Coach Daniel: 2 verdicts, a note. The trainee sees it in: callsim show 4")
        let cancelled = try callsim.run(["review", "4", "--reviewer", "Coach Daniel"], lines: ["2 fail", "cancel"])
        #expect(cancelled.lines.last == "Nothing saved.")
    }

    @Test func badReviewInput() throws {
        let callsim = try ReportFixtureCalls.callsim()
        let rule = try callsim.run(["review", "3", "--rule", "greetings=fail"])
        #expect(rule.status == 1)
        #expect(rule.stderr.hasPrefix("callsim: no rule `greetings`; the rules are: greeting, "))
        let verdict = try callsim.run(["review", "3", "--rule", "greeting=ok"])
        #expect(verdict.stderr == "callsim: 'ok' is not a verdict; use pass, fail or n-a, e.g. greeting=fail\n")
        let shape = try callsim.run(["review", "3", "--rule", "greeting"])
        #expect(shape.stderr == "callsim: --rule takes RULE=VERDICT, e.g. --rule greeting=fail (got 'greeting')\n")
        let session = try callsim.run(["review", "77", "--rule", "greeting=fail"])
        #expect(session.stderr == "callsim: no session 77; `callsim history` lists the recorded calls\n")
    }

    @Test func calibrationAgainstTheAutomaticVerdictsAndBetweenReviewers() throws {
        // Given two reviewers who judged the same calls
        let callsim = try ReportFixtureCalls.callsim()
        _ = try callsim.run(["review", "3", "--rule", "greeting=fail", "--rule", "recap=fail", "--rule", "farewell=fail", "--reviewer", "Rania"])
        _ = try callsim.run(["review", "3", "--rule", "greeting=pass", "--rule", "recap=fail", "--reviewer", "Daniel"])
        _ = try callsim.run(["review", "1", "--rule", "greeting=pass", "--rule", "recap=pass", "--reviewer", "Rania"])
        // When calibration is run
        let result = try callsim.run(["calibrate"])
        // Then greeting (agreed 2 of 3) comes before recap and farewell (all agreed), flagged under the 90% target
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.lines
        #expect(lines[1] == "7 verdicts on 2 reviewed calls by Daniel, Rania")
        #expect(lines[2] == "Overall agreement 86% · kappa 0.72 · 7 verdicts")
        #expect(lines[3] == "  rule      kind        verdicts  agree  kappa  target")
        #expect(lines[4] == "  greeting  objective          3    67%   0.00     90%  below target")
        #expect(lines.contains("Between reviewers (calls reviewed by more than one trainer)"))
        #expect(lines.contains("Overall agreement 50% · kappa 0.00 · 2 verdicts"))
        // And one reviewer alone, as JSON
        let json = try callsim.run(["calibrate", "--reviewer", "daniel", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["verdicts"] as? Int == 2)
        #expect(object["reviewers"] as? [String] == ["Daniel"])
        let unknown = try callsim.run(["calibrate", "--reviewer", "Nobody"])
        #expect(unknown.stderr == "callsim: no reviews by `Nobody`; the reviewers are: Daniel, Rania\n")
    }
}
