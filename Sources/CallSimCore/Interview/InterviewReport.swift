/// Observations over a whole interview: the answers with their insights, and totals.
public struct InterviewReport: Sendable, Hashable {
    /// The bank's title.
    public var bankTitle: String
    /// Practice or mock.
    public var mode: InterviewMode
    /// Questions the interview planned to ask.
    public var planned: Int
    /// Every question answered or skipped, in order.
    public var answers: [AnsweredQuestion]
    /// True when the candidate left before the end.
    public var leftEarly: Bool

    /// Creates a report.
    public init(bankTitle: String, mode: InterviewMode, planned: Int, answers: [AnsweredQuestion], leftEarly: Bool) {
        self.bankTitle = bankTitle
        self.mode = mode
        self.planned = planned
        self.answers = answers
        self.leftEarly = leftEarly
    }

    /// The totals over every answer.
    public var totals: InterviewTotals {
        InterviewTotals(answers.map { ($0.status, $0.insights) })
    }
}

/// Figures over the answers of an interview, live or recorded.
public struct InterviewTotals: Sendable, Hashable {
    /// Questions answered (cut-off answers included).
    public var answered = 0
    /// Questions skipped.
    public var skipped = 0
    /// Words over every answer.
    public var words = 0
    /// Answers under 30 s.
    public var shortAnswers = 0
    /// Answers over 2 min.
    public var longAnswers = 0
    /// Talking points covered.
    public var pointsCovered = 0
    /// Talking points of the answered questions.
    public var points = 0
    /// Facts stated.
    public var factsRight = 0
    /// Facts of the answered knowledge questions.
    public var facts = 0
    /// STAR parts found in behavioural answers.
    public var starParts = 0
    /// Behavioural answers.
    public var behaviouralAnswers = 0
    /// Distinct job terms used, by label, in order of first use.
    public var termsUsed: [String] = []
    /// Fillers over every answer.
    public var fillers = 0

    /// Totals over answers given as their status and insights.
    public init(_ answers: [(status: AnswerStatus, insights: AnswerInsights?)]) {
        var seen = Set<String>()
        for (status, insights) in answers {
            if status == .skipped { skipped += 1 } else { answered += 1 }
            guard let insights else { continue }
            words += insights.length.words
            if insights.length.flag == .short { shortAnswers += 1 }
            if insights.length.flag == .long { longAnswers += 1 }
            pointsCovered += insights.pointsCovered.count
            points += insights.pointsCovered.count + insights.pointsMissed.count
            factsRight += insights.factsRight.count
            facts += insights.factsRight.count + insights.factsMissing.count
            if let star = insights.star {
                starParts += star.present.count
                behaviouralAnswers += 1
            }
            termsUsed += insights.termsUsed.map(\.label).filter { seen.insert($0).inserted }
            fillers += insights.fillers.total
        }
    }

    /// The estimated speaking time of every answer together.
    public var speakingTime: SpeakingTime { SpeakingTime(words: words) }

    /// Fillers per 100 words over every answer, to one decimal place.
    public var fillersPer100Words: Double { words > 0 ? (Double(fillers) * 1000 / Double(words)).rounded() / 10 : 0 }
}
