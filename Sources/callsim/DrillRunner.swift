import CallSimContent
import CallSimCore
import CallSimStore
import CallSimTerminal
import Foundation

/// Runs a drill session over the cards due and new, storing every review as it is made; or
/// prints the statistics. Schedules are computed from the stored reviews, never stored.
struct DrillRunner {
    var trainee: String
    var language: String
    var clock: DrillClock
    var global: GlobalOptions
    let scheduler: any DrillScheduler = SM2Scheduler()

    /// The trainee's calendar at `date`: whole days in the local time zone.
    static func calendar(at date: Date) -> DrillCalendar {
        DrillCalendar(secondsFromGMT: TimeZone.current.secondsFromGMT(for: date))
    }

    func run(deckName: String) throws {
        let library = global.contentLibrary()
        let phrasebook = try Self.phrasebook(library: library, language: language)
        let deck = try Self.deck(library: library, id: deckName, language: language, phrasebook: phrasebook)
        let store = try global.openStore()
        let reviews = try Self.reviews(store: store, trainee: trainee)
        let start = clock.now()
        let calendar = Self.calendar(at: start)
        let plan = DrillPlanner.plan(deck, reviews: reviews, now: start, calendar: calendar, scheduler: scheduler)
        let style = TerminalStyle.detect()
        guard !plan.cards.isEmpty else {
            let states = DrillPlanner.states(of: deck, reviews: reviews, calendar: calendar, scheduler: scheduler)
            let next = states.values.compactMap(\.dueDay).min()
            let when = next.map { " The next cards are due in \($0 - calendar.day(of: start)) day\($0 - calendar.day(of: start) == 1 ? "" : "s")." } ?? ""
            Output.out("Nothing is due in `\(deck.id)` today, and today's new cards are done.\(when) See where you stand: callsim drill --stats")
            return
        }
        let reader = makeLineReader(
            historyFile: nil, completion: CompletionCatalog(commands: DrillSlashCommand.names, arguments: [:]))
        var session = DrillSession(deck: deck, plan: plan, judge: CardJudge(deck: deck, phrasebook: phrasebook))
        Output.out(DrillPresenter.header(deck: deck, plan: plan, style: style))
        try show(session.start(), deck: deck, store: store, style: style)
        while !session.isFinished {
            let input = reader.read(prompt: style.cyan(deck.style == .meaning ? "meaning> " : "better> "))
            for warning in reader.takeWarnings() { Output.err("callsim: \(warning)") }
            switch input {
            case .interrupted:
                continue
            case .endOfInput:
                try show(session.endOfInput(), deck: deck, store: store, style: style)
            case .line(let line):
                try show(session.handle(line, now: clock.now()), deck: deck, store: store, style: style)
            }
        }
        let after = try Self.reviews(store: store, trainee: trainee)
        let stats = DrillStatistics.deck(deck, reviews: after, now: start, calendar: calendar, scheduler: scheduler)
        Output.out("Due tomorrow in `\(deck.id)`: \(stats.dueTomorrow) card\(stats.dueTomorrow == 1 ? "" : "s"). See where you stand: callsim drill --stats")
    }

    func showStats(onlyDeck: String?) throws {
        let library = global.contentLibrary()
        let phrasebook = try Self.phrasebook(library: library, language: language)
        var decks = library.loadDecks(language: language, phrasebook: phrasebook).decks
        if let onlyDeck {
            decks = [try Self.deck(library: library, id: onlyDeck, language: language, phrasebook: phrasebook)]
        }
        let store = try global.openStore()
        let reviews = try Self.reviews(store: store, trainee: trainee)
        let now = clock.now()
        let calendar = Self.calendar(at: now)
        let stats = decks.map { DrillStatistics.deck($0, reviews: reviews, now: now, calendar: calendar, scheduler: scheduler) }
        let streak = DrillStatistics.streak(reviews: reviews, now: now, calendar: calendar)
        Output.out(DrillStatsPresenter.lines(trainee: trainee, decks: stats, streak: streak, scheduler: scheduler.name, style: TerminalStyle.detect()))
    }

    /// Prints the events and stores each review as soon as it is made.
    private func show(_ events: [DrillEvent], deck: Deck, store: CallStore, style: TerminalStyle) throws {
        for event in events {
            if case .reviewed(_, let review, _) = event {
                do {
                    try store.appendDrillReview(trainee: trainee, review)
                } catch {
                    throw CLIError("could not record the review: \(error.description)")
                }
            }
            let (out, err) = DrillPresenter.render(event, deck: deck, style: style)
            Output.out(out)
            Output.err(err)
        }
    }

    static func reviews(store: CallStore, trainee: String) throws -> [DrillReview] {
        do {
            return try store.drillReviews(trainee: trainee)
        } catch {
            throw CLIError(error.description)
        }
    }

    static func phrasebook(library: ContentLibrary, language: String) throws -> Phrasebook {
        let result = library.phrasebook(language: language)
        guard let phrasebook = result.value, !result.hasErrors else {
            throw CLIError("the `\(language)` phrasebook has errors; run `callsim phrasebook lint` to see them")
        }
        return phrasebook
    }

    static func deck(library: ContentLibrary, id: String, language: String, phrasebook: Phrasebook) throws -> Deck {
        let result = library.deck(id: id, language: language, phrasebook: phrasebook)
        if let deck = result.value { return deck }
        let errors = result.diagnostics.filter { $0.severity == .error }
        if let broken = errors.first(where: { !$0.location.path.isEmpty }) {
            throw CLIError("the deck \(broken.location.path) has errors; run `callsim drill lint \(broken.location.path)` to see them")
        }
        throw CLIError(errors.last?.message ?? "no deck `\(id)` in `\(language)`")
    }
}
