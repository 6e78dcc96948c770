import ArgumentParser
import CallSimStore
import CallSimTerminal
import Foundation

/// `callsim replay SESSION [--speed X]`: a recorded call played back line by line.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Play a recorded call back line by line, with the findings where they happened.",
        discussion: """
            Lines come at the pace they were recorded, scaled by --speed (2 is twice as fast); no \
            wait is longer than \(Int(ReplayPresenter.longestWait)) seconds. --speed 0 prints the whole call at once.
            """)

    @Argument(help: "The session id, as listed by `callsim history` or a report.")
    var session: Int64

    @Option(help: ArgumentHelp("Playback speed: 1 is as recorded, 0 prints everything at once.", valueName: "x"))
    var speed: Double = 1

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard speed >= 0, speed.isFinite else { throw ValidationError("--speed must be 0 or more, e.g. --speed 2") }
    }

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            let stored: StoredSession
            let reviews: [Review]
            do {
                guard let found = try store.session(session) else {
                    throw CLIError("no session \(session); `callsim history` lists the recorded calls")
                }
                stored = found
                reviews = try store.reviews(session: session)
            } catch let error as StoreError {
                throw CLIError(error.description)
            }
            let scenario = stored.scenarioId.flatMap { global.contentLibrary().scenario(id: $0).value }
            let presenter = ReplayPresenter(
                stored: stored, reviews: reviews, customer: scenario?.persona.name ?? "Customer", style: TerminalStyle.detect())
            Output.out(presenter.heading())
            for (index, turn) in stored.turns.enumerated() {
                Output.out(presenter.lines(forTurnAt: index))
                if speed > 0, index + 1 < stored.turns.count {
                    let wait = ReplayPresenter.wait(from: turn.at, to: stored.turns[index + 1].at, speed: speed)
                    if wait > 0 { Thread.sleep(forTimeInterval: wait) }
                }
            }
            Output.out(presenter.ending())
        }
    }
}
