import Foundation

/// Who fails one rule, and how often: `callsim report --rule`.
public struct RuleReport: Sendable, Hashable, Codable {
    /// The rule's id.
    public var rule: String
    /// Calls in the selection where the rule applied.
    public var applicable: Int
    /// Calls where it failed.
    public var failed: Int
    /// One line per trainee for whom it applied, most failures first.
    public var trainees: [RuleTraineeRow]
    /// The most recent words that failed it, newest first.
    public var examples: [FailureExample]
    /// Trainers' verdicts on this rule beside the automatic ones, in the selection.
    public var reviewedVerdicts: [ReviewComparison]

    /// Creates a report.
    public init(
        rule: String, applicable: Int, failed: Int, trainees: [RuleTraineeRow], examples: [FailureExample],
        reviewedVerdicts: [ReviewComparison]
    ) {
        self.rule = rule
        self.applicable = applicable
        self.failed = failed
        self.trainees = trainees
        self.examples = examples
        self.reviewedVerdicts = reviewedVerdicts
    }

    /// Failed / applicable, 0 when it never applied.
    public var failureRate: Double { applicable == 0 ? 0 : Double(failed) / Double(applicable) }
}

/// One trainee's record on one rule.
public struct RuleTraineeRow: Sendable, Hashable, Codable {
    /// The trainee's name.
    public var name: String
    /// Their team, if any.
    public var team: String?
    /// Calls where the rule applied.
    public var applicable: Int
    /// Calls where it failed.
    public var failed: Int
    /// When their last failing call started, nil when they never failed it.
    public var lastFailed: Date?

    /// Creates a line.
    public init(name: String, team: String?, applicable: Int, failed: Int, lastFailed: Date?) {
        self.name = name
        self.team = team
        self.applicable = applicable
        self.failed = failed
        self.lastFailed = lastFailed
    }

    /// Failed / applicable.
    public var failureRate: Double { applicable == 0 ? 0 : Double(failed) / Double(applicable) }
}
