import Foundation

/// What one drill session asks: the cards due, most overdue first, then new cards.
public struct DrillPlan: Sendable, Hashable {
    /// Ids of cards due today or earlier, most overdue first, ties in deck order.
    public var due: [String]
    /// Ids of new cards introduced today, in deck order.
    public var new: [String]

    /// Creates a plan.
    public init(due: [String], new: [String]) {
        self.due = due
        self.new = new
    }

    /// Every card of the session, due ones first.
    public var cards: [String] { due + new }
}

/// Plans drill sessions from the stored reviews alone.
public enum DrillPlanner {
    /// New cards introduced per deck per day.
    public static let newCardsPerDay = 10

    /// Every card's state, from its reviews (of any deck; only `deck`'s cards are read).
    public static func states(
        of deck: Deck, reviews: [DrillReview], calendar: DrillCalendar, scheduler: any DrillScheduler
    ) -> [String: CardState] {
        var byCard: [String: [DrillReview]] = [:]
        for review in reviews where review.deck == deck.id && review.language == deck.language {
            byCard[review.cardId, default: []].append(review)
        }
        var states: [String: CardState] = [:]
        for card in deck.cards {
            states[card.id] = scheduler.state(after: byCard[card.id] ?? [], calendar: calendar)
        }
        return states
    }

    /// The session for `deck` at `now`: due cards, then up to `newPerDay` new cards less the
    /// new cards already introduced today.
    public static func plan(
        _ deck: Deck, reviews: [DrillReview], now: Date, calendar: DrillCalendar,
        scheduler: any DrillScheduler = SM2Scheduler(), newPerDay: Int = newCardsPerDay
    ) -> DrillPlan {
        let today = calendar.day(of: now)
        let states = states(of: deck, reviews: reviews, calendar: calendar, scheduler: scheduler)
        var firstDay: [String: Int] = [:]
        for review in reviews where review.deck == deck.id && review.language == deck.language {
            let day = calendar.day(of: review.at)
            firstDay[review.cardId] = min(firstDay[review.cardId] ?? day, day)
        }
        let introducedToday = deck.cards.filter { firstDay[$0.id] == today }.count
        let due = deck.cards.enumerated()
            .filter { states[$0.element.id]?.isDue(on: today) == true }
            .sorted { (states[$0.element.id]?.dueDay ?? 0, $0.offset) < (states[$1.element.id]?.dueDay ?? 0, $1.offset) }
            .map(\.element.id)
        let new = deck.cards.filter { states[$0.id]?.isNew ?? true }.prefix(max(0, newPerDay - introducedToday)).map(\.id)
        return DrillPlan(due: due, new: Array(new))
    }
}
