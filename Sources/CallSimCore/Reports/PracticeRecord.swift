import Foundation

/// One finished call of a trainee, as the scheduler of `callsim next` sees it.
public struct ScenarioAttempt: Sendable, Hashable, Codable {
    /// The scenario practised.
    public var scenarioId: String
    /// When the call started.
    public var date: Date
    /// The score, 0 to 100.
    public var score: Int
    /// Whether the call passed.
    public var passed: Bool

    /// Creates an attempt.
    public init(scenarioId: String, date: Date, score: Int, passed: Bool) {
        self.scenarioId = scenarioId
        self.date = date
        self.score = score
        self.passed = passed
    }
}

/// How a trainee did on one rule over their recent calls.
public struct RulePerformance: Sendable, Hashable, Codable {
    /// The rule's id.
    public var rule: String
    /// Calls where it applied.
    public var applicable: Int
    /// Calls where it failed.
    public var failed: Int

    /// Creates a rule's record.
    public init(rule: String, applicable: Int, failed: Int) {
        self.rule = rule
        self.applicable = applicable
        self.failed = failed
    }

    /// Failed / applicable, 0 when it never applied.
    public var failureRate: Double { applicable == 0 ? 0 : Double(failed) / Double(applicable) }
}

/// Which rules a scenario exercises, learnt from its recorded calls: a rule is exercised in
/// a call when its verdict there was pass or fail (not not-applicable).
public struct ScenarioCoverage: Sendable, Hashable, Codable {
    /// The scenario's id.
    public var scenarioId: String
    /// How many of its calls were looked at.
    public var calls: Int
    /// For each rule, in how many of those calls it applied.
    public var applicable: [String: Int]

    /// Creates a coverage.
    public init(scenarioId: String, calls: Int, applicable: [String: Int]) {
        self.scenarioId = scenarioId
        self.calls = calls
        self.applicable = applicable
    }

    /// The share of its calls in which `rule` applied, 0 to 1.
    public func share(_ rule: String) -> Double {
        calls == 0 ? 0 : Double(applicable[rule] ?? 0) / Double(calls)
    }
}
