import CallSimCore
import CallSimStore
import Foundation
import Testing

/// Whole practice calls piped into the built binary: the printed scorecard and the rows written.
@Suite("practice, piped")
struct PracticeEndToEndTests {
    @Test func goodBillingCallPassesAndIsRecorded() throws {
        // Given a fresh database
        let callsim = try CallsimProcess()
        // When a good agent handles the angry double-charge caller
        let result = try callsim.run(["practice", "billing-double-charge", "--seed", "7", "--as", "sam"], lines: Calls.goodBilling)
        // Then the call passes with every applicable rule met
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Score 100/100  PASSED (pass mark 80)"))
        #expect(result.stdout.contains("pass  identity-verification"))
        #expect(result.stdout.contains("Karim Haddad (angry 7/10): "))
        #expect(!result.stdout.contains("\u{1B}["), "no escape codes when piped")
        // And the session, its turns and findings are in the database
        let store = try CallStore(path: callsim.databasePath)
        let history = try store.history(trainee: "sam")
        #expect(history.count == 1)
        let first = try #require(history.first)
        let session = try #require(try store.session(first.id))
        #expect(session.score == 100)
        #expect(session.passed == true)
        #expect(session.outcome == .resolved)
        #expect(session.seed == 7)
        #expect(session.scenarioId == "billing-double-charge")
        #expect(session.findings.count == RuleCatalogue.all.count)
        #expect(session.turns.first?.text == Calls.goodBilling[0])
        #expect(session.turns.first?.categories.contains("greeting") == true)
        #expect(session.turns.contains { $0.text == "/action refund 49.99" })
        #expect(session.turns.filter { $0.speaker == .agent }.count == Calls.goodBilling.count)
    }

    @Test func poorBillingCallFailsOnTheRightRules() throws {
        // Given a fresh database
        let callsim = try CallsimProcess()
        // When the agent refunds without verifying and tells the customer to calm down
        let result = try callsim.run(["practice", "billing-double-charge", "--seed", "3", "--as", "bob", "--mode", "exam"], lines: Calls.poorBilling)
        // Then the call scores 0 on the critical verification rule, and says why
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Score 0/100  NOT PASSED (pass mark 80)  auto-fail: identity-verification"))
        #expect(result.stdout.contains("FAIL  discouraged-phrases         t3   “Calm down”"))
        #expect(result.stdout.contains("FAIL  acknowledge-feelings"))
        #expect(!result.stdout.contains("coach:"), "exam mode shows no nudges")
        // And the database holds the failing verdicts
        let store = try CallStore(path: callsim.databasePath)
        let summary = try #require(try store.history(trainee: "bob").first)
        let id = summary.id
        let session = try #require(try store.session(id))
        #expect(session.score == 0)
        #expect(session.passed == false)
        let failed = Set(session.findings.filter { $0.verdict == .fail }.map(\.rule))
        #expect(failed.isSuperset(of: ["identity-verification", "discouraged-phrases", "acknowledge-feelings", "company-name", "agent-name"]))
    }

    @Test func goodChattyCallPasses() throws {
        let callsim = try CallsimProcess()
        // When a good agent steers the chatty caller with closed questions
        let result = try callsim.run(["practice", "technician-visit-chatty", "--seed", "11", "--as", "sam"], lines: Calls.goodChatty)
        // Then the call passes and the steering rule is met
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("PASSED (pass mark 80)"))
        #expect(!result.stdout.contains("NOT PASSED"))
        #expect(result.stdout.contains("pass  steer-chatty-caller"))
        let store = try CallStore(path: callsim.databasePath)
        let summary = try #require(try store.history(trainee: "sam").first)
        let session = try #require(try store.session(summary.id))
        #expect(session.outcome == .resolved)
        #expect(session.passed == true)
    }

    @Test func poorChattyCallFailsToSteer() throws {
        let callsim = try CallsimProcess()
        // When the agent never steers the drifting caller back
        let result = try callsim.run(["practice", "technician-visit-chatty", "--seed", "11", "--as", "pat"], lines: Calls.poorChatty)
        // Then the steering rule fails and the call does not pass
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("NOT PASSED"))
        #expect(result.stdout.contains("FAIL  steer-chatty-caller"))
        #expect(result.stdout.contains("FAIL  resolution"))
    }

    @Test func theSameSeedAndLinesGiveTheSameCall() throws {
        let callsim = try CallsimProcess()
        // When the same call is played twice with the same seed
        let first = try callsim.run(["practice", "billing-double-charge", "--seed", "42"], lines: Calls.goodBilling)
        let second = try callsim.run(["practice", "billing-double-charge", "--seed", "42"], lines: Calls.goodBilling)
        // Then the output is identical but for the session number
        func call(_ text: String) -> String { text.split(separator: "\n").filter { !$0.hasPrefix("Recorded as session") }.joined(separator: "\n") }
        #expect(call(first.stdout) == call(second.stdout))
        #expect(first.stdout.contains("Recorded as session 1"))
        #expect(second.stdout.contains("Recorded as session 2"))
    }

    @Test func jsonScorecardFollowsTheContract() throws {
        let callsim = try CallsimProcess()
        // When the scorecard is asked for as JSON
        let result = try callsim.run(["practice", "billing-double-charge", "--seed", "7", "--format", "json"], lines: Calls.goodBilling)
        // Then standard output is one JSON object with the keys of CONTRACTS.md §4
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["file", "scenario", "language", "score", "passed", "passMark", "autoFail", "sections", "rules", "metrics"])
        #expect(object["score"] as? Int == 100)
        #expect(object["scenario"] as? String == "billing-double-charge")
        let rules = try #require(object["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == RuleCatalogue.ids)
        let metrics = try #require(object["metrics"] as? [String: Any])
        #expect(Set(metrics.keys) == ["handleSeconds", "talkSeconds", "holdSeconds", "wrapSeconds", "csat", "resolved", "finalMood"])
        // And the conversation went to standard error, out of the way
        #expect(result.stderr.contains("Karim Haddad"))
    }

    @Test func quittingRecordsAnAbandonedCall() throws {
        let callsim = try CallsimProcess()
        // When the trainee quits half-way
        let result = try callsim.run(["practice", "billing-double-charge", "--seed", "1", "--as", "q"], lines: ["Hello, Nile Telecom, Sam speaking.", "/quit", "this line is never read"])
        // Then the call is recorded as abandoned
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("outcome: abandoned"))
        let store = try CallStore(path: callsim.databasePath)
        let session = try #require(try store.history(trainee: "q").first)
        #expect(session.outcome == .abandoned)
        #expect(!session.isIncomplete)
    }

    @Test func endOfInputMidCallIsAbandoned() throws {
        let callsim = try CallsimProcess()
        // When input ends (Ctrl-D) in the middle of the call
        let result = try callsim.run(["practice", "billing-double-charge", "--seed", "1", "--as", "d"], lines: ["Hello, Nile Telecom, Sam speaking."])
        // Then the call is recorded as abandoned by the trainee
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("— Call ended (you left the exercise; outcome: abandoned) —"))
    }
}
