import Foundation
import Testing
@testable import CallSimCore

@Suite("Drill scheduling (SM-2)")
struct DrillSchedulerTests {
    /// 2 March 2026, 09:00 UTC.
    static let monday = Date(timeIntervalSince1970: 1_772_442_000)
    let calendar = DrillCalendar.utc
    let scheduler = SM2Scheduler()

    private func review(_ card: String, day: Int, grade: Int, deck: String = "terms") -> DrillReview {
        DrillReview(deck: deck, language: "en", cardId: card, at: Self.monday.addingTimeInterval(Double(day) * 86_400), grade: grade, answer: "…")
    }

    static let deck = Deck(id: "terms", title: "Terms", language: "en", style: .meaning, cards: (1...12).map {
        DrillCard(id: "c\($0)", front: "Term \($0)", back: "Meaning \($0)")
    })

    @Test func passesGrowTheIntervalOneSixThenTimesTheEase() {
        // Given a card answered well four times, each on the day it fell due
        let days = [0, 1, 7, 23]
        let reviews = days.map { review("c1", day: $0, grade: 5) }
        // When its state is computed after each review
        let intervals = (1...4).map { scheduler.state(after: Array(reviews.prefix($0)), calendar: calendar).intervalDays }
        // Then the intervals are 1, 6, 6 × 2.7 = 16, 16 × 2.8 = 45 days
        #expect(intervals == [1, 6, 16, 45])
        let state = scheduler.state(after: reviews, calendar: calendar)
        #expect(state.repetitions == 4)
        #expect(abs(state.ease - 2.9) < 0.0001)
        #expect(state.dueDay == calendar.day(of: Self.monday) + 23 + 45)
    }

    @Test func aFailStartsTheCardAgainAndCountsALapse() {
        // Given a card passed twice, then failed
        let reviews = [review("c1", day: 0, grade: 4), review("c1", day: 1, grade: 4), review("c1", day: 7, grade: 1)]
        // When its state is computed
        let state = scheduler.state(after: reviews, calendar: calendar)
        // Then it is due again the next day, with one lapse and a lower ease
        #expect(state.repetitions == 0)
        #expect(state.intervalDays == 1)
        #expect(state.lapses == 1)
        #expect(state.dueDay == calendar.day(of: Self.monday) + 8)
        #expect(abs(state.ease - 1.96) < 0.0001)
    }

    @Test func theEaseNeverFallsBelow1Point3() {
        // Given a card failed ten times
        let reviews = (0..<10).map { review("c1", day: $0, grade: 0) }
        // Then its ease stops at 1.3
        #expect(scheduler.state(after: reviews, calendar: calendar).ease == 1.3)
    }

    @Test func theNextDaysDueCardsFollowFromTheStoredReviews() {
        // Given a first session on Monday: ten new cards, seven passed, three failed then passed
        let plan = DrillPlanner.plan(Self.deck, reviews: [], now: Self.monday, calendar: calendar)
        #expect(plan.due.isEmpty)
        #expect(plan.new == (1...10).map { "c\($0)" })
        var reviews = plan.new.prefix(7).map { review($0, day: 0, grade: 4) }
        reviews += ["c8", "c9", "c10"].map { review($0, day: 0, grade: 1) }
        reviews += ["c8", "c9", "c10"].map { review($0, day: 0, grade: 3) }
        // When Tuesday's session is planned from those reviews alone
        let tuesday = DrillPlanner.plan(Self.deck, reviews: reviews, now: Self.monday.addingTimeInterval(86_400), calendar: calendar)
        // Then the ten cards seen on Monday are due, and the last two new cards are introduced
        #expect(tuesday.due == (1...10).map { "c\($0)" })
        #expect(tuesday.new == ["c11", "c12"])
        // And on Monday itself, after the session, nothing is due and no new card is left for the day
        let later = DrillPlanner.plan(Self.deck, reviews: reviews, now: Self.monday.addingTimeInterval(3_600), calendar: calendar)
        #expect(later.cards.isEmpty)
    }

