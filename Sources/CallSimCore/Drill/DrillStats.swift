import Foundation

/// Where a trainee stands with one deck.
public struct DeckStats: Sendable, Hashable {
    /// The deck's name.
    public var deck: String
    /// The deck's title.
    public var title: String
    /// Cards in the deck.
    public var cards: Int
    /// Cards never reviewed.
    public var new: Int
    /// Cards due today (or overdue).
    public var dueToday: Int
    /// Cards that fall due tomorrow (not counting those due today).
    public var dueTomorrow: Int
    /// Cards reviewed at least once whose last review passed and is not due yet.
    public var learnt: Int
    /// Reviews ever stored for the deck.
    public var reviews: Int
    /// Share of passing reviews among the repeat reviews of the last 30 days (a card's first
    /// review is left out: it measures learning, not retention); nil when there were none.
    public var retention: Double?

    /// Creates statistics.
    public init(deck: String, title: String, cards: Int, new: Int, dueToday: Int, dueTomorrow: Int, learnt: Int, reviews: Int, retention: Double?) {
        self.deck = deck
        self.title = title
        self.cards = cards
        self.new = new
        self.dueToday = dueToday
        self.dueTomorrow = dueTomorrow
        self.learnt = learnt
        self.reviews = reviews
        self.retention = retention
    }
}

/// Days in a row with at least one review.
public struct DrillStreak: Sendable, Hashable {
    /// The run that ends today, or yesterday when nothing is reviewed yet today.
    public var current: Int
    /// The longest run ever.
    public var longest: Int
    /// Reviews stored today.
    public var reviewsToday: Int

    /// Creates a streak.
    public init(current: Int, longest: Int, reviewsToday: Int) {
        self.current = current
        self.longest = longest
        self.reviewsToday = reviewsToday
    }
}

/// Statistics computed from the stored reviews alone.
public enum DrillStatistics {
    /// Days of history retention looks back over.
    public static let retentionWindowDays = 30

    /// The statistics of `deck` at `now`.
    public static func deck(
        _ deck: Deck, reviews: [DrillReview], now: Date, calendar: DrillCalendar,
        scheduler: any DrillScheduler = SM2Scheduler()
    ) -> DeckStats {
        let today = calendar.day(of: now)
        let mine = reviews.filter { $0.deck == deck.id && $0.language == deck.language }
        let states = DrillPlanner.states(of: deck, reviews: mine, calendar: calendar, scheduler: scheduler)
        let all = deck.cards.compactMap { states[$0.id] }
        var seen = Set<String>()
        var repeats = 0
        var passes = 0
        for review in mine {
            let first = seen.insert(review.cardId).inserted
            guard !first, calendar.day(of: review.at) > today - retentionWindowDays else { continue }
            repeats += 1
            if review.passed { passes += 1 }
        }
        return DeckStats(
            deck: deck.id, title: deck.title, cards: deck.cards.count,
            new: all.filter(\.isNew).count,
            dueToday: all.filter { $0.isDue(on: today) }.count,
            dueTomorrow: all.filter { $0.dueDay == today + 1 }.count,
            learnt: all.filter { !$0.isNew && $0.repetitions > 0 && !$0.isDue(on: today) }.count,
            reviews: mine.count,
            retention: repeats > 0 ? Double(passes) / Double(repeats) : nil)
    }

    /// The streak of days with reviews, over every deck.
    public static func streak(reviews: [DrillReview], now: Date, calendar: DrillCalendar) -> DrillStreak {
        let today = calendar.day(of: now)
        let days = Set(reviews.map { calendar.day(of: $0.at) }.filter { $0 <= today })
        var longest = 0
        var run = 0
        var previous: Int?
        for day in days.sorted() {
            run = previous == day - 1 ? run + 1 : 1
            longest = max(longest, run)
            previous = day
        }
        var current = 0
        var day = days.contains(today) ? today : today - 1
        while days.contains(day) {
            current += 1
            day -= 1
        }
        return DrillStreak(current: current, longest: longest, reviewsToday: reviews.filter { calendar.day(of: $0.at) == today }.count)
    }
}
