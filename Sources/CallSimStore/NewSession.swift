import Foundation

/// What the store needs to know when a session starts.
public struct NewSession: Sendable, Hashable {
    /// The trainee's name; the trainee is created on first use.
    public var trainee: String
    /// `call`, later also `interview`.
    public var kind: String
    /// The scenario's id, nil for a generic call.
    public var scenarioId: String?
    /// The scenario's title as shown to the trainee.
    public var scenarioTitle: String
    /// A hash of the scenario file, to tell its versions apart.
    public var scenarioHash: String?
    /// The call's language code (`en`, `ar`, ...).
    public var language: String
    /// `coach`, `exam` or `grade`.
    public var mode: String
    /// The seed of the random generator, so the call can be replayed.
    public var seed: UInt64?
    /// The score needed to pass, 0 to 100.
    public var passMark: Double
    /// When the session started.
    public var startedAt: Date

    /// Describes a session about to start.
    public init(
        trainee: String, kind: String = "call", scenarioId: String?, scenarioTitle: String,
        scenarioHash: String? = nil, language: String, mode: String, seed: UInt64? = nil,
        passMark: Double = 80, startedAt: Date
    ) {
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
    }
}