    @Test func aReplacedSchedulerIsRerunOverTheSameReviews() {
        // Given stored reviews and a scheduler that always waits three days
        struct ThreeDays: DrillScheduler {
            let name = "three days"
            func state(after reviews: [DrillReview], calendar: DrillCalendar) -> CardState {
                guard let last = reviews.last else { return .new }
                let day = calendar.day(of: last.at)
                return CardState(repetitions: 1, intervalDays: 3, ease: 2.5, lapses: 0, reviews: reviews.count, lastReviewDay: day, dueDay: day + 3)
            }
        }
        let reviews = [review("c1", day: 0, grade: 5), review("c2", day: 0, grade: 5)]
        // When Tuesday is planned with SM-2 and with the replacement
        let tuesday = Self.monday.addingTimeInterval(86_400)
        let sm2 = DrillPlanner.plan(Self.deck, reviews: reviews, now: tuesday, calendar: calendar, newPerDay: 0)
        let replaced = DrillPlanner.plan(Self.deck, reviews: reviews, now: tuesday, calendar: calendar, scheduler: ThreeDays(), newPerDay: 0)
        // Then each schedule follows from the same history
        #expect(sm2.due == ["c1", "c2"])
        #expect(replaced.due.isEmpty)
    }

    @Test func mostOverdueCardsComeFirst() {
        // Given one card due for a week and one due today
        let reviews = [review("c5", day: 0, grade: 4), review("c2", day: 6, grade: 4)]
        // When day 7 is planned
        let plan = DrillPlanner.plan(Self.deck, reviews: reviews, now: Self.monday.addingTimeInterval(7 * 86_400), calendar: calendar, newPerDay: 0)
        // Then the older one comes first
        #expect(plan.due == ["c5", "c2"])
    }

    @Test func statisticsRetentionAndStreaks() throws {
        // Given reviews on Monday, Tuesday and Wednesday: 4 of the 5 repeat reviews pass
        var reviews = ["c1", "c2", "c3", "c4"].map { review($0, day: 0, grade: 4) }
        reviews += [review("c1", day: 1, grade: 5), review("c2", day: 1, grade: 4), review("c3", day: 1, grade: 3), review("c4", day: 1, grade: 2)]
        reviews += [review("c4", day: 2, grade: 4)]
        let wednesday = Self.monday.addingTimeInterval(2 * 86_400 + 3_600)
        // When statistics are computed on Wednesday
        let stats = DrillStatistics.deck(Self.deck, reviews: reviews, now: wednesday, calendar: calendar)
        let streak = DrillStatistics.streak(reviews: reviews, now: wednesday, calendar: calendar)
        // Then they count new, due and learnt cards, retention over repeats, and a three-day streak
        #expect(stats.cards == 12)
        #expect(stats.new == 8)
        #expect(stats.dueToday == 0)
        #expect(stats.dueTomorrow == 1)
        #expect(stats.learnt == 4)
        #expect(stats.reviews == 9)
        #expect(try #require(stats.retention) == 0.8)
        #expect(streak == DrillStreak(current: 3, longest: 3, reviewsToday: 1))
        // And on Friday, with no review on Thursday, the current streak is broken
        let friday = DrillStatistics.streak(reviews: reviews, now: Self.monday.addingTimeInterval(4 * 86_400), calendar: calendar)
        #expect(friday == DrillStreak(current: 0, longest: 3, reviewsToday: 0))
    }

    @Test func daysFollowTheTraineesTimeZone() {
        // Given 23:30 UTC on a Monday
        let late = Self.monday.addingTimeInterval(14.5 * 3_600)
        // Then in UTC it is still Monday, and in Tehran (UTC+3:30) already Tuesday
        #expect(DrillCalendar.utc.day(of: late) == DrillCalendar.utc.day(of: Self.monday))
        #expect(DrillCalendar(secondsFromGMT: 12_600).day(of: late) == DrillCalendar.utc.day(of: Self.monday) + 1)
    }
}
