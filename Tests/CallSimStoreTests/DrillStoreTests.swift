import CallSimCore
import CallSimStore
import Foundation
import Testing

@Suite("Recording drill reviews")
struct DrillStoreTests {
    @Test func everyReviewIsStoredAndReadBackInOrder() throws {
        // Given reviews of two trainees, written out of time order and two at the same moment
        let store = try CallStore.inMemory()
        let later = DrillReview(deck: "terms", language: "en", cardId: "ivr", at: Fixtures.start.addingTimeInterval(86_400), grade: 5, answer: "Interactive voice response")
        let first = DrillReview(deck: "terms", language: "en", cardId: "ivr", at: Fixtures.start, grade: 1, answer: "a router")
        let same = DrillReview(deck: "phrases", language: "ar", cardId: "calm-down", at: Fixtures.start, grade: 0, answer: "")
        try store.appendDrillReview(trainee: "Sam", later)
        try store.appendDrillReview(trainee: "Sam", first)
        try store.appendDrillReview(trainee: "Sam", same)
        try store.appendDrillReview(trainee: "Ann", first)
        // When Sam's reviews are read
        let reviews = try store.drillReviews(trainee: "sam")
        // Then all three come back, oldest first, ties in the order stored, with every field
        #expect(reviews == [first, same, later])
        // And an unknown trainee has none, an empty name is refused
        #expect(try store.drillReviews(trainee: "Nobody").isEmpty)
        #expect(Fixtures.storeError { () throws(StoreError) in try store.appendDrillReview(trainee: "  ", first) } == .emptyTraineeName)
    }

    @Test func theScheduleIsComputedFromTheStoredReviews() throws {
        // Given a trainee who passed the IVR card on day one, in a database file
        let folder = try Fixtures.scratchDirectory()
        let path = folder.appendingPathComponent("callsim.sqlite").path
        do {
            let store = try CallStore(path: path)
            try store.appendDrillReview(trainee: "Sam", DrillReview(deck: "terms", language: "en", cardId: "ivr", at: Fixtures.start, grade: 4, answer: "menu"))
        }
        // When the database is opened again the next day and the deck planned
        let reopened = try CallStore(path: path)
        let deck = Deck(id: "terms", title: "Terms", language: "en", style: .meaning, cards: [
            DrillCard(id: "ivr", front: "IVR", back: "…"), DrillCard(id: "acd", front: "ACD", back: "…"),
        ])
        let plan = DrillPlanner.plan(deck, reviews: try reopened.drillReviews(trainee: "Sam"), now: Fixtures.start.addingTimeInterval(86_400), calendar: .utc)
        // Then the card is due, from the stored review alone
        #expect(plan == DrillPlan(due: ["ivr"], new: ["acd"]))
    }
}
