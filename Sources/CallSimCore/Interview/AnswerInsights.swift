/// A rubric item (talking point or fact) found in an answer, with the candidate's own words.
public struct FoundItem: Sendable, Codable, Hashable {
    /// The item's id.
    public var id: String
    /// The item's label.
    public var label: String
    /// The words of the answer that evidence it.
    public var evidence: String

    /// Creates a found item.
    public init(id: String, label: String, evidence: String) {
        self.id = id
        self.label = label
        self.evidence = evidence
    }
}

/// A rubric item or term an answer did not have.
public struct MissingItem: Sendable, Codable, Hashable {
    /// The item's id.
    public var id: String
    /// The item's label.
    public var label: String

    /// Creates a missing item.
    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

/// A job term used in an answer.
public struct TermUse: Sendable, Codable, Hashable {
    /// The term's id.
    public var id: String
    /// The term's label.
    public var label: String
    /// How many times it was used.
    public var count: Int
    /// The first words that used it.
    public var evidence: String

    /// Creates a term use.
    public init(id: String, label: String, count: Int, evidence: String) {
        self.id = id
        self.label = label
        self.count = count
        self.evidence = evidence
    }
}

/// The STAR parts found in an answer to a behavioural question.
public struct StarInsight: Sendable, Codable, Hashable {
    /// Each part found, in STAR order, with the words that signal it.
    public var present: [StarEvidence]
    /// The parts not found, in STAR order.
    public var missing: [StarPart]

    /// Creates an insight.
    public init(present: [StarEvidence], missing: [StarPart]) {
        self.present = present
        self.missing = missing
    }
}

/// One STAR part and the words that signal it.
public struct StarEvidence: Sendable, Codable, Hashable {
    /// The part.
    public var part: StarPart
    /// The candidate's words.
    public var evidence: String

    /// Creates evidence.
    public init(part: StarPart, evidence: String) {
        self.part = part
        self.evidence = evidence
    }
}

/// Everything observed in one answer. Observations only: what was said and how much, never a
/// verdict on the candidate.
public struct AnswerInsights: Sendable, Codable, Hashable {
    /// The length and the estimated speaking time.
    public var length: SpeakingTime
    /// Talking points the answer covers, with evidence.
    public var pointsCovered: [FoundItem]
    /// Talking points it does not.
    public var pointsMissed: [MissingItem]
    /// Every job term of the bank the answer uses.
    public var termsUsed: [TermUse]
    /// Terms the rubric expects that the answer does not use.
    public var termsMissed: [MissingItem]
    /// Filler words.
    public var fillers: FillerCount
    /// STAR parts, for behavioural questions (nil otherwise).
    public var star: StarInsight?
    /// Facts stated, for knowledge questions.
    public var factsRight: [FoundItem]
    /// Facts not stated, for knowledge questions.
    public var factsMissing: [MissingItem]
    /// Facts stated wrongly, for knowledge questions.
    public var factsWrong: [FoundItem]
    /// The most-used words, stop words left out.
    public var topWords: [WordUse]

    /// Creates insights.
    public init(
        length: SpeakingTime, pointsCovered: [FoundItem] = [], pointsMissed: [MissingItem] = [],
        termsUsed: [TermUse] = [], termsMissed: [MissingItem] = [],
        fillers: FillerCount = FillerCount(total: 0, per100Words: 0, uses: []), star: StarInsight? = nil,
        factsRight: [FoundItem] = [], factsMissing: [MissingItem] = [], factsWrong: [FoundItem] = [],
        topWords: [WordUse] = []
    ) {
        self.length = length
        self.pointsCovered = pointsCovered
        self.pointsMissed = pointsMissed
        self.termsUsed = termsUsed
        self.termsMissed = termsMissed
        self.fillers = fillers
        self.star = star
        self.factsRight = factsRight
        self.factsMissing = factsMissing
        self.factsWrong = factsWrong
        self.topWords = topWords
    }
}
