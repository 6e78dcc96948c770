import CallSimCore
import Foundation

/// A trainer's review of a call: their own verdicts on some rules and a coaching note.
public struct Review: Sendable, Hashable, Codable {
    /// The reviewed session.
    public var sessionId: Int64
    /// Who reviewed it.
    public var reviewer: String
    /// The coaching note for the trainee, if any.
    public var note: String?
    /// When the review was first saved.
    public var createdAt: Date
    /// When it was last changed.
    public var updatedAt: Date
    /// The reviewer's verdicts, in catalogue order.
    public var verdicts: [RuleVerdict]

    /// Creates a review.
    public init(sessionId: Int64, reviewer: String, note: String?, createdAt: Date, updatedAt: Date, verdicts: [RuleVerdict]) {
        self.sessionId = sessionId
        self.reviewer = reviewer
        self.note = note
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.verdicts = verdicts
    }

    /// The reviewer's verdict on `rule`, if they gave one.
    public func verdict(_ rule: String) -> Verdict? { verdicts.first { $0.rule == rule }?.verdict }
}

/// A verdict on one rule.
public struct RuleVerdict: Sendable, Hashable, Codable {
    /// The rule's id.
    public var rule: String
    /// The verdict.
    public var verdict: Verdict

    /// Creates a verdict.
    public init(rule: String, verdict: Verdict) {
        self.rule = rule
        self.verdict = verdict
    }
}

/// A trainer's verdict on one rule of one call, beside the automatic verdict.
public struct ReviewComparison: Sendable, Hashable, Codable {
    /// The session.
    public var sessionId: Int64
    /// The trainee whose call it is.
    public var trainee: String
    /// The rule.
    public var rule: String
    /// The automatic verdict recorded with the call; nil when the call has no finding for the rule.
    public var automatic: Verdict?
    /// The reviewer.
    public var reviewer: String
    /// The reviewer's verdict.
    public var trainer: Verdict

    /// Creates a comparison.
    public init(sessionId: Int64, trainee: String, rule: String, automatic: Verdict?, reviewer: String, trainer: Verdict) {
        self.sessionId = sessionId
        self.trainee = trainee
        self.rule = rule
        self.automatic = automatic
        self.reviewer = reviewer
        self.trainer = trainer
    }
}
