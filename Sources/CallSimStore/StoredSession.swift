import CallSimCore
import Foundation

/// A whole session as read back: its header, every turn and every finding.
public struct StoredSession: Sendable, Hashable {
    /// The session's id.
    public var id: Int64
    /// The trainee's name.
    public var trainee: String
    /// `call`, later also `interview`.
    public var kind: String
    /// The scenario's id, nil for a generic call.
    public var scenarioId: String?
    /// The scenario's title.
    public var scenarioTitle: String
    /// A hash of the scenario file.
    public var scenarioHash: String?
    /// The call's language code.
    public var language: String
    /// `coach`, `exam` or `grade`.
    public var mode: String
    /// The seed of the random generator.
    public var seed: UInt64?
    /// The score needed to pass.
    public var passMark: Double
    /// When the session started.
    public var startedAt: Date
    /// When it ended; nil when it was cut off.
    public var endedAt: Date?
    /// How the call ended.
    public var outcome: CallOutcome?
    /// Who or what ended it.
    public var endReason: EndReason?
    /// The score, 0 to 100.
    public var score: Int?
    /// Whether the call passed.
    public var passed: Bool?
    /// The turns, in order.
    public var turns: [StoredTurn]
    /// The findings, in the order the scorecard listed them.
    public var findings: [Finding]
    /// The call's figures; nil until the session is finished.
    public var metrics: CallMetrics?
    /// True when the turns' times are real, so an export carries timestamps.
    public var timed: Bool

    /// Creates a stored session.
    public init(
        id: Int64, trainee: String, kind: String, scenarioId: String?, scenarioTitle: String,
        scenarioHash: String?, language: String, mode: String, seed: UInt64?, passMark: Double,
        startedAt: Date, endedAt: Date?, outcome: CallOutcome?, endReason: EndReason?, score: Int?,
        passed: Bool?, turns: [StoredTurn], findings: [Finding], metrics: CallMetrics?, timed: Bool = false
    ) {
        self.timed = timed
        self.id = id
        self.trainee = trainee
        self.kind = kind
        self.scenarioId = scenarioId
        self.scenarioTitle = scenarioTitle
        self.scenarioHash = scenarioHash
        self.language = language
        self.mode = mode
        self.seed = seed
        self.passMark = passMark
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.outcome = outcome
        self.endReason = endReason
        self.score = score
        self.passed = passed
        self.turns = turns
        self.findings = findings
        self.metrics = metrics
    }

    /// True when the session never finished: the program was stopped during the call.
    public var isIncomplete: Bool { endedAt == nil }
}
