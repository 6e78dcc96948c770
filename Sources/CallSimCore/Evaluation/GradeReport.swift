/// The grading output of CONTRACTS.md §4, ready to encode as JSON.
public struct GradeReport: Encodable, Sendable {
    public struct Section: Encodable, Sendable {
        public var id: String
        public var score: Double
        public var max: Double
    }

    public struct Rule: Encodable, Sendable {
        public var id: String
        public var section: String
        public var verdict: String
        public var turn: Int?
        public var evidence: String?
        public var advice: String

        enum CodingKeys: String, CodingKey { case id, section, verdict, turn, evidence, advice }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(section, forKey: .section)
            try container.encode(verdict, forKey: .verdict)
            try container.encode(turn, forKey: .turn)
            try container.encode(evidence, forKey: .evidence)
            try container.encode(advice, forKey: .advice)
        }
    }

    public struct Metrics: Encodable, Sendable {
        public var handleSeconds: Double
        public var talkSeconds: Double
        public var holdSeconds: Double
        public var wrapSeconds: Double
        public var csat: Int
        public var resolved: Bool
        public var finalMood: Double
    }

    public var file: String?
    public var scenario: String?
    public var language: String
    public var score: Int
    public var passed: Bool
    public var passMark: Double
    public var autoFail: [String]
    public var sections: [Section]
    public var rules: [Rule]
    public var metrics: Metrics

    enum CodingKeys: String, CodingKey { case file, scenario, language, score, passed, passMark, autoFail, sections, rules, metrics }

    /// The report of a scorecard.
    public init(scorecard: Scorecard, file: String?, scenario: String?, language: String) {
        self.file = file
        self.scenario = scenario
        self.language = language
        score = scorecard.score
        passed = scorecard.passed
        passMark = scorecard.passMark
        autoFail = scorecard.autoFail
        sections = scorecard.sections.map { Section(id: $0.id, score: $0.score, max: $0.max) }
        rules = scorecard.findings.map {
            Rule(id: $0.rule, section: $0.section, verdict: $0.verdict.rawValue, turn: $0.turn, evidence: $0.evidence, advice: $0.advice)
        }
        let m = scorecard.metrics
        metrics = Metrics(
            handleSeconds: m.handleSeconds, talkSeconds: m.talkSeconds, holdSeconds: m.holdSeconds,
            wrapSeconds: m.wrapSeconds, csat: m.csat, resolved: m.resolved, finalMood: m.finalMood)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(scenario, forKey: .scenario)
        try container.encode(language, forKey: .language)
        try container.encode(score, forKey: .score)
        try container.encode(passed, forKey: .passed)
        try container.encode(passMark, forKey: .passMark)
        try container.encode(autoFail, forKey: .autoFail)
        try container.encode(sections, forKey: .sections)
        try container.encode(rules, forKey: .rules)
        try container.encode(metrics, forKey: .metrics)
    }
}
