import CallSimCore
import CallSimStore
import Foundation
import GRDB
import Testing

@Suite("Trainees: teams, export and delete")
struct TraineeExportTests {
    @Test("adding a trainee with a team, changing the team, and refusing a second trainee of the same name")
    func teams() throws {
        let store = try CallStore.inMemory()
        let added = try store.addTrainee(" Amira ", team: " North ")
        #expect(added.name == "Amira")
        #expect(added.team == "North")
        try store.setTeam("South", trainee: "amira")
        #expect(try store.findTrainee(named: "Amira")?.team == "South")
        try store.setTeam("  ", trainee: "Amira")
        #expect(try store.findTrainee(named: "Amira")?.team == nil)
        let clash = Fixtures.storeError { () throws(StoreError) in _ = try store.addTrainee("AMIRA") }
        #expect(clash == .traineeExists("Amira"))
        #expect(try store.traineeSummaries().map(\.calls) == [0])
    }

    @Test("export holds the trainee's row and every row of theirs, found through the foreign keys")
    func export() throws {
        // Given Sam and Noor with calls, and a review of one of Noor's
        let store = try CallStore.inMemory()
        let ids = try ReportFixtures.cohort(store)
        try store.saveReview(session: ids[2], reviewer: "Rania", verdicts: [RuleVerdict(rule: "greeting", verdict: .pass)], note: "Good.")
        // When Noor is exported
        let export = try store.exportTrainee("noor", at: Fixtures.start)
        // Then it holds her row, her two sessions, their turns and findings, and the review with its verdict
        #expect(export.trainee["name"] == .text("Noor"))
        #expect(export.tables["session"]?.count == 2)
        #expect(export.tables["session"]?.map { $0["id"] } == [.integer(ids[2]), .integer(ids[3])])
        #expect(export.tables["turn"]?.count == 2)
        #expect(export.tables["finding"]?.count == 44)
        #expect(export.tables["review"]?.map { $0["note"] } == [.text("Good.")])
        #expect(export.tables["reviewVerdict"]?.count == 1)
        #expect(export.schema.first == "v1")
        // And nothing of Sam's
        #expect(export.tables["session"]?.allSatisfy { $0["traineeId"] == export.trainee["id"] } == true)
    }

    @Test("delete removes the trainee and everything of theirs, and nobody else's")
    func delete() throws {
        let store = try CallStore.inMemory()
        let ids = try ReportFixtures.cohort(store)
        try store.saveReview(session: ids[2], reviewer: "Rania", verdicts: [RuleVerdict(rule: "greeting", verdict: .pass)], note: "Good.")
        try store.deleteTrainee("Noor")
        #expect(try store.findTrainee(named: "Noor") == nil)
        #expect(try store.session(ids[2]) == nil)
        #expect(try store.reviews(session: ids[2]).isEmpty)
        #expect(try store.metrics().calls == 2)
        #expect(try store.reviewComparisons().isEmpty)
        #expect(try store.session(ids[0]) != nil)
    }
}
