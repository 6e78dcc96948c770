@testable import CallSimCore
import Testing

@Suite("Authoring: playing test plans")
struct AuthoringTestPlanRunnerTests {
    let runner = TestPlanRunner(scenario: Fixtures.scenario, phrasebook: Fixtures.phrasebook)

    static func step(_ agent: String, _ change: (inout StepExpectation) -> Void = { _ in }) -> TestStep {
        var expect = StepExpectation()
        change(&expect)
        return TestStep(agent: agent, expect: expect)
    }

    @Test func goodCallMeetsEveryExpectation() {
        // Given the model call, with expectations on the way and at the end
        var steps = Fixtures.goodLiveScript.map { Self.step($0) }
        steps[1] = Self.step(Fixtures.goodLiveScript[1]) { $0.beat = "listened" }
        steps[3] = Self.step("/action refund 49.99") {
            $0.beat = "refunded"
            $0.notice = "done on the account"
            $0.resolved = true
            $0.variables = ["refunded": "yes"]
        }
        var expect = RunExpectation()
        expect.outcome = .resolved
        expect.passed = true
        expect.score = ScoreRange(atLeast: 90)
        expect.autoFail = []
        expect.reached = ["complaint", "listened", "verifying", "refunded"]
        expect.rules = [RuleExpectation(rule: "identity-verification", verdict: .pass), RuleExpectation(rule: "hold-etiquette", verdict: .notApplicable)]

        // When it is played
        let result = runner.run(TestRun(name: "model", seed: 7, steps: steps, expect: expect))

        // Then nothing failed, and the trace starts with the agent's greeting and the customer's complaint
        #expect(result.failures == [])
        #expect(result.passed)
        #expect(result.trace.first == TraceEntry(step: 1, kind: .agent, text: Fixtures.goodLiveScript[0]))
        #expect(result.trace.dropFirst().first?.kind == .customer)
    }

    @Test func failureSaysWhatWasExpectedAndWhatHappened() {
        // Given a plan expecting the call to move on after the greeting alone
        let run = TestRun(name: "too hopeful", seed: 7, steps: [Self.step("Hello, thank you for calling Nile Telecom.") { $0.beat = "refunded"; $0.silent = true }])

        // When it is played
        let result = runner.run(run)

        // Then the step's two failures give the expected and the actual beat and line
        #expect(result.failures.map(\.key) == ["silent", "beat"])
        #expect(result.failures.last == TestFailure(step: 1, agent: "Hello, thank you for calling Nile Telecom.", key: "beat", expected: "refunded", actual: "complaint", location: nil))
        #expect(result.failures.first?.expected == "(the customer says nothing)")
        #expect(result.failures.first?.actual.hasPrefix("“") == true)
    }

    @Test func refusedCommandsAreExpectedOrFail() {
        // Given one refused command the plan expects, and one it does not
        let run = TestRun(name: "commands", seed: 7, steps: [
            Self.step("Hello."),
            Self.step("/action teleport") { $0.problem = "no action called 'teleport'; the actions are: refund, credit, send-leaflet" },
            Self.step("/resume"),
        ])

        // When it is played
        let result = runner.run(run)

        // Then only the unexpected refusal fails
        #expect(result.failures == [TestFailure(step: 3, agent: "/resume", key: "problem", expected: "(no problem)", actual: "the customer is not on hold", location: nil)])
    }

    @Test func callLeftOpenIsAbandonedAsInPractice() {
        // Given a run that stops after the greeting
        var expect = RunExpectation()
        expect.outcome = .abandoned
        expect.endReason = .traineeQuit

        // When it is played
        let result = runner.run(TestRun(name: "short", seed: 7, steps: [Self.step("Hello.")], expect: expect))

        // Then the call ends as practice ends it at the end of its input
        #expect(result.failures == [])
        #expect(result.outcome == .abandoned)
    }

    @Test func runExpectationsThatFail() {
        // Given a short call expected to pass with a high score and a hold rule verdict
        var expect = RunExpectation()
        expect.score = ScoreRange(atLeast: 80)
        expect.passed = true
        expect.rules = [RuleExpectation(rule: "hold-etiquette", verdict: .pass)]
        expect.notReached = ["complaint"]

        // When it is played
        let result = runner.run(TestRun(name: "short", seed: 7, steps: [Self.step("Hello.")], expect: expect))

        // Then each run-level failure says what happened
        let score = result.scorecard.score
        #expect(result.failures.map(\.key) == ["score", "passed", "rules.hold-etiquette", "not-reached"])
        #expect(result.failures.map(\.expected) == ["at least 80", "passed", "pass", "the call never reaches `complaint`"])
        #expect(result.failures.map(\.actual) == [String(score), "failed (score \(score))", "not-applicable", "beats reached: complaint"])
        #expect(result.failures.allSatisfy { $0.step == nil })
    }

    @Test func stepsAfterTheNotesAreAnError() {
        // Given a plan that goes on after the notes that finish practice
        let run = TestRun(name: "late", seed: 7, steps: [Self.step("Hello."), Self.step("/end"), Self.step("/notes Short call."), Self.step("Goodbye.")])

        // When it is played
        let result = runner.run(run)

        // Then the extra step fails, saying why
        #expect(result.failures == [TestFailure(
            step: 4, agent: "Goodbye.", key: "agent", expected: "a line while the call is open",
            actual: "the call was over after the notes of step 3; practice stops reading there", location: nil)])
    }

    @Test func sameRunSameResult() {
        // Given one run played twice
        let run = TestRun(name: "model", seed: 3, steps: Fixtures.goodLiveScript.map { Self.step($0) })

        // When both are compared
        // Then the traces and scores are identical
        #expect(runner.run(run).trace == runner.run(run).trace)
        #expect(runner.run(run).scorecard == runner.run(run).scorecard)
    }
}
