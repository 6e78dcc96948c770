import CallSimCore
import CallSimStore
import Foundation

/// Calls recorded straight into a store, with the verdicts a report test needs.
enum ReportFixtures {
    static let day = 86_400.0

    /// Records a finished call of `trainee` on `scenario`, `days` after `Fixtures.start`, failing
    /// the rules in `failing` (with `evidence`), passing the rest of the catalogue except
    /// `notApplicable`; returns the session id.
    @discardableResult
    static func call(
        _ store: CallStore, trainee: String, scenario: String = "billing-double-charge", days: Double = 0,
        mode: String = "coach", score: Int, failing: [String] = [], notApplicable: [String] = [],
        evidence: String = "OK done.", outcome: CallOutcome = .resolved, handle: Double = 300, hold: Double = 0, csat: Int = 4
    ) throws -> Int64 {
        let started = Fixtures.start.addingTimeInterval(days * day)
        let id = try store.beginSession(NewSession(
            trainee: trainee, scenarioId: scenario, scenarioTitle: "Title of \(scenario)", language: "en", mode: mode,
            seed: 1, passMark: 80, startedAt: started))
        try store.appendTurn(session: id, turn: Fixtures.turns[0])
        let findings = RuleCatalogue.all.map { rule in
            let verdict: Verdict = failing.contains(rule.id) ? .fail : notApplicable.contains(rule.id) ? .notApplicable : .pass
            return Finding(
                rule: rule.id, section: rule.section.rawValue, verdict: verdict, turn: verdict == .notApplicable ? nil : 1,
                evidence: verdict == .fail ? evidence : nil, advice: rule.advice, critical: rule.critical)
        }
        let card = Scorecard(
            score: score, passed: score >= 80, passMark: 80, autoFail: [], sections: [], findings: findings,
            metrics: CallMetrics(
                handleSeconds: handle, talkSeconds: handle - hold, holdSeconds: hold, wrapSeconds: 0, csat: csat,
                resolved: outcome == .resolved, finalMood: 3))
        try store.finishSession(
            id, endedAt: started.addingTimeInterval(handle), outcome: outcome,
            endReason: outcome == .abandoned ? .customerHungUp : .agentEnded, scorecard: card)
        return id
    }

    /// Sam: two good calls (90, 100); Noor in team North: two poor ones (40 abandoned, 60 in exam mode);
    /// Adam: no call. Returns the session ids in order.
    @discardableResult
    static func cohort(_ store: CallStore) throws -> [Int64] {
        _ = try store.addTrainee("Adam", team: "South")
        _ = try store.addTrainee("Noor", team: "North")
        return [
            try call(store, trainee: "Sam", days: 0, score: 90, failing: ["recap"], evidence: "Bye.", handle: 200, hold: 30, csat: 5),
            try call(store, trainee: "Sam", scenario: "technician-visit-chatty", days: 1, score: 100, handle: 400, csat: 5),
            try call(store, trainee: "Noor", days: 2, score: 40, failing: ["recap", "greeting", "farewell"], evidence: "Hi.",
                     outcome: .abandoned, handle: 100, csat: 1),
            try call(store, trainee: "Noor", days: 3, mode: "exam", score: 60, failing: ["recap"], notApplicable: ["greeting"],
                     evidence: "Done.", outcome: .unresolved, handle: 500, hold: 90, csat: 3),
        ]
    }
}
