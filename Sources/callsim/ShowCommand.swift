import ArgumentParser
import CallSimCore
import CallSimStore
import CallSimTerminal

/// `callsim show SESSION [--transcript]`: one recorded call.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one recorded call: its transcript and scorecard.",
        discussion: "With --transcript, print the call in the transcript text form, ready for `callsim grade`.")

    @Argument(help: "The session id, as listed by `callsim history`.")
    var session: Int64

    @Flag(help: "Print the call in the transcript text form (CONTRACTS §3) instead.")
    var transcript = false

    @Option(help: "text or json (the scorecard as `callsim grade` prints it).")
    var format: OutputFormat = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            let stored: StoredSession
            do {
                guard let found = try store.session(session) else {
                    throw CLIError("no session \(session); `callsim history` lists the recorded calls")
                }
                stored = found
            } catch let error as StoreError {
                throw CLIError(error.description)
            }
            if stored.kind == CallStore.interviewKind {
                try InterviewShow.run(stored, store: store, transcript: transcript, format: format)
                return
            }
            let library = global.contentLibrary()
            let scenario = stored.scenarioId.flatMap { library.scenario(id: $0).value }
            if transcript {
                Output.out(TranscriptTextFormat.write(SessionExport.transcript(of: stored, scenario: scenario)), terminator: "")
                return
            }
            let card = SessionExport.scorecard(of: stored, scenario: scenario)
            switch format {
            case .json:
                guard let card else { throw CLIError("session \(session) was cut off before it ended, so it has no scorecard") }
                Output.out(try JSONOutput.encode(GradeReport(scorecard: card, file: nil, scenario: stored.scenarioId, language: stored.language)))
            case .text:
                let style = TerminalStyle.detect()
                Output.out(SessionPresenter.lines(stored, customer: scenario?.persona.name ?? "Customer", style: style))
                if let card {
                    Output.out("")
                    Output.out(ScorecardPresenter.lines(card, title: stored.scenarioTitle, style: style))
                }
                // Trainers' verdicts and coaching notes (callsim review), when there are any.
                Output.out(ReviewNotesPresenter.lines((try? store.reviews(session: session)) ?? [], of: stored, style: style))
            }
        }
    }
}
