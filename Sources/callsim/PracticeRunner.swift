import CallSimContent
import CallSimCore
import CallSimStore
import CallSimTerminal
import Foundation

/// Runs one practice call: chooses the scenario, shows the brief, plays the customer turn
/// by turn while recording every turn, then scores, records and prints the scorecard.
struct PracticeRunner {
    var scenarioID: String?
    var trainee: String
    var seed: UInt64
    var mode: PracticeMode
    var language: String?
    var format: OutputFormat
    var global: GlobalOptions

    func run() throws {
        let selection = ScenarioSelection(library: global.contentLibrary())
        let interactive = standardInputIsTerminal
        let style = TerminalStyle.detect()
        let reader = makeLineReader(
            historyFile: interactive ? ReadlineLineReader.defaultHistoryFile() : nil,
            completion: .empty)

        // With --format json, standard output holds only the scorecard; the call goes to standard error.
        let talk: ([String]) -> Void = format == .json ? { Output.err($0) } : { Output.out($0) }
        let scenario: Scenario
        if let scenarioID {
            scenario = try selection.scenario(id: scenarioID)
            try ScenarioPracticeGate(library: selection.library).check(scenario)
        } else {
            scenario = try chooseScenario(selection.practicable(language: language), reader: reader, style: style, interactive: interactive, talk: talk)
        }
        let phrasebook = try selection.phrasebook(for: scenario)
        let store = try global.openStore()
        (reader as? ReadlineLineReader)?.completion = CompletionCatalog.forCall(scenario)

        let configuration = SessionConfiguration(practice: scenario, phrasebook: phrasebook, mode: mode, seed: seed)
        var session = CallSession(configuration: configuration)
        let presenter = CallPresenter(style: style, echoTrainee: !interactive, customerName: scenario.persona.name, coach: mode == .coach)
        let recorder = try CallRecorder(store: store, scenario: scenario, trainee: trainee, mode: mode, seed: seed)

        talk(BriefPresenter.lines(for: scenario, mode: mode, seed: seed, style: style) + [""])
        try show(session.start(), session: &session, presenter: presenter, recorder: recorder, scenario: scenario, style: style, talk: talk)

        var wrapUpPrompted = false
        loop: while true {
            if session.hasEnded {
                if session.endReason == .traineeQuit { break loop }
                if !wrapUpPrompted {
                    talk([style.dim("Write your wrap-up notes (/notes TEXT, or just type them); an empty line finishes.")])
                    wrapUpPrompted = true
                }
            }
            let prompt = session.hasEnded ? style.cyan("notes> ") : style.cyan("you> ")
            let shownAt = Date()
            let input = reader.read(prompt: prompt)
            for warning in reader.takeWarnings() { Output.err("callsim: \(warning)") }
            switch input {
            case .interrupted:
                continue loop
            case .endOfInput:
                if !session.hasEnded {
                    try show(session.advance(.command(.quit)), session: &session, presenter: presenter, recorder: recorder, scenario: scenario, style: style, talk: talk)
                }
                break loop
            case .line(let line):
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty {
                    if session.hasEnded { break loop }
                    continue loop
                }
                reader.remember(trimmed)
                let parsed: TraineeInput
                do {
                    parsed = try TraineeInput.parse(trimmed)
                } catch {
                    Output.err("callsim: \(error.message)")
                    continue loop
                }
                if case .command(.brief) = parsed {
                    talk(BriefPresenter.lines(for: scenario, mode: mode, seed: seed, style: style))
                    continue loop
                }
                let thinking = interactive ? Self.thinkingSeconds(since: shownAt, typed: trimmed) : nil
                let events = session.advance(parsed, thinkingSeconds: thinking)
                try show(events, session: &session, presenter: presenter, recorder: recorder, scenario: scenario, style: style, talk: talk)
                if session.hasEnded, session.turns.last?.command.map({ if case .notes = $0 { true } else { false } }) == true {
                    break loop
                }
            }
        }

        let card = session.finish(reason: .traineeQuit)
        try recorder.finish(session: session, scorecard: card)
        switch format {
        case .json:
            Output.out(try JSONOutput.encode(GradeReport(scorecard: card, file: nil, scenario: scenario.id, language: scenario.language)))
        case .text:
            Output.out("")
            Output.out(ScorecardPresenter.lines(card, title: scenario.title, style: style))
            if !scenario.modelLines.isEmpty, !card.passed || mode == .coach {
                Output.out(["", style.bold("What a strong agent might say:")] + scenario.modelLines.map { "  “\(TerminalText.sanitize($0))”" })
            }
            Output.out(style.dim("Recorded as session \(recorder.sessionID): callsim show \(recorder.sessionID)"))
        }
    }

    /// Prints events and records every new turn as it happens.
    private func show(
        _ events: [SessionEvent], session: inout CallSession, presenter: CallPresenter, recorder: CallRecorder,
        scenario: Scenario, style: TerminalStyle, talk: ([String]) -> Void
    ) throws {
        try recorder.record(newTurnsOf: session)
        for event in events {
            if case .brief = event {
                talk(BriefPresenter.lines(for: scenario, mode: mode, seed: seed, style: style))
                continue
            }
            let (out, err) = presenter.render(event)
            talk(out)
            Output.err(err)
        }
    }

    /// The silence before a line: the time since the prompt appeared, less the time it takes to type it.
    static func thinkingSeconds(since start: Date, typed line: String) -> Double {
        let elapsed = Date().timeIntervalSince(start)
        let words = Double(max(1, line.split(separator: " ").count))
        let typing = words / CallClock.typingRate * 60
        return max(0, ((elapsed - typing) * 10).rounded() / 10)
    }

    private func chooseScenario(
        _ scenarios: [Scenario], reader: LineReading, style: TerminalStyle, interactive: Bool, talk: ([String]) -> Void
    ) throws -> Scenario {
        guard !scenarios.isEmpty else {
            throw CLIError("no scenarios to practise\(language.map { " in `\($0)`" } ?? ""); run `callsim scenario list` to see what is installed")
        }
        talk(ScenarioMenu.lines(for: scenarios, style: style))
        while true {
            switch reader.read(prompt: style.cyan("number> ")) {
            case .interrupted:
                continue
            case .endOfInput:
                throw CLIError("no scenario chosen; type a number from the menu, or name one: callsim practice ID")
            case .line(let answer):
                if let chosen = ScenarioMenu.choice(answer, from: scenarios) { return chosen }
                let message = "'\(TerminalText.sanitize(answer))' is not on the menu; type a number from 1 to \(scenarios.count)"
                guard interactive else { throw CLIError(message) }
                Output.err("callsim: \(message)")
            }
        }
    }
}

extension CompletionCatalog {
    /// In-call commands, with transfer targets and action names as their arguments.
    static func forCall(_ scenario: Scenario) -> CompletionCatalog {
        CompletionCatalog(
            commands: InCallCommand.names,
            arguments: ["/transfer": scenario.transfers.map(\.id), "/action": scenario.actions.map(\.name)])
    }
}
