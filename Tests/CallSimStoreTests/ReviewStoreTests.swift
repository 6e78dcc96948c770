import CallSimCore
import CallSimStore
import Foundation
import Testing

@Suite("Reviews: trainers' verdicts and notes")
struct ReviewStoreTests {
    @Test("a review is kept per reviewer; reviewing again changes verdicts and the note")
    func savedPerReviewer() throws {
        // Given Noor's call reviewed by Rania, then by Daniel
        let store = try CallStore.inMemory()
        let ids = try ReportFixtures.cohort(store)
        try store.saveReview(
            session: ids[2], reviewer: "Rania", verdicts: [RuleVerdict(rule: "greeting", verdict: .pass)], note: "Warm up your opening.",
            at: Fixtures.start)
        try store.saveReview(session: ids[2], reviewer: "Daniel", verdicts: [RuleVerdict(rule: "recap", verdict: .fail)], note: nil, at: Fixtures.start)
        // When Rania reviews again, changing greeting and adding farewell, without a note
        let updated = try store.saveReview(
            session: ids[2], reviewer: "rania",
            verdicts: [RuleVerdict(rule: "farewell", verdict: .notApplicable), RuleVerdict(rule: "greeting", verdict: .fail)], note: nil,
            at: Fixtures.start.addingTimeInterval(60))
        // Then she still has one review, verdicts in catalogue order, her note kept
        #expect(updated.reviewer == "Rania")
        #expect(updated.verdicts == [RuleVerdict(rule: "greeting", verdict: .fail), RuleVerdict(rule: "farewell", verdict: .notApplicable)])
        #expect(updated.note == "Warm up your opening.")
        let reviews = try store.reviews(session: ids[2])
        #expect(reviews.map(\.reviewer) == ["Rania", "Daniel"])
        // When she clears her note with an empty one
        let cleared = try store.saveReview(session: ids[2], reviewer: "Rania", verdicts: [], note: "  ")
        #expect(cleared.note == nil)
        // And an unknown session is refused
        let missing = Fixtures.storeError { () throws(StoreError) in _ = try store.saveReview(session: 999, reviewer: "Rania", verdicts: [], note: "x") }
        #expect(missing == .noSuchSession(999))
    }

    @Test("reports put the trainer's verdict beside the automatic one, and calibration reads them by reviewer")
    func comparisons() throws {
        let store = try CallStore.inMemory()
        let ids = try ReportFixtures.cohort(store)
        try store.saveReview(session: ids[2], reviewer: "Rania", verdicts: [RuleVerdict(rule: "greeting", verdict: .pass)], note: "Good.")
        try store.saveReview(session: ids[0], reviewer: "Daniel", verdicts: [RuleVerdict(rule: "recap", verdict: .fail)], note: nil)
        // The trainee report shows Noor's reviewed verdict and the note
        let noor = try store.traineeReport("Noor")
        #expect(noor.reviewedVerdicts == [
            ReviewComparison(sessionId: ids[2], trainee: "Noor", rule: "greeting", automatic: .fail, reviewer: "Rania", trainer: .pass),
        ])
        #expect(noor.notes == [CoachingNote(sessionId: ids[2], reviewer: "Rania", note: "Good.")])
        #expect(noor.calls.map(\.reviews) == [1, 0])
        // The rule report shows the verdicts on its rule only
        #expect(try store.ruleReport("recap").reviewedVerdicts.map(\.reviewer) == ["Daniel"])
        // Calibration reads everything, or one reviewer
        #expect(try store.reviewComparisons().count == 2)
        #expect(try store.reviewComparisons(reviewer: "daniel").map(\.automatic) == [.fail])
        #expect(try store.reviewers() == ["Daniel", "Rania"])
    }
}
