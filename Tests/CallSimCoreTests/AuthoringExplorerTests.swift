@testable import CallSimCore
import Testing

@Suite("Authoring: exploring scenarios")
struct AuthoringExplorerTests {
    @Test func walksReachEveryBeatAndEnd() {
        // Given the billing scenario
        let explorer = ScenarioExplorer(scenario: Fixtures.scenario, phrasebook: Fixtures.phrasebook)

        // When 200 seeded walks are made
        let report = explorer.explore(walks: 200, firstSeed: 1)

        // Then every beat is reached, every walk ends, and nothing goes wrong
        #expect(report.unreached == [])
        #expect(report.endless == [])
        #expect(report.problems.isEmpty)
        #expect(report.isClean)
        #expect(report.endings.values.reduce(0, +) == 200)
        #expect(report.visits["refunded", default: 0] > 0)
    }

    @Test func aSeedReplaysItsWalk() {
        // Given one seed
        let explorer = ScenarioExplorer(scenario: Fixtures.scenario, phrasebook: Fixtures.phrasebook)

        // When its walk is made twice
        let first = explorer.walk(seed: 42)
        let second = explorer.walk(seed: 42)

        // Then the two are the same, line for line
        #expect(first.trace == second.trace)
        #expect(first.endReason == second.endReason)
        #expect(first.trace.first?.kind == .agent)
    }

    @Test func callsThatNeverEndAreReportedWithTheirSeeds() {
        // Given a patient, calm customer in a beat with no way out and no end
        let scenario = Fixtures.scenario { scenario in
            scenario.persona = Persona(name: "Ann", temperament: .calm, mood: 0, patience: 20)
            scenario.beats = [Beat(id: "loop", say: [Fixtures.line("Hello.")], triggers: [Fixtures.trigger(Fixtures.said("empathy"), reply: [Fixtures.line("Thanks.")])], fallback: [Fixtures.line("Mm.")])]
            scenario.start = "loop"
            scenario.anytime = []
            scenario.resolution = Condition()
        }

        // When walks of at most 8 lines are made
        let report = ScenarioExplorer(scenario: scenario, phrasebook: Fixtures.phrasebook).explore(walks: 20, firstSeed: 5, stepLimit: 8)

        // Then the walks that hit the limit are listed by seed, and the report is not clean
        #expect(!report.endless.isEmpty)
        #expect(report.endless.allSatisfy { (5..<25).contains($0) })
        #expect(report.endings["(step limit)"] == report.endless.count)
        #expect(!report.isClean)
    }

    @Test func unfilledPlaceholderIsARuntimeProblem() throws {
        // Given a customer whose first line names a fact the scenario does not give
        let scenario = Fixtures.scenario { scenario in
            scenario.beats[0].say = [Fixtures.line("My postcode is {postcode}!", ["upset"])]
        }

        // When it is explored
        let report = ScenarioExplorer(scenario: scenario, phrasebook: Fixtures.phrasebook).explore(walks: 3, firstSeed: 9)

        // Then the problem is reported once, with the first seed that met it
        #expect(report.problems.map(\.message) == ["the customer said “My postcode is {postcode}!” with the placeholder {postcode} unfilled"])
        #expect(report.problems.map(\.seed) == [9])
    }

    @Test func fewWalksDoNotJudgeCoverage() {
        // Given one walk, as when a seed is replayed
        let report = ScenarioExplorer(scenario: Fixtures.scenario, phrasebook: Fixtures.phrasebook).explore(walks: 1, firstSeed: 1, stepLimit: 1)

        // When beats are left unreached
        // Then they are listed, but the report is clean unless a walk never ended
        #expect(!report.unreached.isEmpty)
        #expect(!report.judgesCoverage)
        #expect(report.isClean == report.endless.isEmpty)
    }

    @Test func samplesMatchTheirCategory() throws {
        // Given the sampler of the fixture phrasebook
        let sampler = PhraseSampler(phrasebook: Fixtures.phrasebook, company: "Nile Telecom", customer: "Karim")
        let matcher = PhraseMatcher(phrasebook: Fixtures.phrasebook, slots: ["company": "Nile Telecom", "customer": "Karim"])

        // When every sample of the categories scenarios wait for is matched
        for category in ["verification-request", "empathy", "next-steps", "anything-else", "farewell"] {
            let samples = try #require(sampler.samples[category])
            // Then each one is recognised as its category
            for sample in samples { #expect(matcher.match(sample).categories.contains(category), "\(category): \(sample)") }
        }
    }
}
