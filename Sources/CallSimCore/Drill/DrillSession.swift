import Foundation

/// A command typed during a drill.
public enum DrillSlashCommand: String, Sendable, Hashable, CaseIterable {
    /// Shows the answer; the card counts as not known.
    case skip
    /// The commands.
    case help
    /// Ends the drill; every review so far is kept.
    case quit

    /// Every command as typed.
    public static let names = allCases.map { "/" + $0.rawValue }
}

/// What a drill shows or records.
public enum DrillEvent: Sendable, Hashable {
    /// A card to answer: number is 1-based; `again` is true for a card asked a second time.
    case card(number: Int, total: Int, card: DrillCard, again: Bool)
    /// An answer was judged: store the review.
    case reviewed(card: DrillCard, review: DrillReview, verdict: CardVerdict)
    /// The trainee pressed Enter without typing.
    case emptyAnswer
    /// A line that looks like a command but is not one.
    case unknownCommand(String)
    /// The list of commands.
    case help
    /// The drill is over.
    case finished(DrillSummary)
}

/// What one drill session did.
public struct DrillSummary: Sendable, Hashable {
    /// Reviews made.
    public var reviews: Int
    /// Passing reviews.
    public var passed: Int
    /// Cards of the plan never answered, when the trainee quit early.
    public var left: Int

    /// Creates a summary.
    public init(reviews: Int, passed: Int, left: Int) {
        self.reviews = reviews
        self.passed = passed
        self.left = left
    }
}

/// One drill session as a state machine: asks the planned cards, judges each answer, and
/// asks a failed card once more at the end. Time comes in as a value (`now`), so the same
/// inputs give the same reviews.
public struct DrillSession: Sendable {
    /// The deck.
    public let deck: Deck
    private let judge: CardJudge
    private var queue: [(card: DrillCard, again: Bool)]
    private var asked = 0
    private var total: Int
    private var summary = DrillSummary(reviews: 0, passed: 0, left: 0)
    /// True once the drill is over.
    public private(set) var isFinished = false

    /// A session over `plan`'s cards of `deck`.
    public init(deck: Deck, plan: DrillPlan, judge: CardJudge) {
        self.deck = deck
        self.judge = judge
        queue = plan.cards.compactMap { id in deck.card(id).map { ($0, false) } }
        total = queue.count
    }

    /// The card being answered.
    public var currentCard: DrillCard? { isFinished ? nil : queue.first?.card }

    /// The first card, or the end when nothing is due.
    public mutating func start() -> [DrillEvent] {
        guard !queue.isEmpty else { return finish() }
        return [ask()]
    }

    /// Handles one typed line at `now`.
    public mutating func handle(_ line: String, now: Date) -> [DrillEvent] {
        guard let current = queue.first, !isFinished else { return [] }
        let text = InterviewInput.trimmed(line)
        if text.isEmpty { return [.emptyAnswer] }
        var answer = text
        var verdict: CardVerdict
        if text.hasPrefix("/"), !text.contains(" ") {
            switch DrillSlashCommand(rawValue: String(text.dropFirst()).lowercased()) {
            case .skip:
                answer = ""
                verdict = .skipped
            case .help:
                return [.help]
            case .quit:
                return finish()
            case nil:
                return [.unknownCommand(text)]
            }
        } else {
            verdict = judge.judge(text, card: current.card, style: deck.style)
        }
        let review = DrillReview(deck: deck.id, language: deck.language, cardId: current.card.id, at: now, grade: verdict.grade, answer: answer)
        summary.reviews += 1
        if verdict.passed { summary.passed += 1 }
        queue.removeFirst()
        asked += 1
        if !verdict.passed, !current.again {
            queue.append((current.card, true))
            total += 1
        }
        var events: [DrillEvent] = [.reviewed(card: current.card, review: review, verdict: verdict)]
        events += queue.isEmpty ? finish() : [ask()]
        return events
    }

    /// Input ended: the drill is over.
    public mutating func endOfInput() -> [DrillEvent] {
        isFinished ? [] : finish()
    }

    private func ask() -> DrillEvent {
        let next = queue[0]
        return .card(number: asked + 1, total: total, card: next.card, again: next.again)
    }

    private mutating func finish() -> [DrillEvent] {
        isFinished = true
        // Cards never answered in this session; a failed card waiting to be asked again is already reviewed.
        summary.left = queue.filter { !$0.again }.count
        queue = []
        return [.finished(summary)]
    }
}
