import CallSimCore

/// The interview as it unfolds: the header, the interviewer's lines, the questions, and the
/// replies to commands. Feedback on answers is ``InterviewInsightsPresenter``'s.
public enum InterviewPresenter {
    /// The lines shown before the interview starts.
    public static func header(bank: QuestionBank, mode: InterviewMode, questions: Int, seed: UInt64, style: TerminalStyle) -> [String] {
        let what = mode == .practice ? "practice mode: feedback after each answer" : "mock mode: a report at the end"
        var lines = [
            style.bold("Interview rehearsal — \(TerminalText.sanitize(bank.title))"),
            style.dim("\(questions) question\(questions == 1 ? "" : "s") · \(what) · seed \(seed)"),
            "Answer in as many lines as you like; an empty line or /done ends the answer.",
            "Commands: " + commandList(mode),
        ]
        if mode == .mock { lines.append(style.dim("The answers are observed, not scored: the report lists what each one covered.")) }
        return lines
    }

    /// The commands available in `mode`.
    static func commandList(_ mode: InterviewMode) -> String {
        InterviewSlashCommand.allCases.filter { mode == .practice || !$0.isPracticeOnly }.map { "/" + $0.rawValue }.joined(separator: " ")
    }

    /// What to show for one event (standard output), and any message for standard error.
    /// Answers (`answered`) and the end (`finished`) are left to the insights presenters;
    /// `draft` shows nothing.
    public static func render(_ event: InterviewEvent, interviewer: String, mode: InterviewMode, style: TerminalStyle) -> (out: [String], err: [String]) {
        let name = style.bold(TerminalText.sanitize(interviewer))
        let clean = { (text: String) in TerminalText.sanitize(text) }
        switch event {
        case .intro(let text):
            return (["", "\(name): \(clean(text))"], [])
        case .question(let number, let total, let question):
            return (["", style.dim("Question \(number) of \(total) · \(question.kind.rawValue)"), "\(name): \(clean(question.ask))"], [])
        case .hint(let text):
            return ([style.yellow("Hint: ") + clean(text)], [])
        case .model(let text):
            return ([style.yellow("A model answer:")] + clean(text).split(separator: "\n").map { "  " + $0 }, [])
        case .practiceOnly(let command):
            return ([], ["callsim: /\(command.rawValue) is only available in practice mode (--mode practice); in a mock interview you answer on your own"])
        case .emptyAnswer:
            return ([], ["callsim: the answer is empty; type your answer, then an empty line or /done (/skip moves on)"])
        case .unknownCommand(let text):
            return ([], ["callsim: unknown command \(clean(text)); the commands are " + commandList(mode)])
        case .help(let mode):
            return (helpLines(mode), [])
        case .answerLimitReached(let bytes):
            return ([], ["callsim: the answer reached the \(bytes / 1_048_576) MB limit; it was ended at the last line that fit"])
        case .closing(let text):
            return (["", "\(name): \(clean(text))"], [])
        case .draft, .answered, .finished:
            return ([], [])
        }
    }

    /// The commands and what they do.
    public static func helpLines(_ mode: InterviewMode) -> [String] {
        var lines = [
            "  /done     end the answer (an empty line does too)",
            "  /skip     move on without answering",
            "  /repeat   hear the question again",
        ]
        if mode == .practice {
            lines += ["  /hint     a hint for this question", "  /model    a model answer"]
        }
        lines += ["  /help     this list", "  /quit     end the interview; what you answered is kept"]
        return lines
    }
}
