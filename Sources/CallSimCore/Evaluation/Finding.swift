/// A rule's judgement of a call.
public enum Verdict: String, Sendable, Codable, Hashable, CaseIterable {
    case pass
    case fail
    case notApplicable = "not-applicable"
}

/// One rule's verdict on a call, with the turn and words that earned it and advice.
public struct Finding: Sendable, Hashable, Codable {
    /// The rule's id (CONTRACTS.md §5).
    public var rule: String
    /// The rule's section id.
    public var section: String
    public var verdict: Verdict
    /// The 1-based turn the verdict rests on, when one does.
    public var turn: Int?
    /// The words that earned the verdict, quoted from the call.
    public var evidence: String?
    /// What the trainee should do (a better phrase).
    public var advice: String
    /// True for critical rules: failing one scores the call 0.
    public var critical: Bool

    /// Creates a finding.
    public init(rule: String, section: String, verdict: Verdict, turn: Int? = nil, evidence: String? = nil, advice: String, critical: Bool = false) {
        self.rule = rule
        self.section = section
        self.verdict = verdict
        self.turn = turn
        self.evidence = evidence
        self.advice = advice
        self.critical = critical
    }
}

/// A section's points on the scorecard.
public struct SectionScore: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    /// Points earned, scaled so applicable sections sum to 100.
    public var score: Double
    /// Points available.
    public var max: Double

    /// Creates a section score.
    public init(id: String, title: String, score: Double, max: Double) {
        self.id = id
        self.title = title
        self.score = score
        self.max = max
    }
}

/// The QA scorecard of one call.
public struct Scorecard: Sendable, Hashable {
    /// 0 to 100; 0 when a critical rule failed.
    public var score: Int
    public var passed: Bool
    public var passMark: Double
    /// Ids of critical rules that failed.
    public var autoFail: [String]
    public var sections: [SectionScore]
    /// One finding per rule of the catalogue, in catalogue order.
    public var findings: [Finding]
    public var metrics: CallMetrics

    /// Creates a scorecard.
    public init(score: Int, passed: Bool, passMark: Double, autoFail: [String], sections: [SectionScore], findings: [Finding], metrics: CallMetrics) {
        self.score = score
        self.passed = passed
        self.passMark = passMark
        self.autoFail = autoFail
        self.sections = sections
        self.findings = findings
        self.metrics = metrics
    }

    /// The finding of one rule.
    public func finding(_ rule: String) -> Finding? { findings.first { $0.rule == rule } }
}
