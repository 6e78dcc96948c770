import Foundation

/// A scenario `callsim next` may recommend.
public struct ScenarioChoice: Sendable, Hashable, Codable {
    /// The scenario's id.
    public var id: String
    /// Its title.
    public var title: String
    /// 0 for easy, 1 for medium, 2 for hard.
    public var difficultyRank: Int

    /// Creates a choice.
    public init(id: String, title: String, difficultyRank: Int) {
        self.id = id
        self.title = title
        self.difficultyRank = difficultyRank
    }
}

/// What `callsim next` recommends, and the facts behind it.
public struct NextRecommendation: Sendable, Hashable, Codable {
    /// The scenario to practise next.
    public var scenario: ScenarioChoice
    /// The trainee's weak rules that this scenario exercises, weakest first.
    public var weakRulesExercised: [RulePerformance]
    /// The trainee's weakest rules overall, weakest first.
    public var weakestRules: [RulePerformance]
    /// Its schedule, nil when the trainee never practised it.
    public var schedule: ScenarioSchedule?
    /// True when the trainee has no finished call at all.
    public var firstCall: Bool
    /// True when no scenario was due, so the one due soonest was taken.
    public var nothingDue: Bool
    /// The next best scenarios, best first.
    public var alternatives: [ScenarioChoice]
}

/// Chooses the next scenario: among the scenarios due now (never practised, or past their
/// spaced-repetition date), the one that best exercises the trainee's weakest rules; then
/// the most overdue; then the easier; then by id.
public enum NextScenarioPlanner {
    /// How many weak rules are considered.
    public static let weakRuleCount = 3

    /// The recommendation, nil when there is no scenario to choose from.
    public static func recommend(
        scenarios: [ScenarioChoice], attempts: [ScenarioAttempt], rules: [RulePerformance],
        coverage: [String: ScenarioCoverage], now: Date
    ) -> NextRecommendation? {
        guard !scenarios.isEmpty else { return nil }
        let weakest = weakRules(rules)
        let schedules = ScenarioSchedule.schedules(for: attempts)
        let due = scenarios.filter { schedules[$0.id].map { $0.due <= now } ?? true }
        let nothingDue = due.isEmpty
        let pool = nothingDue ? scenarios : due
        func weakness(_ scenario: ScenarioChoice) -> Double {
            weakest.reduce(0) { $0 + $1.failureRate * (coverage[scenario.id]?.share($1.rule) ?? 0) }
        }
        let ranked = pool.sorted { a, b in
            if nothingDue, let dueA = schedules[a.id]?.due, let dueB = schedules[b.id]?.due, dueA != dueB {
                return dueA < dueB
            }
            let weakA = weakness(a), weakB = weakness(b)
            if abs(weakA - weakB) > 1e-9 { return weakA > weakB }
            let dueA = schedules[a.id]?.due ?? .distantPast
            let dueB = schedules[b.id]?.due ?? .distantPast
            if dueA != dueB { return dueA < dueB }
            if a.difficultyRank != b.difficultyRank { return a.difficultyRank < b.difficultyRank }
            return a.id < b.id
        }
        guard let chosen = ranked.first else { return nil }
        let exercised = weakest.filter { (coverage[chosen.id]?.share($0.rule) ?? 0) > 0 }
        return NextRecommendation(
            scenario: chosen, weakRulesExercised: exercised, weakestRules: weakest, schedule: schedules[chosen.id],
            firstCall: attempts.isEmpty, nothingDue: nothingDue, alternatives: Array(ranked.dropFirst().prefix(2)))
    }

    /// The rules failed most (by rate, then count, then id), only those failed at least once.
    public static func weakRules(_ rules: [RulePerformance]) -> [RulePerformance] {
        Array(rules.filter { $0.failed > 0 }.sorted { a, b in
            if a.failureRate != b.failureRate { return a.failureRate > b.failureRate }
            if a.failed != b.failed { return a.failed > b.failed }
            return a.rule < b.rule
        }.prefix(weakRuleCount))
    }
}
