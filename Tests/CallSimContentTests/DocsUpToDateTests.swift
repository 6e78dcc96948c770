@testable import CallSimContent
import CallSimCore
import Foundation
import Testing

@Suite("Generated documentation is up to date")
struct DocsUpToDateTests {
    static func doc(_ name: String) throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent("docs/\(name)"), encoding: .utf8)
    }

    /// The text between the generated-reference markers of a doc.
    static func generatedSection(of text: String) throws -> String {
        let begin = try #require(text.range(of: "<!-- BEGIN GENERATED KEY REFERENCE -->\n"))
        let end = try #require(text.range(of: "<!-- END GENERATED KEY REFERENCE -->"))
        return String(text[begin.upperBound..<end.lowerBound])
    }

    @Test func diagnosticsReferenceMatchesTheCodes() throws {
        // Given docs/diagnostics.md
        let file = try Self.doc("diagnostics.md")

        // When it is compared with what `callsim scenario lint --explain all` prints
        // Then they are the same
        #expect(file == DiagnosticDocs.markdown(), "docs/diagnostics.md is out of date: run scripts/update-authoring-docs.sh")
    }

    @Test func everyCodeOfTheseFamiliesIsExplained() {
        // Given every registered code of the files and libraries, scenarios and test plans
        let codes = DiagnosticCodes.all.keys.filter { ["Y", "S", "T", "L"].contains($0.first) }

        // Then each has a longer explanation, and no explanation is for a code that does not exist
        #expect(codes.filter { DiagnosticExplanations.all[$0] == nil }.sorted() == [])
        #expect(DiagnosticExplanations.all.keys.filter { DiagnosticCodes.all[$0] == nil }.sorted() == [])
    }

    @Test func scenarioKeyReferenceMatchesTheFormat() throws {
        // Given the key reference in docs/scenarios.md
        let section = try Self.generatedSection(of: Self.doc("scenarios.md"))

        // Then it is what `callsim scenario schema --format markdown` prints
        #expect(section == FormatDocuments.scenarioReference(), "docs/scenarios.md is out of date: run scripts/update-authoring-docs.sh")
    }

    @Test func testPlanKeyReferenceMatchesTheFormat() throws {
        // Given the key reference in docs/testplans.md
        let section = try Self.generatedSection(of: Self.doc("testplans.md"))

        // Then it is what `callsim scenario schema --testplan --format markdown` prints
        #expect(section == FormatDocuments.testPlanReference(), "docs/testplans.md is out of date: run scripts/update-authoring-docs.sh")
    }

    @Test func explanationOfOneCode() throws {
        // Given a code
        // When its entry is asked for
        let entry = try #require(DiagnosticDocs.explanation(of: "S014"))

        // Then it has the heading, the meaning and the explanation
        #expect(entry.hasPrefix("### S014\n\n**Warning: nothing reaches a beat.**\n\nNo route from `start` leads to this beat"))
        #expect(DiagnosticDocs.explanation(of: "S999") == nil)
    }

    @Test func testPlanExamplePassesAgainstTheBundledScenario() throws {
        // Given the example plan of docs/testplans.md and the bundled scenario it is written for
        let plan = try #require(TestPlanLoader.load(yaml: FormatDescriptionTests.yamlExample(in: "testplans.md"), path: "example.testplan.yaml").value)
        let workspace = BundledScenarioAuthoringTests.workspace
        let target = workspace.testTarget(repositoryRoot.appendingPathComponent("scenarios/en/billing-double-charge.yaml").path)
        let scenario = try #require(target.scenario)
        let phrasebook = try #require(target.phrasebook)

        // When it is played
        let results = TestPlanRunner(scenario: scenario, phrasebook: phrasebook).run(plan)

        // Then every run passes
        #expect(plan.scenarioID == scenario.id)
        #expect(results.flatMap(\.failures) == [])
    }

    @Test func scenarioExampleLintsClean() throws {
        // Given the complete example of docs/scenarios.md, in a library with the bundled phrasebooks
        let folder = try TemporaryFolder()
        let path = try folder.write("scenarios/example.yaml", FormatDescriptionTests.yamlExample(in: "scenarios.md"))

        // When it is linted
        let diagnostics = BundledScenarioAuthoringTests.workspace.lint(scenarioFile: path)

        // Then nothing is reported
        #expect(diagnostics == [])
    }
}
