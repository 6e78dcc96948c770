import ArgumentParser
import CallSimCore
import Foundation

/// `callsim drill [--as NAME] [--deck NAME] [--stats] [--lang L]`, and `callsim drill lint`.
struct DrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drill",
        abstract: "Flashcards for the field's terms, metrics and better phrases, with spaced repetition.",
        subcommands: [DrillRunCommand.self, DrillLintCommand.self],
        defaultSubcommand: DrillRunCommand.self)
}

/// The drill itself (the default of `callsim drill`).
struct DrillRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Drill the cards due today, then new ones; or show where you stand with --stats.",
        discussion: """
            terms and metrics: type what the front means, judged against the card's key ideas. \
            phrases: a discouraged phrase is shown; type a better one, judged by the phrasebook. \
            Every review is stored (card, time, grade, answer) and the schedule (SM-2) is computed \
            from the stored reviews. /skip shows the answer; /quit stops.
            """)

    @OptionGroup var trainee: TraineeOption

    @Option(help: ArgumentHelp("The deck: terms (the default), metrics or phrases, or a deck of your library; with --stats, only this deck.", valueName: "name"))
    var deck: String?

    @Flag(help: "Show the cards due, retention and streaks instead of drilling.")
    var stats = false

    @Option(help: ArgumentHelp("The decks' language (en, ar, fa).", valueName: "lang"))
    var lang: String = "en"

    @Option(help: .hidden)
    var now: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard ["en", "ar", "fa"].contains(lang) else { throw ValidationError("--lang must be en, ar or fa") }
    }

    func run() throws {
        try reportingErrors {
            let clock = try DrillClock.from(option: now, environment: ProcessInfo.processInfo.environment)
            let runner = DrillRunner(trainee: trainee.name, language: lang, clock: clock, global: global)
            if stats {
                try runner.showStats(onlyDeck: deck)
            } else {
                try runner.run(deckName: deck ?? "terms")
            }
        }
    }
}

/// The drill's notion of "now": the real clock, or a fixed moment from `--now` or
/// `CALLSIM_NOW` (ISO 8601, such as 2026-03-02T09:00:00Z or 2026-03-02), so tests can show
/// what the next day brings.
struct DrillClock {
    private let fixed: Date?

    /// The moment to use now.
    func now() -> Date { fixed ?? Date() }

    /// The clock `--now` or `CALLSIM_NOW` asks for, or the real one.
    static func from(option: String?, environment: [String: String]) throws -> DrillClock {
        guard let text = option ?? environment["CALLSIM_NOW"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            return DrillClock(fixed: nil)
        }
        guard let date = parse(text) else {
            throw CLIError("cannot read `\(text)` as a moment; write it as 2026-03-02T09:00:00Z or 2026-03-02")
        }
        return DrillClock(fixed: date)
    }

    static func parse(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        if let date = try? Date(text + "T12:00:00Z", strategy: .iso8601) { return date }
        return nil
    }
}
