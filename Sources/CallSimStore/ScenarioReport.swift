/// Everything `callsim report --scenario` shows about one scenario over a selection of calls.
public struct ScenarioReport: Sendable, Hashable, Codable {
    /// The scenario's id.
    public var scenarioId: String
    /// Its title as last recorded.
    public var title: String
    /// How many trainees called it in the selection.
    public var trainees: Int
    /// The contact-centre figures of its calls (average score, pass rate, abandonment, ...).
    public var metrics: ContactMetrics
    /// The rules failed most often on it, most frequent first.
    public var commonFailures: [RuleFailures]
    /// How many finished calls scored 0–9, 10–19, … 90–100 (ten buckets).
    public var scoreBuckets: [Int]

    /// Creates a report.
    public init(
        scenarioId: String, title: String, trainees: Int, metrics: ContactMetrics, commonFailures: [RuleFailures],
        scoreBuckets: [Int]
    ) {
        self.scenarioId = scenarioId
        self.title = title
        self.trainees = trainees
        self.metrics = metrics
        self.commonFailures = commonFailures
        self.scoreBuckets = scoreBuckets
    }
}
