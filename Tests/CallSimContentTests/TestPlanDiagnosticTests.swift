@testable import CallSimContent
import CallSimCore
import Testing

@Suite("Test plan diagnostics")
struct TestPlanDiagnosticTests {
    static let plan = """
        runs:
          - name: great agent
            seed: 7
            steps:
              - "Hello, thank you for calling."
              - agent: /end
                ended: agent-ended
            outcome: resolved

        """

    func rendered(_ yaml: String, scenario: Scenario? = nil) -> String {
        let result = TestPlanLoader.load(yaml: yaml, path: "call.testplan.yaml")
        var diagnostics = result.diagnostics
        if let plan = result.value, let scenario {
            diagnostics += TestPlanCheck.findings(plan, scenario: scenario, scenarioPath: "call.yaml").map { Diagnostic($0, path: "call.testplan.yaml") }
        }
        return DiagnosticRenderer.render(diagnostics, sources: ["call.testplan.yaml": yaml])
    }

    var scenario: Scenario? { ScenarioLoader.load(yaml: LintFixture.base, path: "call.yaml").value }

    @Test func readsRunsStepsAndExpectations() throws {
        // Given a plan with a plain step and a step with an expectation
        // When it is loaded
        let plan = try #require(TestPlanLoader.load(yaml: Self.plan, path: "p.testplan.yaml").value)

        // Then its run, steps and expectations are the file's
        #expect(plan.runs.count == 1)
        let run = plan.runs[0]
        #expect(run.name == "great agent")
        #expect(run.seed == 7)
        #expect(run.mode == .coach)
        #expect(run.steps.map(\.agent) == ["Hello, thank you for calling.", "/end"])
        #expect(run.steps[0].expect.isEmpty)
        #expect(run.steps[1].expect.ended == .reason(.agentEnded))
        #expect(run.expect.outcome == .resolved)
        #expect(run.steps[1].locations["ended"] == SourceLocation(path: "p.testplan.yaml", line: 7, column: 16))
    }

    @Test func unknownKeySuggestsTheClosest() {
        // Given a run with `outcom`
        let yaml = Self.plan.replacingOccurrences(of: "    outcome:", with: "    outcom:")

        // When it is loaded
        // Then T001 suggests `outcome`
        #expect(rendered(yaml) == """
            call.testplan.yaml:8:5: error[T001]: unknown key `outcom` in a run; did you mean `outcome`?
                    outcom: resolved
                    ^
            """)
    }

    @Test func wrongTypeAndMissingKey() {
        // Given steps written as one text, and a run without a name
        let yaml = "runs:\n  - seed: 1\n    steps: hello\n"

        // When it is loaded
        // Then T002 and T003 say what is wrong
        #expect(rendered(yaml) == """
            call.testplan.yaml:2:5: error[T003]: missing required key `name` in a run
                  - seed: 1
                    ^
            call.testplan.yaml:3:12: error[T002]: expected a list for `steps`, found the text `hello`
                    steps: hello
                           ^
            """)
    }

    @Test func badWordsAndNumbers() {
        // Given a verdict that is not one, a score range the wrong way round, and a mood above 10
        let yaml = Self.plan + "    rules: { greeting: passed }\n    score: { at-least: 90, at-most: 80 }\n    mood-below: 11\n"

        // When it is loaded
        // Then T004 and T005 explain each
        #expect(rendered(yaml) == """
            call.testplan.yaml:9:24: error[T004]: the verdict of `greeting` must be one of pass, fail, not-applicable, not `passed`
                    rules: { greeting: passed }
                                       ^
            call.testplan.yaml:10:12: error[T005]: `score` must have `at-least` no higher than `at-most`, found 90 and 80
                    score: { at-least: 90, at-most: 80 }
                           ^
            call.testplan.yaml:11:17: error[T005]: `mood-below` must be between 0 and 10, found 11
                    mood-below: 11
                                ^
            """)
    }

    @Test func scenarioIdMustBeAnId() {
        // Given a plan whose scenario is written as a title
        let yaml = "scenario: Demo Call\n" + Self.plan

        // When it is loaded
        // Then T006 suggests an id
        #expect(rendered(yaml) == """
            call.testplan.yaml:1:11: error[T006]: `Demo Call` is not a valid scenario id: use only lowercase letters, digits and hyphens; try `demo-call`
                scenario: Demo Call
                          ^
            """)
    }

    @Test func planForAnotherScenario() {
        // Given a plan that says it tests `other`, beside the scenario `demo`
        let yaml = "scenario: other\n" + Self.plan

        // When it is checked against the scenario
        // Then T007 names both
        #expect(rendered(yaml, scenario: scenario) == """
            call.testplan.yaml:1:11: error[T007]: this plan is for `other`, but the scenario beside it, call.yaml, is `demo`; fix `scenario` or rename the plan
                scenario: other
                          ^
            """)
    }

    @Test func planWithoutAScenario() throws {
        // Given a plan with no scenario beside it
        let plan = try #require(TestPlanLoader.load(yaml: Self.plan, path: "lonely.testplan.yaml").value)

        // When it is checked
        let findings = TestPlanCheck.findings(plan, scenario: nil, scenarioPath: "lonely.yaml")

        // Then T007 says where the scenario was looked for
        #expect(findings.map(\.message) == [
            "no scenario beside this test plan: a plan for `NAME.yaml` must be called `NAME.testplan.yaml`, in the same folder (looked for lonely.yaml)",
        ])
        #expect(findings.map(\.code) == ["T007"])
    }

    @Test func beatsAndRulesTheScenarioLacks() {
        // Given a plan naming a misspelt beat and a misspelt rule
        let yaml = Self.plan + "    reached: [opening, chcking]\n    auto-fail: [identity-verificaton]\n"

        // When it is checked against the scenario
        // Then T008 and T009 suggest the right names
        #expect(rendered(yaml, scenario: scenario) == """
            call.testplan.yaml:9:24: error[T008]: the scenario `demo` has no beat `chcking`; did you mean `checking`?
                    reached: [opening, chcking]
                                       ^
            call.testplan.yaml:10:17: error[T009]: no rule `identity-verificaton` on the scorecard; did you mean `identity-verification`?
                    auto-fail: [identity-verificaton]
                                ^
            """)
    }
}
