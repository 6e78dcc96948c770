/// One interview as a state machine: asks the chosen questions in turn, collects each answer
/// line by line until an empty line or `/done`, and analyses it.
///
/// Pure: input comes in as ``InterviewInput`` values and everything to show or record goes
/// out as ``InterviewEvent`` values, so a piped run, a terminal run and a test behave alike.
public struct InterviewSession: Sendable {
    /// The largest answer kept, in UTF-8 bytes; a longer one is ended at the last whole line that fits.
    public static let maximumAnswerBytes = 1_048_576

    /// The bank the questions come from.
    public let bank: QuestionBank
    /// The questions, in the order they are asked.
    public let questions: [InterviewQuestion]
    /// Practice or mock.
    public let mode: InterviewMode
    private let analyzer: AnswerAnalyzer
    /// The 0-based index of the open question.
    public private(set) var position = 0
    /// The lines typed so far for the open question.
    public private(set) var draft: [String] = []
    /// Practice aids used on the open question.
    private var aids: [String] = []
    /// Every question answered or skipped so far.
    public private(set) var answers: [AnsweredQuestion] = []
    /// True once the interview is over.
    public private(set) var isFinished = false
    /// True when the candidate left before the last question was done.
    public private(set) var leftEarly = false

    /// An interview of `questions` from `bank`.
    public init(bank: QuestionBank, questions: [InterviewQuestion], mode: InterviewMode, analyzer: AnswerAnalyzer? = nil) {
        self.bank = bank
        self.questions = questions
        self.mode = mode
        self.analyzer = analyzer ?? AnswerAnalyzer(bank: bank)
    }

    /// The question being answered, nil once the interview is over.
    public var currentQuestion: InterviewQuestion? {
        isFinished || position >= questions.count ? nil : questions[position]
    }

    /// The opening words and the first question.
    public mutating func start() -> [InterviewEvent] {
        var events: [InterviewEvent] = []
        if !bank.intro.isEmpty { events.append(.intro(bank.intro)) }
        guard !questions.isEmpty else { return events + finish(early: false) }
        events.append(ask())
        return events
    }

    /// Handles one typed line.
    public mutating func handle(_ input: InterviewInput) -> [InterviewEvent] {
        guard let question = currentQuestion else { return [] }
        switch input {
        case .text(let line):
            return add(line, to: question)
        case .blank:
            return draft.isEmpty ? [.emptyAnswer] : complete(question)
        case .unknownCommand(let text):
            return [.unknownCommand(text)]
        case .command(let command):
            switch command {
            case .done:
                return draft.isEmpty ? [.emptyAnswer] : complete(question)
            case .skip:
                // Lines typed before /skip are kept with the skipped question: nothing typed is lost.
                let typed = draft.joined(separator: "\n")
                return record(AnsweredQuestion(position: position, question: question, answer: typed, status: .skipped, insights: nil, aids: aids))
            case .repeat:
                return [ask()]
            case .help:
                return [.help(mode)]
            case .hint, .model:
                guard mode == .practice else { return [.practiceOnly(command)] }
                if !aids.contains(command.rawValue) { aids.append(command.rawValue) }
                return [command == .hint ? .hint(question.hint) : .model(question.model)]
            case .quit:
                return stop()
            }
        }
    }

    /// Standard input ended (Ctrl-D, or the end of a piped script): the answer being typed is
    /// kept as an answer, and the interview ends.
    public mutating func endOfInput() -> [InterviewEvent] {
        guard !isFinished else { return [] }
        return stop()
    }

    /// Observations over every answer so far.
    public var report: InterviewReport {
        InterviewReport(bankTitle: bank.title, mode: mode, planned: questions.count, answers: answers, leftEarly: leftEarly)
    }

    // MARK: - Steps

    private func ask() -> InterviewEvent {
        .question(number: position + 1, total: questions.count, question: questions[position])
    }

    private mutating func add(_ line: String, to question: InterviewQuestion) -> [InterviewEvent] {
        let used = draft.reduce(0) { $0 + $1.utf8.count + 1 }
        guard used + line.utf8.count <= Self.maximumAnswerBytes else {
            return [.answerLimitReached(bytes: Self.maximumAnswerBytes)] + (draft.isEmpty ? [] : complete(question))
        }
        draft.append(line)
        return [.draft(position: position, question: question, text: draft.joined(separator: "\n"))]
    }

    private mutating func complete(_ question: InterviewQuestion) -> [InterviewEvent] {
        let answer = draft.joined(separator: "\n")
        guard WordCounter.count(answer) > 0 else {
            draft = []
            return [.emptyAnswer]
        }
        let insights = analyzer.analyze(answer, question: question)
        return record(AnsweredQuestion(position: position, question: question, answer: answer, status: .answered, insights: insights, aids: aids))
    }

    private mutating func record(_ answered: AnsweredQuestion) -> [InterviewEvent] {
        answers.append(answered)
        draft = []
        aids = []
        position += 1
        guard position < questions.count else { return [.answered(answered)] + finish(early: false) }
        return [.answered(answered), ask()]
    }

    private mutating func stop() -> [InterviewEvent] {
        var events: [InterviewEvent] = []
        if let question = currentQuestion, !draft.isEmpty, WordCounter.count(draft.joined(separator: "\n")) > 0 {
            let answer = draft.joined(separator: "\n")
            let answered = AnsweredQuestion(
                position: position, question: question, answer: answer, status: .answered,
                insights: analyzer.analyze(answer, question: question), aids: aids)
            answers.append(answered)
            position += 1
            events.append(.answered(answered))
        }
        draft = []
        return events + finish(early: position < questions.count)
    }

    private mutating func finish(early: Bool) -> [InterviewEvent] {
        isFinished = true
        leftEarly = early
        var events: [InterviewEvent] = []
        if !early, !bank.closing.isEmpty { events.append(.closing(bank.closing)) }
        events.append(.finished(report))
        return events
    }
}
