/// What kind of question an interviewer asks, which decides the insights an answer gets.
public enum QuestionKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// About the candidate: background, motivation, strengths.
    case general
    /// A question with a right answer: a term, a metric, a technology. Facts are checked.
    case knowledge
    /// "Tell me about a time when…": best answered in STAR form, whose parts are checked.
    case behavioural
    /// A short call played out: the candidate answers as the agent would speak.
    case rolePlay = "role-play"
}

/// A word or phrase of the job (AHT, first-contact resolution, empathy…) and the phrases
/// that show it was used.
public struct JobTerm: Sendable, Hashable {
    /// The id rubrics refer to, such as `aht`.
    public var id: String
    /// How the term is shown to the candidate: "AHT (average handle time)".
    public var label: String
    /// Patterns in the phrasebook syntax that evidence the term.
    public var phrases: [PhraseEntry]
    /// Where the term is declared.
    public var location: SourceLocation?

    /// Creates a term.
    public init(id: String, label: String, phrases: [PhraseEntry], location: SourceLocation? = nil) {
        self.id = id
        self.label = label
        self.phrases = phrases
        self.location = location
    }
}

/// Something a good answer says, with the phrases that evidence it. Talking points and
/// knowledge facts share this shape.
public struct RubricItem: Sendable, Hashable {
    /// The id, unique within its question.
    public var id: String
    /// What the item asks for, in a few words shown to the candidate.
    public var label: String
    /// Patterns that show the answer covers the item.
    public var phrases: [PhraseEntry]
    /// Patterns that show the answer states the item wrongly (facts only; may be empty).
    public var wrong: [PhraseEntry]
    /// Where the item is written.
    public var location: SourceLocation?

    /// Creates an item.
    public init(id: String, label: String, phrases: [PhraseEntry], wrong: [PhraseEntry] = [], location: SourceLocation? = nil) {
        self.id = id
        self.label = label
        self.phrases = phrases
        self.wrong = wrong
        self.location = location
    }
}

/// How an answer to one question is judged: the talking points, the job terms expected, and
/// for knowledge questions the facts a correct answer states.
public struct Rubric: Sendable, Hashable {
    /// Points a strong answer covers.
    public var points: [RubricItem]
    /// Ids of the bank's job terms the answer is expected to use.
    public var terms: [String]
    /// Facts a correct answer states (knowledge questions).
    public var facts: [RubricItem]

    /// Creates a rubric.
    public init(points: [RubricItem] = [], terms: [String] = [], facts: [RubricItem] = []) {
        self.points = points
        self.terms = terms
        self.facts = facts
    }
}

/// One interview question with its rubric, hint and model answer.
public struct InterviewQuestion: Sendable, Hashable {
    /// The id, unique within the bank.
    public var id: String
    /// The kind of question.
    public var kind: QuestionKind
    /// What the interviewer says.
    public var ask: String
    /// A hint for practice mode.
    public var hint: String
    /// A model answer for practice mode.
    public var model: String
    /// How answers are judged.
    public var rubric: Rubric
    /// Where the question is written.
    public var location: SourceLocation?

    /// Creates a question.
    public init(
        id: String, kind: QuestionKind, ask: String, hint: String = "", model: String = "",
        rubric: Rubric = Rubric(), location: SourceLocation? = nil
    ) {
        self.id = id
        self.kind = kind
        self.ask = ask
        self.hint = hint
        self.model = model
        self.rubric = rubric
        self.location = location
    }
}

/// A set of interview questions in one language, with the job terms and STAR cues its
/// rubrics use. Read from a `kind: interview` file under `scenarios/`.
public struct QuestionBank: Sendable, Hashable {
    /// The bank's id, such as `interview-en`.
    public var id: String
    /// A title for menus and history.
    public var title: String
    /// ISO 639-1 code: `en`, `ar`, `fa`.
    public var language: String
    /// The interviewer's name, shown before their lines.
    public var interviewer: String
    /// What the interviewer says before the first question.
    public var intro: String
    /// What the interviewer says after the last question.
    public var closing: String
    /// The job terms rubrics may refer to.
    public var terms: [JobTerm]
    /// Phrases that signal each part of a STAR answer.
    public var star: StarCues
    /// The questions, in the order an interview asks them.
    public var questions: [InterviewQuestion]
    /// The file the bank was read from.
    public var path: String
    /// A hash of the file, to tell its versions apart.
    public var fileHash: String?

    /// Creates a bank.
    public init(
        id: String, title: String, language: String, interviewer: String = "Interviewer", intro: String = "",
        closing: String = "", terms: [JobTerm] = [], star: StarCues = StarCues(), questions: [InterviewQuestion],
        path: String = "", fileHash: String? = nil
    ) {
        self.id = id
        self.title = title
        self.language = language
        self.interviewer = interviewer
        self.intro = intro
        self.closing = closing
        self.terms = terms
        self.star = star
        self.questions = questions
        self.path = path
        self.fileHash = fileHash
    }

    /// The term with this id.
    public func term(_ id: String) -> JobTerm? { terms.first { $0.id == id } }

    /// The question with this id.
    public func question(_ id: String) -> InterviewQuestion? { questions.first { $0.id == id } }
}
