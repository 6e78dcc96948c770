import CallSimCore
import Foundation

/// One call as a report lists it.
public struct ReportCall: Sendable, Hashable, Codable {
    /// The session id, as given to `callsim show` and `callsim replay`.
    public var id: Int64
    /// When the call started.
    public var startedAt: Date
    /// The scenario's id, nil for a generic call.
    public var scenarioId: String?
    /// The scenario's title.
    public var scenarioTitle: String
    /// `coach`, `exam` or `grade`.
    public var mode: String
    /// How the call ended; nil when it was cut off.
    public var outcome: CallOutcome?
    /// The score, 0 to 100; nil when the call was cut off.
    public var score: Int?
    /// Whether the call passed; nil when it was cut off.
    public var passed: Bool?
    /// How many trainers reviewed the call.
    public var reviews: Int

    /// Creates a call line.
    public init(
        id: Int64, startedAt: Date, scenarioId: String?, scenarioTitle: String, mode: String,
        outcome: CallOutcome?, score: Int?, passed: Bool?, reviews: Int = 0
    ) {
        self.id = id
        self.startedAt = startedAt
        self.scenarioId = scenarioId
        self.scenarioTitle = scenarioTitle
        self.mode = mode
        self.outcome = outcome
        self.score = score
        self.passed = passed
        self.reviews = reviews
    }

    /// True when the call was cut off before it ended.
    public var isIncomplete: Bool { score == nil }
}
