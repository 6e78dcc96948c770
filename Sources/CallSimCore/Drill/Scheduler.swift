/// Where one card stands after its reviews: what a scheduler derives from the stored history.
public struct CardState: Sendable, Hashable {
    /// Passing reviews in a row since the last lapse.
    public var repetitions: Int
    /// Days from the last review to the next.
    public var intervalDays: Int
    /// SM-2's easiness factor (1.3 or more).
    public var ease: Double
    /// Failed reviews after the card had been learnt.
    public var lapses: Int
    /// How many reviews the card has had.
    public var reviews: Int
    /// The day of the last review (see ``DrillCalendar``); nil for a new card.
    public var lastReviewDay: Int?
    /// The day the card is next due; nil for a new card.
    public var dueDay: Int?

    /// Creates a state.
    public init(repetitions: Int, intervalDays: Int, ease: Double, lapses: Int, reviews: Int, lastReviewDay: Int?, dueDay: Int?) {
        self.repetitions = repetitions
        self.intervalDays = intervalDays
        self.ease = ease
        self.lapses = lapses
        self.reviews = reviews
        self.lastReviewDay = lastReviewDay
        self.dueDay = dueDay
    }

    /// A card never reviewed.
    public static let new = CardState(repetitions: 0, intervalDays: 0, ease: 2.5, lapses: 0, reviews: 0, lastReviewDay: nil, dueDay: nil)

    /// True for a card never reviewed.
    public var isNew: Bool { reviews == 0 }

    /// True when the card is due on `day` (new cards are not "due": they are introduced).
    public func isDue(on day: Int) -> Bool {
        guard let dueDay else { return false }
        return dueDay <= day
    }
}

/// A spaced-repetition scheduler: a pure function from a card's stored reviews, oldest
/// first, to its state. Because reviews are stored and schedules are not, a scheduler can be
/// replaced and rerun over the whole history.
public protocol DrillScheduler: Sendable {
    /// The scheduler's name, for statistics and documentation.
    var name: String { get }
    /// The card's state after `reviews` (all of one card, oldest first).
    func state(after reviews: [DrillReview], calendar: DrillCalendar) -> CardState
}

/// SuperMemo-2 (Woźniak, 1990): a pass (grade 3 or more) grows the interval — 1 day, then
/// 6 days, then the previous interval times the easiness factor; a fail starts the card again
/// at 1 day. The easiness factor moves with each grade (never below 1.3).
public struct SM2Scheduler: DrillScheduler {
    /// "SM-2".
    public let name = "SM-2"

    /// Creates the scheduler.
    public init() {}

    /// The card's state after `reviews`.
    public func state(after reviews: [DrillReview], calendar: DrillCalendar) -> CardState {
        var state = CardState.new
        for review in reviews {
            let grade = min(5, max(0, review.grade))
            if grade >= DrillReview.passingGrade {
                switch state.repetitions {
                case 0: state.intervalDays = 1
                case 1: state.intervalDays = 6
                default: state.intervalDays = Int((Double(state.intervalDays) * state.ease).rounded())
                }
                state.repetitions += 1
            } else {
                if state.repetitions > 0 { state.lapses += 1 }
                state.repetitions = 0
                state.intervalDays = 1
            }
            let q = Double(grade)
            state.ease = max(1.3, state.ease + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)))
            state.reviews += 1
            let day = calendar.day(of: review.at)
            state.lastReviewDay = day
            state.dueDay = day + state.intervalDays
        }
        return state
    }
}
