import CallSimContent
import CallSimCore
import Foundation
import Testing

@Suite("The bundled example scenario")
struct ExampleScenarioTests {
    let path = repositoryRoot.appendingPathComponent("scenarios/en/billing-double-charge.yaml").path

    @Test func loadsWithoutDiagnostics() throws {
        // Given the example scenario shipped with the program
        // When it is loaded
        let result = ScenarioLoader.load(path: path)

        // Then there is nothing to report and a scenario comes back
        #expect(result.diagnostics == [])
        #expect(!result.hasErrors)
        let scenario = try #require(result.value)
        #expect(scenario.path == path)
        #expect(scenario.id == "billing-double-charge")
        #expect(scenario.title == "Charged twice for the internet bill")
        #expect(scenario.language == "en")
        #expect(scenario.channel == .phone)
        #expect(scenario.direction == .inbound)
        #expect(scenario.department == "billing")
        #expect(scenario.difficulty == .medium)
        #expect(scenario.company == "Nile Telecom")
        #expect(scenario.outOfHands == false)
        #expect(scenario.modelLines.count == 6)
    }

    @Test func readsPersonaBriefFactsAndPolicy() throws {
        // Given the example scenario
        // When it is loaded
        let scenario = try #require(ScenarioLoader.load(path: path).value)

        // Then the set-up values are the file's
        #expect(scenario.brief.visible.count == 3)
        #expect(scenario.brief.situation.hasPrefix("A customer calls the billing line."))
        #expect(scenario.persona == Persona(
            name: "Karim Haddad", temperament: .angry, mood: 7, patience: 4,
            style: "Short, sharp sentences; softens quickly once someone takes ownership."))
        #expect(scenario.facts == [
            "name": "Karim Haddad", "account-number": "40021987", "date-of-birth": "14 March 1988",
            "phone": "0100 555 0142", "card-digits": "4417",
        ])
        #expect(scenario.policy == Policy(refundLimit: 60, creditLimit: 10, holdLimit: 120, verifyBefore: ["refund", "credit"]))
        #expect(scenario.actions.map(\.name) == ["refund", "credit"])
        #expect(scenario.actions[0].grants == .refund)
        #expect(scenario.actions[0].arguments == ["amount"])
        #expect(scenario.actions[0].sets == ["refunded": "yes"])
        #expect(scenario.actions[0].location == SourceLocation(path: path, line: 46, column: 5))
        #expect(scenario.transfers.map(\.id) == ["billing-specialists", "team-leader"])
        #expect(scenario.resolution.variables == ["refunded": "yes"])
        #expect(scenario.resolution.location == SourceLocation(path: path, line: 155, column: 13))
    }

    @Test func readsBeatsTriggersAndLines() throws {
        // Given the example scenario
        // When it is loaded
        let scenario = try #require(ScenarioLoader.load(path: path).value)

        // Then the beats, their triggers and their lines are the file's, with locations
        #expect(scenario.start == "complaint")
        #expect(scenario.beats.map(\.id) == ["complaint", "listened", "verifying", "refunded"])
        let complaint = try #require(scenario.beat("complaint"))
        #expect(complaint.location == SourceLocation(path: path, line: 65, column: 5))
        #expect(complaint.say.count == 3)
        #expect(complaint.say[0].tags == ["upset"])
        #expect(complaint.say[0].location == SourceLocation(path: path, line: 68, column: 9))
        #expect(complaint.triggers.count == 2)
        #expect(complaint.triggers[0].when.said == ["verification-request"])
        #expect(complaint.triggers[0].goto == "verifying")
        #expect(complaint.triggers[0].mood == -0.5)
        #expect(complaint.triggers[0].location == SourceLocation(path: path, line: 75, column: 9))
        #expect(complaint.triggers[1].once)
        #expect(complaint.fallback[0].moodAtLeast == 6)
        #expect(scenario.beat("listened")?.say[0].moodBelow == 7)
        #expect(scenario.beat("listened")?.fallback.map(\.text) == ["I've told you what happened. Can you look at my account or not?"])
        #expect(scenario.beat("verifying")?.say[0].tags == ["gives:name", "gives:account-number", "gives:date-of-birth"])
        #expect(scenario.beat("verifying")?.triggers[1].when.command == "hold")
        #expect(scenario.beat("refunded")?.end == .resolved)
        #expect(scenario.anytime.count == 2)
        #expect(scenario.anytime[1].when.action == "refund")
        #expect(scenario.anytime[1].when.verified == false)
    }

    @Test func hashesTheFileBytes() throws {
        // Given the example scenario's text
        let text = try String(contentsOfFile: path, encoding: .utf8)

        // When it is loaded from the file and from the same text
        let fromFile = try #require(ScenarioLoader.load(path: path).value)
        let fromText = try #require(ScenarioLoader.load(yaml: text, path: "copy.yaml").value)
        let changed = try #require(ScenarioLoader.load(yaml: text + "# edited\n", path: "copy.yaml").value)

        // Then the hash is 16 hex digits, the same for the same bytes and different for others
        #expect(fromFile.fileHash.count == 16)
        #expect(fromFile.fileHash.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        #expect(fromFile.fileHash == fromText.fileHash)
        #expect(fromFile.fileHash != changed.fileHash)
        #expect(fromText.path == "copy.yaml")
    }
}

@Suite("The bundled scenarios, as authoring tools see them")
struct BundledScenarioAuthoringTests {
    static let files = ["scenarios/en/billing-double-charge.yaml", "scenarios/en/technician-visit-chatty.yaml"]

    static var workspace: ScenarioWorkspace {
        ScenarioWorkspace(library: ContentLibrary(extraRoots: [], environment: ["CALLSIM_HOME": repositoryRoot.path], executablePath: ""))
    }

    @Test(arguments: files)
    func lintsCleanWithItsPlan(file: String) {
        // Given a bundled scenario and its test plan
        let path = repositoryRoot.appendingPathComponent(file).path
        let workspace = Self.workspace

        // When both are linted
        // Then nothing at all is reported
        #expect(workspace.lint(scenarioFile: path) == [])
        #expect(workspace.lint(planFile: TestPlanLoader.planPath(forScenario: path)) == [])
    }

    @Test(arguments: files)
    func passesItsPlanAndExploringReachesEveryBeat(file: String) throws {
        // Given a bundled scenario, its phrasebook and its plan
        let target = Self.workspace.testTarget(repositoryRoot.appendingPathComponent(file).path)
        let scenario = try #require(target.scenario)
        let phrasebook = try #require(target.phrasebook)
        let plan = try #require(target.plan)

        // When the plan is played and 200 walks are made
        let results = TestPlanRunner(scenario: scenario, phrasebook: phrasebook).run(plan)
        let report = ScenarioExplorer(scenario: scenario, phrasebook: phrasebook).explore(walks: 200, firstSeed: 1)

        // Then every run passes (great passes the call, poor fails it), and the walks reach every beat and end
        #expect(results.map(\.failures) == results.map { _ in [] })
        #expect(results.map(\.scorecard.passed) == [true, false, false])
        #expect(report.unreached == [])
        #expect(report.endless == [])
        #expect(report.problems.isEmpty)
    }
}
