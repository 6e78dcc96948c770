import Foundation

/// How often one rule failed over a selection of calls, with the words that failed it.
public struct RuleFailures: Sendable, Hashable, Codable {
    /// The rule's id.
    public var rule: String
    /// Calls where the rule applied (passed or failed).
    public var applicable: Int
    /// Calls where it failed.
    public var failed: Int
    /// The most recent words that failed it, newest first.
    public var examples: [FailureExample]

    /// Creates a rule's failure count.
    public init(rule: String, applicable: Int, failed: Int, examples: [FailureExample] = []) {
        self.rule = rule
        self.applicable = applicable
        self.failed = failed
        self.examples = examples
    }

    /// Failed / applicable, 0 when the rule never applied.
    public var failureRate: Double { applicable == 0 ? 0 : Double(failed) / Double(applicable) }
}

/// Words from a call that failed a rule.
public struct FailureExample: Sendable, Hashable, Codable {
    /// The session.
    public var sessionId: Int64
    /// The 1-based turn the verdict rests on, when one does.
    public var turn: Int?
    /// The words quoted from the call.
    public var evidence: String

    /// Creates an example.
    public init(sessionId: Int64, turn: Int?, evidence: String) {
        self.sessionId = sessionId
        self.turn = turn
        self.evidence = evidence
    }
}

/// A section's average over a selection of calls: the share of its applicable rules passed,
/// averaged over the calls where the section applied.
public struct SectionAverage: Sendable, Hashable, Codable {
    /// The section's id (`opening`, `call-control`, ...).
    public var section: String
    /// 0 to 100.
    public var percent: Double
    /// Calls where the section applied.
    public var calls: Int

    /// Creates a section average.
    public init(section: String, percent: Double, calls: Int) {
        self.section = section
        self.percent = percent
        self.calls = calls
    }
}
