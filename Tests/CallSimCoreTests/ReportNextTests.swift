import CallSimCore
import Foundation
import Testing

@Suite("Reports: the spaced-repetition schedule and the next scenario")
struct ReportNextTests {
    static let day = 86_400.0
    static let start = Date(timeIntervalSince1970: 1_700_000_000)

    static func attempt(_ id: String, day: Double, score: Int) -> ScenarioAttempt {
        ScenarioAttempt(scenarioId: id, date: start.addingTimeInterval(day * Self.day), score: score, passed: score >= 80)
    }

    @Test("passing again and again pushes the next practice out: 1, 6, then 6 × ease days; a failure brings it back to 1")
    func sm2Intervals() {
        // Given three passes at 90, then a failure
        let passes = [Self.attempt("a", day: 0, score: 90), Self.attempt("a", day: 1, score: 90), Self.attempt("a", day: 7, score: 90)]
        // When the schedules are computed after each step
        let first = ScenarioSchedule.schedules(for: Array(passes.prefix(1)))["a"]
        let second = ScenarioSchedule.schedules(for: Array(passes.prefix(2)))["a"]
        let third = ScenarioSchedule.schedules(for: passes)["a"]
        let failed = ScenarioSchedule.schedules(for: passes + [Self.attempt("a", day: 30, score: 40)])["a"]
        // Then the intervals are 1, 6 and 15 days (6 × 2.5, the ease staying 2.5 for quality 4), then 1 again
        #expect(first?.intervalDays == 1)
        #expect(second?.intervalDays == 6)
        #expect(third?.intervalDays == 15)
        #expect(third?.ease == 2.5)
        #expect(third?.due == Self.start.addingTimeInterval(22 * Self.day))
        #expect(failed?.intervalDays == 1)
        #expect(failed?.repetitions == 0)
        #expect((failed?.ease ?? 9) < 2.5)
    }

    @Test("quality grades from the score")
    func quality() {
        #expect(ScenarioSchedule.quality(of: Self.attempt("a", day: 0, score: 100)) == 5)
        #expect(ScenarioSchedule.quality(of: Self.attempt("a", day: 0, score: 85)) == 4)
        #expect(ScenarioSchedule.quality(of: Self.attempt("a", day: 0, score: 80)) == 3)
        #expect(ScenarioSchedule.quality(of: Self.attempt("a", day: 0, score: 60)) == 2)
        #expect(ScenarioSchedule.quality(of: Self.attempt("a", day: 0, score: 30)) == 1)
        #expect(ScenarioSchedule.quality(of: Self.attempt("a", day: 0, score: 0)) == 0)
    }

    static let scenarios = [
        ScenarioChoice(id: "billing", title: "Billing", difficultyRank: 1),
        ScenarioChoice(id: "chatty", title: "Chatty", difficultyRank: 0),
        ScenarioChoice(id: "outage", title: "Outage", difficultyRank: 2),
    ]

    @Test("a first-time trainee starts with the easiest scenario")
    func firstCall() throws {
        let next = try #require(NextScenarioPlanner.recommend(
            scenarios: Self.scenarios, attempts: [], rules: [], coverage: [:], now: Self.start))
        #expect(next.scenario.id == "chatty")
        #expect(next.firstCall)
        #expect(next.alternatives.map(\.id) == ["billing", "outage"])
    }

    @Test("among due scenarios, the one that exercises the weakest rules wins; a recent pass is not due")
    func weakestRulesWin() throws {
        // Given a trainee who passed chatty this morning and failed billing ten days ago, weak at hold etiquette
        let attempts = [Self.attempt("billing", day: -10, score: 55), Self.attempt("chatty", day: -0.5, score: 92)]
        let rules = [
            RulePerformance(rule: "hold-etiquette", applicable: 4, failed: 3),
            RulePerformance(rule: "recap", applicable: 4, failed: 1),
            RulePerformance(rule: "greeting", applicable: 4, failed: 0),
        ]
        // And outage exercises hold etiquette in every call, billing in a quarter of them
        let coverage = [
            "billing": ScenarioCoverage(scenarioId: "billing", calls: 4, applicable: ["hold-etiquette": 1, "recap": 4]),
            "outage": ScenarioCoverage(scenarioId: "outage", calls: 2, applicable: ["hold-etiquette": 2, "recap": 2]),
            "chatty": ScenarioCoverage(scenarioId: "chatty", calls: 2, applicable: ["hold-etiquette": 2]),
        ]
        // When the next scenario is chosen
        let next = try #require(NextScenarioPlanner.recommend(
            scenarios: Self.scenarios, attempts: attempts, rules: rules, coverage: coverage, now: Self.start))
        // Then outage wins (new, and it exercises both weak rules fully); chatty is not due
        #expect(next.scenario.id == "outage")
        #expect(next.weakRulesExercised.map(\.rule) == ["hold-etiquette", "recap"])
        #expect(next.weakestRules.map(\.rule) == ["hold-etiquette", "recap"])
        #expect(next.schedule == nil)
        #expect(!next.nothingDue)
        #expect(next.alternatives.map(\.id) == ["billing"])
    }

    @Test("when nothing is due, the scenario due soonest comes next")
    func nothingDue() throws {
        let attempts = [Self.attempt("billing", day: -0.8, score: 90), Self.attempt("chatty", day: -0.5, score: 90), Self.attempt("outage", day: -0.2, score: 95)]
        let next = try #require(NextScenarioPlanner.recommend(
            scenarios: Self.scenarios, attempts: attempts, rules: [], coverage: [:], now: Self.start))
        #expect(next.nothingDue)
        #expect(next.scenario.id == "billing")
        #expect(next.schedule?.due == Self.start.addingTimeInterval(0.2 * Self.day))
    }
}
