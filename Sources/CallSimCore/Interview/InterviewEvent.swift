/// What happened to one question of an interview.
public enum AnswerStatus: String, Sendable, Codable, Hashable {
    /// The candidate answered.
    case answered
    /// The candidate moved on with `/skip`.
    case skipped
    /// The answer was being typed when the program stopped (only ever read back from a record).
    case partial
}

/// One question as it was asked and answered.
public struct AnsweredQuestion: Sendable, Hashable {
    /// 0-based position in the interview.
    public var position: Int
    /// The question.
    public var question: InterviewQuestion
    /// The answer's lines, joined by line breaks (empty when skipped).
    public var answer: String
    /// Answered or skipped.
    public var status: AnswerStatus
    /// What was observed in the answer (nil when skipped).
    public var insights: AnswerInsights?
    /// The practice aids used before answering: `hint`, `model`.
    public var aids: [String]

    /// Creates an answered question.
    public init(
        position: Int, question: InterviewQuestion, answer: String, status: AnswerStatus, insights: AnswerInsights?,
        aids: [String] = []
    ) {
        self.position = position
        self.question = question
        self.answer = answer
        self.status = status
        self.insights = insights
        self.aids = aids
    }
}

/// What an interview shows or records in answer to the candidate's input.
public enum InterviewEvent: Sendable, Hashable {
    /// The interviewer's opening words.
    case intro(String)
    /// A question, asked for the first time or again: number is 1-based.
    case question(number: Int, total: Int, question: InterviewQuestion)
    /// A hint for the open question.
    case hint(String)
    /// The model answer for the open question.
    case model(String)
    /// The command exists only in practice mode.
    case practiceOnly(InterviewSlashCommand)
    /// The candidate finished an answer that holds no words.
    case emptyAnswer
    /// A line that looks like a command but is not one.
    case unknownCommand(String)
    /// The list of commands.
    case help(InterviewMode)
    /// The answer being typed changed: record it so nothing is lost.
    case draft(position: Int, question: InterviewQuestion, text: String)
    /// The answer reached the size limit and was ended there.
    case answerLimitReached(bytes: Int)
    /// A question was answered or skipped.
    case answered(AnsweredQuestion)
    /// The interviewer's closing words.
    case closing(String)
    /// The interview is over.
    case finished(InterviewReport)
}
