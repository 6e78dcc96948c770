import Foundation

/// Every trainee of a selection, ranked: `callsim report --cohort`.
public struct CohortReport: Sendable, Hashable, Codable {
    /// One line per trainee, best first.
    public var rows: [CohortRow]
    /// The contact-centre figures of every call in the selection.
    public var metrics: ContactMetrics

    /// Creates a report.
    public init(rows: [CohortRow], metrics: ContactMetrics) {
        self.rows = rows
        self.metrics = metrics
    }
}

/// One trainee's line in the cohort.
public struct CohortRow: Sendable, Hashable, Codable {
    /// 1 for the best; trainees without a scored call share the last rank.
    public var rank: Int
    /// The trainee's name.
    public var name: String
    /// Their team, if any.
    public var team: String?
    /// Calls in the selection, finished or not.
    public var calls: Int
    /// The best score, nil without a finished call.
    public var bestScore: Int?
    /// The average score, nil without a finished call.
    public var averageScore: Double?
    /// Passed / finished calls, nil without a finished call.
    public var passRate: Double?
    /// When their last call in the selection started.
    public var lastActivity: Date?

    /// Creates a line.
    public init(
        rank: Int, name: String, team: String?, calls: Int, bestScore: Int?, averageScore: Double?, passRate: Double?,
        lastActivity: Date?
    ) {
        self.rank = rank
        self.name = name
        self.team = team
        self.calls = calls
        self.bestScore = bestScore
        self.averageScore = averageScore
        self.passRate = passRate
        self.lastActivity = lastActivity
    }
}
