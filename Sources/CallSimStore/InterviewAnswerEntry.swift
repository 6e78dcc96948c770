import CallSimCore

/// One question of a recorded interview, as written and read back.
public struct InterviewAnswerEntry: Sendable, Hashable {
    /// 0-based position in the interview.
    public var position: Int
    /// The question's id in its bank.
    public var questionId: String
    /// The question's kind.
    public var questionKind: QuestionKind
    /// The question as the interviewer asked it.
    public var question: String
    /// The answer's lines, joined by line breaks.
    public var answer: String
    /// Answered, skipped, or partial (being typed when the program stopped).
    public var status: AnswerStatus
    /// What was observed in the answer; nil while partial or when skipped.
    public var insights: AnswerInsights?
    /// Practice aids used before answering: `hint`, `model`.
    public var aids: [String]

    /// Creates an entry.
    public init(
        position: Int, questionId: String, questionKind: QuestionKind, question: String, answer: String,
        status: AnswerStatus, insights: AnswerInsights? = nil, aids: [String] = []
    ) {
        self.position = position
        self.questionId = questionId
        self.questionKind = questionKind
        self.question = question
        self.answer = answer
        self.status = status
        self.insights = insights
        self.aids = aids
    }

    /// The entry for a question answered or skipped in a session.
    public init(_ answered: AnsweredQuestion) {
        self.init(
            position: answered.position, questionId: answered.question.id, questionKind: answered.question.kind,
            question: answered.question.ask, answer: answered.answer, status: answered.status,
            insights: answered.insights, aids: answered.aids)
    }
}

/// A recorded interview's answers in figures, for `callsim history`.
public struct InterviewTally: Sendable, Hashable {
    /// Questions answered.
    public var answered: Int
    /// Questions skipped.
    public var skipped: Int
    /// Answers cut off while being typed.
    public var partial: Int
    /// Talking points covered over the answers.
    public var pointsCovered: Int
    /// Talking points the answered questions had.
    public var pointsTotal: Int

    /// Creates a tally.
    public init(answered: Int, skipped: Int, partial: Int, pointsCovered: Int, pointsTotal: Int) {
        self.answered = answered
        self.skipped = skipped
        self.partial = partial
        self.pointsCovered = pointsCovered
        self.pointsTotal = pointsTotal
    }
}
