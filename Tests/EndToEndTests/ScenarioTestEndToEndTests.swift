import Foundation
import Testing

@Suite("scenario test")
struct ScenarioTestEndToEndTests {
    static let plan = """
        runs:
          - name: good agent
            seed: 1
            steps:
              - "Hello, thank you for calling."
              - agent: "So I can look at the account, may I have your account number and date of birth, please?"
                beat: checking
              - agent: /action fix
                beat: done
              - /end
            outcome: resolved

        """

    @Test func bundledPlansPass() throws {
        // Given the bundled scenarios and their plans
        let callsim = try CallsimProcess()

        // When they are tested
        let result = try callsim.run(["scenario", "test", "billing-double-charge", "technician-visit-chatty"], timeout: 600)

        // Then every run passes
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("  PASS great agent (seed 7): resolved, score "))
        #expect(!result.stdout.contains("FAIL"))
    }

    @Test func failureShowsExpectedBesideActual() throws {
        // Given a plan that expects the wrong beat after the greeting
        let library = try TrainerLibrary()
        try library.write("demo.yaml", AuthoringScenario.yaml())
        let plan = try library.write("demo.testplan.yaml", Self.plan.replacingOccurrences(of: "\"Hello, thank you for calling.\"", with: "{ agent: \"Hello, thank you for calling.\", beat: done }"))

        // When it is tested
        let result = try library.run(["scenario", "test", "e2e-demo"])

        // Then the run fails, and the failure shows where, what was expected and what happened
        #expect(result.status == 1)
        #expect(result.stdout.contains("""
              FAIL good agent (seed 1): resolved, score
            """))
        #expect(result.stdout.contains("""
                  \(plan):5:57: step 1 “Hello, thank you for calling.”, beat
                    expected                                     │ actual
                    done                                         │ opening
            """))
        #expect(result.stdout.hasSuffix("1 scenario, 1 run: 0 passed, 1 failed.\n"))
    }

    @Test func exploreReportsWalksAndReplaysASeed() throws {
        // Given a scenario with a plan
        let library = try TrainerLibrary()
        let file = try library.write("demo.yaml", AuthoringScenario.yaml())
        try library.write("demo.testplan.yaml", Self.plan)

        // When it is explored, and one walk replayed
        let explored = try library.run(["scenario", "test", file, "--explore", "30"])
        let replay = try library.run(["scenario", "test", file, "--explore", "1", "--seed", "12", "--trace"])

        // Then the walks are summarised, and the replay prints its call line by line
        #expect(explored.status == 0, "\(explored.stdout)")
        #expect(explored.stdout.contains("  PASS explore: 30 walks (seeds 1–30, at most 64 lines each); endings: "))
        #expect(explored.stdout.hasSuffix("1 scenario, 1 run: 1 passed, 0 failed; 30 walks: no problems.\n"))
        #expect(replay.stdout.contains("    walk 12: "))
        #expect(replay.stdout.contains("      [1] agent: "))
    }

    @Test func unreachedBeatsFailTheExploration() throws {
        // Given a scenario with a beat nothing reaches
        let library = try TrainerLibrary()
        let file = try library.write("demo.yaml", AuthoringScenario.yaml().replacingOccurrences(of: "resolution:", with: "  - id: orphan\n    say: Nobody.\nresolution:"))
        try library.write("demo.testplan.yaml", Self.plan)

        // When it is explored
        let result = try library.run(["scenario", "test", file, "--explore", "25"])

        // Then the beat is listed and the status is 1
        #expect(result.status == 1)
        #expect(result.stdout.contains("      beats no walk reached: orphan\n"))
    }

    @Test func missingPlanIsAWarning() throws {
        // Given a scenario without a plan
        let library = try TrainerLibrary()
        let file = try library.write("demo.yaml", AuthoringScenario.yaml())

        // When it is tested
        let result = try library.run(["scenario", "test", file])

        // Then T010 is a warning and the status is 0
        #expect(result.status == 0)
        #expect(result.stderr == "\(file): warning[T010]: no test plan beside this scenario; write demo.testplan.yaml (see docs/testplans.md)\n")
    }

    @Test func jsonResults() throws {
        // Given a scenario and its plan
        let library = try TrainerLibrary()
        let file = try library.write("demo.yaml", AuthoringScenario.yaml())
        try library.write("demo.testplan.yaml", Self.plan)

        // When it is tested with --format json
        let result = try library.run(["scenario", "test", file, "--format", "json"])

        // Then the results are one JSON object
        let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["passed"] as? Bool == true)
        let scenarios = try #require(object["scenarios"] as? [[String: Any]])
        let runs = try #require(scenarios.first?["runs"] as? [[String: Any]])
        #expect(runs.first?["name"] as? String == "good agent")
        #expect(runs.first?["outcome"] as? String == "resolved")
    }
}
