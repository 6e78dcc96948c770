import CallSimCore
import CallSimStore
import Foundation
import Testing

@Suite("Reports: the queries behind each view")
struct ReportQueryTests {
    @Test("the cohort ranks trainees by average score, shows who has no call last, and leaves archived trainees out")
    func cohort() throws {
        // Given Sam (90, 100), Noor (40, 60), Adam (no call) and an archived trainee
        let store = try CallStore.inMemory()
        try ReportFixtures.cohort(store)
        _ = try store.addTrainee("Old Timer")
        try store.setArchived(true, trainee: "Old Timer")
        // When the cohort is read
        let report = try store.cohortReport()
        // Then the ranks, figures and order are these
        #expect(report.rows.map(\.name) == ["Sam", "Noor", "Adam"])
        #expect(report.rows.map(\.rank) == [1, 2, 3])
        #expect(report.rows[0].averageScore == 95)
        #expect(report.rows[0].bestScore == 100)
        #expect(report.rows[0].passRate == 1)
        #expect(report.rows[1].averageScore == 50)
        #expect(report.rows[1].passRate == 0)
        #expect(report.rows[1].team == "North")
        #expect(report.rows[1].lastActivity == Fixtures.start.addingTimeInterval(3 * ReportFixtures.day))
        #expect(report.rows[2].calls == 0)
        #expect(report.rows[2].averageScore == nil)
    }

    @Test("the contact-centre figures: AHT, FCR, abandonment, CSAT and hold over finished calls")
    func metrics() throws {
        // Given four finished calls and one cut off
        let store = try CallStore.inMemory()
        try ReportFixtures.cohort(store)
        _ = try store.beginSession(Fixtures.newSession(trainee: "Sam"))
        // When the figures of every call are read
        let m = try store.metrics()
        // Then they cover the finished calls only
        #expect(m.calls == 5)
        #expect(m.finishedCalls == 4)
        #expect(m.averageScore == 72.5)
        #expect(m.passRate == 0.5)
        #expect(m.averageHandleSeconds == 300)
        #expect(m.fcrRate == 0.5)
        #expect(m.abandonmentRate == 0.25)
        #expect(m.averageCSAT == 3.5)
        #expect(m.averageHoldSeconds == 30)
    }

    @Test("filters: dates, mode and team narrow every view")
    func filters() throws {
        let store = try CallStore.inMemory()
        try ReportFixtures.cohort(store)
        // Calls from day 2 on: only Noor's
        let late = try store.metrics(filter: ReportFilter(since: Fixtures.start.addingTimeInterval(2 * ReportFixtures.day)))
        #expect(late.calls == 2)
        // Calls before day 1: only Sam's first
        let early = try store.cohortReport(filter: ReportFilter(until: Fixtures.start.addingTimeInterval(ReportFixtures.day)))
        #expect(early.rows.first { $0.name == "Sam" }?.calls == 1)
        #expect(early.rows.first { $0.name == "Noor" }?.calls == 0)
        // Exam mode: Noor's 60 only
        #expect(try store.metrics(filter: ReportFilter(mode: "exam")).averageScore == 60)
        // Team north (any case): Noor only, in the cohort and the figures
        let north = ReportFilter(team: "north")
        #expect(try store.cohortReport(filter: north).rows.map(\.name) == ["Noor"])
        #expect(try store.metrics(filter: north).calls == 2)
        #expect(try store.ruleReport("recap", filter: north).trainees.map(\.name) == ["Noor"])
    }

    @Test("a trainee's report: calls oldest first, sections, the weakest rules with the words that failed them")
    func trainee() throws {
        let store = try CallStore.inMemory()
        let ids = try ReportFixtures.cohort(store)
        // When Noor's report is read (in any letter case)
        let report = try store.traineeReport("noor")
        // Then it lists her two calls and her weakest rules, worst rate first
        #expect(report.trainee.name == "Noor")
        #expect(report.calls.map(\.id) == [ids[2], ids[3]])
        #expect(report.calls.map(\.score) == [40, 60])
        #expect(report.weakestRules.map(\.rule) == ["recap", "greeting", "farewell"])
        #expect(report.weakestRules[0].failed == 2)
        #expect(report.weakestRules[0].applicable == 2)
        #expect(report.weakestRules[0].examples.map(\.evidence) == ["Done.", "Hi."])
        #expect(report.weakestRules[1].applicable == 1, "greeting did not apply in her second call")
        // And the closing section averages 2/4 and 3/4 passed: 62.5%
        #expect(report.sections.first { $0.section == "closing" }?.percent == 62.5)
        #expect(report.sections.first?.section == "opening")
        // And an unknown trainee is an error
        let missing = Fixtures.storeError { () throws(StoreError) in _ = try store.traineeReport("Ghost") }
        #expect(missing == .noSuchTrainee("Ghost"))
    }

    @Test("a scenario's report: figures, score bands and the most common failures; nil for a scenario never called")
    func scenario() throws {
        let store = try CallStore.inMemory()
        try ReportFixtures.cohort(store)
        let report = try #require(try store.scenarioReport("billing-double-charge"))
        #expect(report.title == "Title of billing-double-charge")
        #expect(report.trainees == 2)
        #expect(report.metrics.calls == 3)
        #expect(report.metrics.abandonmentRate == 1.0 / 3)
        #expect(report.scoreBuckets == [0, 0, 0, 0, 1, 0, 1, 0, 0, 1])
        #expect(report.commonFailures.map(\.rule) == ["recap", "farewell", "greeting"])
        #expect(report.commonFailures[0].failed == 3)
        #expect(try store.scenarioReport("never-called") == nil)
    }

    @Test("a rule's report: who fails it, most failures first")
    func rule() throws {
        let store = try CallStore.inMemory()
        try ReportFixtures.cohort(store)
        let report = try store.ruleReport("recap")
        #expect(report.trainees.map(\.name) == ["Noor", "Sam"])
        #expect(report.trainees.map(\.failed) == [2, 1])
        #expect(report.applicable == 4)
        #expect(report.failed == 3)
        #expect(report.examples.map(\.evidence) == ["Done.", "Hi.", "Bye."])
        let greeting = try store.ruleReport("greeting")
        #expect(greeting.applicable == 3)
        #expect(greeting.trainees.first?.failed == 1)
    }

    @Test("an empty database gives empty reports, not errors")
    func empty() throws {
        let store = try CallStore.inMemory()
        #expect(try store.hasNoCalls())
        #expect(try store.cohortReport().rows.isEmpty)
        #expect(try store.metrics().calls == 0)
        #expect(try store.metrics().averageScore == nil)
        #expect(try store.ruleReport("greeting").trainees.isEmpty)
        #expect(try store.scenarioReport("billing-double-charge") == nil)
    }
}
