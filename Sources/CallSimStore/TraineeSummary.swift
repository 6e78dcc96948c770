import Foundation

/// A trainee as `callsim trainee list` shows them.
public struct TraineeSummary: Sendable, Hashable, Codable {
    /// The trainee.
    public var trainee: TraineeRecord
    /// How many calls they have recorded.
    public var calls: Int
    /// When their last call started, nil before the first.
    public var lastActivity: Date?

    /// Creates a summary.
    public init(trainee: TraineeRecord, calls: Int, lastActivity: Date?) {
        self.trainee = trainee
        self.calls = calls
        self.lastActivity = lastActivity
    }
}
