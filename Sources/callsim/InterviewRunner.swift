import CallSimContent
import CallSimCore
import CallSimStore
import CallSimTerminal
import Foundation

/// Runs one interview: picks the bank and the questions, asks them, reads each answer until
/// an empty line or /done, records every line as it is typed, and shows feedback (practice)
/// or the report (mock).
struct InterviewRunner {
    var trainee: String
    var questionCount: Int
    var mode: InterviewMode
    var language: String
    var seed: UInt64
    var bankID: String?
    var global: GlobalOptions

    func run() throws {
        let library = global.contentLibrary()
        let bank = try Self.bank(library: library, id: bankID, language: language)
        let interactive = standardInputIsTerminal
        let style = TerminalStyle.detect()
        let questions = QuestionSelection.choose(questionCount, from: bank, seed: seed)
        if questionCount > bank.questions.count {
            Output.err("callsim: the bank `\(bank.id)` has \(bank.questions.count) questions; all of them are asked")
        }
        let store = try global.openStore()
        let recorder = try InterviewRecorder(store: store, bank: bank, trainee: trainee, mode: mode, seed: seed)
        let reader = makeLineReader(
            historyFile: interactive ? ReadlineLineReader.defaultHistoryFile() : nil,
            completion: CompletionCatalog(commands: InterviewSlashCommand.names, arguments: [:]))

        var session = InterviewSession(bank: bank, questions: questions, mode: mode)
        Output.out(InterviewPresenter.header(bank: bank, mode: mode, questions: questions.count, seed: seed, style: style))
        try show(session.start(), bank: bank, recorder: recorder, style: style)
        while !session.isFinished {
            let prompt = style.cyan(session.draft.isEmpty ? "you> " : "...> ")
            let input = reader.read(prompt: prompt)
            for warning in reader.takeWarnings() { Output.err("callsim: \(warning)") }
            switch input {
            case .interrupted:
                // Ctrl-C cleared the line being typed; the lines typed before it are kept.
                continue
            case .endOfInput:
                try show(session.endOfInput(), bank: bank, recorder: recorder, style: style)
            case .line(let line):
                let parsed = InterviewInput.parse(line)
                if parsed != .blank { reader.remember(line) }
                try show(session.handle(parsed), bank: bank, recorder: recorder, style: style)
            }
        }
        Output.out(style.dim("Recorded as session \(recorder.sessionID): callsim show \(recorder.sessionID)"))
    }

    /// The bank to use, or a one-line error that says what to do.
    static func bank(library: ContentLibrary, id: String?, language: String) throws -> QuestionBank {
        let result = library.questionBank(id: id, language: language)
        if let bank = result.value { return bank }
        let errors = result.diagnostics.filter { $0.severity == .error }
        if let broken = errors.first(where: { !$0.location.path.isEmpty }) {
            throw CLIError("the question bank \(broken.location.path) has errors; run `callsim interview lint \(broken.location.path)` to see them")
        }
        throw CLIError(errors.last?.message ?? "no question bank in `\(language)`")
    }

    /// Prints the events and records what they carry, as they happen.
    private func show(_ events: [InterviewEvent], bank: QuestionBank, recorder: InterviewRecorder, style: TerminalStyle) throws {
        for event in events {
            switch event {
            case .draft(let position, let question, let text):
                try recorder.draft(position: position, question: question, text: text)
            case .answered(let answered):
                try recorder.answered(answered)
                if mode == .practice {
                    let title = answered.status == .skipped ? "Skipped." : "What your answer covered:"
                    Output.out([""] + [style.bold(title)])
                    if answered.status != .skipped {
                        Output.out(InterviewInsightsPresenter.lines(
                            answered.insights, status: answered.status, kind: answered.question.kind, aids: answered.aids, style: style))
                    }
                }
            case .finished(let report):
                try recorder.finish(leftEarly: report.leftEarly)
                Output.out(InterviewReportPresenter.lines(
                    title: bank.title, items: InterviewReportPresenter.items(report), planned: report.planned,
                    leftEarly: report.leftEarly, perQuestion: mode == .mock, style: style))
            default:
                let (out, err) = InterviewPresenter.render(event, interviewer: bank.interviewer, mode: mode, style: style)
                Output.out(out)
                Output.err(err)
            }
        }
    }
}
