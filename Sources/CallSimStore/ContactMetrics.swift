/// The contact-centre figures of a selection of calls (DOMAIN.md: AHT, FCR, abandonment,
/// CSAT, hold), computed by SQLite over the selection.
///
/// Rates are fractions from 0 to 1. Calls cut off by a crash count in `calls` but not in the
/// figures, which cover finished calls only; every figure is nil when no call finished.
public struct ContactMetrics: Sendable, Hashable, Codable {
    /// Calls in the selection, finished or not.
    public var calls: Int
    /// Calls that finished and were scored.
    public var finishedCalls: Int
    /// Average score of the finished calls, 0 to 100.
    public var averageScore: Double?
    /// Passed calls / finished calls.
    public var passRate: Double?
    /// Average handle time (talk + hold + wrap), in seconds.
    public var averageHandleSeconds: Double?
    /// First-contact resolution: resolved calls / finished calls.
    public var fcrRate: Double?
    /// Abandoned calls (the customer hung up or the trainee left) / finished calls.
    public var abandonmentRate: Double?
    /// Average customer satisfaction, 1 to 5.
    public var averageCSAT: Double?
    /// Average hold time per call, in seconds.
    public var averageHoldSeconds: Double?

    /// Creates a set of figures.
    public init(
        calls: Int, finishedCalls: Int, averageScore: Double?, passRate: Double?, averageHandleSeconds: Double?,
        fcrRate: Double?, abandonmentRate: Double?, averageCSAT: Double?, averageHoldSeconds: Double?
    ) {
        self.calls = calls
        self.finishedCalls = finishedCalls
        self.averageScore = averageScore
        self.passRate = passRate
        self.averageHandleSeconds = averageHandleSeconds
        self.fcrRate = fcrRate
        self.abandonmentRate = abandonmentRate
        self.averageCSAT = averageCSAT
        self.averageHoldSeconds = averageHoldSeconds
    }
}
