/// Everything `callsim report --trainee` shows about one trainee over a selection of calls.
public struct TraineeReport: Sendable, Hashable, Codable {
    /// The trainee.
    public var trainee: TraineeRecord
    /// Every call in the selection, oldest first.
    public var calls: [ReportCall]
    /// The contact-centre figures of those calls.
    public var metrics: ContactMetrics
    /// Each section's average, in scorecard order of the sections that applied.
    public var sections: [SectionAverage]
    /// The rules failed most often (by rate), with the words that failed them.
    public var weakestRules: [RuleFailures]
    /// Trainers' verdicts beside the automatic ones, for the reviewed calls in the selection.
    public var reviewedVerdicts: [ReviewComparison]
    /// Trainers' coaching notes on the calls in the selection, oldest first.
    public var notes: [CoachingNote]

    /// Creates a report.
    public init(
        trainee: TraineeRecord, calls: [ReportCall], metrics: ContactMetrics, sections: [SectionAverage],
        weakestRules: [RuleFailures], reviewedVerdicts: [ReviewComparison], notes: [CoachingNote]
    ) {
        self.trainee = trainee
        self.calls = calls
        self.metrics = metrics
        self.sections = sections
        self.weakestRules = weakestRules
        self.reviewedVerdicts = reviewedVerdicts
        self.notes = notes
    }
}

/// A trainer's coaching note on one call.
public struct CoachingNote: Sendable, Hashable, Codable {
    /// The session.
    public var sessionId: Int64
    /// Who wrote it.
    public var reviewer: String
    /// The note.
    public var note: String

    /// Creates a note.
    public init(sessionId: Int64, reviewer: String, note: String) {
        self.sessionId = sessionId
        self.reviewer = reviewer
        self.note = note
    }
}
