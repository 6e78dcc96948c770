import CallSimCore
import Foundation

/// One line of a trainee's history.
public struct SessionSummary: Sendable, Hashable {
    /// The session's id, as given to `callsim show`.
    public var id: Int64
    /// `call`, later also `interview`.
    public var kind: String
    /// The scenario's id, nil for a generic call.
    public var scenarioId: String?
    /// The scenario's title.
    public var scenarioTitle: String
    /// `coach`, `exam` or `grade`.
    public var mode: String
    /// When the session started.
    public var startedAt: Date
    /// When it ended; nil when it was cut off.
    public var endedAt: Date?
    /// How the call ended; nil when it was cut off.
    public var outcome: CallOutcome?
    /// The score, 0 to 100; nil when the call was cut off.
    public var score: Int?
    /// Whether the call passed; nil when it was cut off.
    public var passed: Bool?
    /// How many turns were recorded.
    public var turnCount: Int

    /// Creates a summary.
    public init(
        id: Int64, kind: String, scenarioId: String?, scenarioTitle: String, mode: String, startedAt: Date,
        endedAt: Date?, outcome: CallOutcome?, score: Int?, passed: Bool?, turnCount: Int
    ) {
        self.id = id
        self.kind = kind
        self.scenarioId = scenarioId
        self.scenarioTitle = scenarioTitle
        self.mode = mode
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.outcome = outcome
        self.score = score
        self.passed = passed
        self.turnCount = turnCount
    }

    /// True when the session never finished: the program was stopped during the call.
    public var isIncomplete: Bool { endedAt == nil }
}
