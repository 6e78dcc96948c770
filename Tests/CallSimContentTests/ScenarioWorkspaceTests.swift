@testable import CallSimContent
import CallSimCore
import Foundation
import Testing

@Suite("Linting and testing files of a library")
struct ScenarioWorkspaceTests {
    /// A library root with an English phrasebook that has the fixture's categories.
    static func library(_ folder: TemporaryFolder) throws -> ContentLibrary {
        var book = "language: en\ncategories:\n"
        for category in LintFixture.categories.sorted() {
            book += "  \(category):\n    kind: recommended\n    phrases:\n      - \"\(category.replacingOccurrences(of: "-", with: " ")) please\"\n"
        }
        try folder.write("root/phrasebooks/en/agent.yaml", book)
        return ContentLibrary(extraRoots: [], environment: ["CALLSIM_HOME": folder.path + "/root"], executablePath: "")
    }

    @Test func duplicateIdsAcrossLibrariesNameBothFiles() throws {
        // Given the bundled root and a trainer's library that both have a scenario `demo`
        let folder = try TemporaryFolder()
        _ = try Self.library(folder)
        try folder.write("root/scenarios/demo.yaml", LintFixture.base)
        try folder.write("mine/scenarios/copy.yaml", LintFixture.base)
        let library = ContentLibrary(extraRoots: [folder.path + "/mine"], environment: ["CALLSIM_HOME": folder.path + "/root"], executablePath: "")

        // When the whole library is linted
        let report = ScenarioWorkspace(library: library).lint([])

        // Then the trainer's file gets L003, naming the bundled file
        #expect(DiagnosticRenderer.render(report.diagnostics) == """
            \(folder.path)/mine/scenarios/copy.yaml:1:5: error[L003]: scenario id `demo` is already used by \(folder.path)/root/scenarios/demo.yaml; each scenario needs its own id
                id: demo
                    ^
            """)
        #expect(report.errorCount == 1)
        #expect(report.scenarioCount == 2)
    }

    @Test func lintingOneFileStillFindsItsClash() throws {
        // Given the same two files
        let folder = try TemporaryFolder()
        _ = try Self.library(folder)
        try folder.write("root/scenarios/demo.yaml", LintFixture.base)
        let mine = try folder.write("mine/scenarios/copy.yaml", LintFixture.base)
        let library = ContentLibrary(extraRoots: [folder.path + "/mine"], environment: ["CALLSIM_HOME": folder.path + "/root"], executablePath: "")

        // When only the trainer's file is linted
        let report = ScenarioWorkspace(library: library).lint([mine])

        // Then the clash with the bundled file is still reported
        #expect(report.diagnostics.map(\.code) == ["L003"])
        #expect(report.diagnostics.first?.location.path == mine)
    }

    @Test func missingExtraPhrasebook() throws {
        // Given a scenario that lists an extra phrasebook that is not there
        let folder = try TemporaryFolder()
        let library = try Self.library(folder)
        let path = try folder.write("root/scenarios/demo.yaml", LintFixture.base + "phrasebooks: [billing-terms.yaml]\n")

        // When it is linted
        let diagnostics = ScenarioWorkspace(library: library).lint(scenarioFile: path)

        // Then S026 points at the name and says where it was looked for
        #expect(DiagnosticRenderer.render(diagnostics) == """
            \(path):33:15: error[S026]: the phrasebook `billing-terms.yaml` does not exist (looked for \(folder.path)/root/scenarios/billing-terms.yaml)
                phrasebooks: [billing-terms.yaml]
                              ^
            """)
    }

    @Test func extraPhrasebookAddsCategories() throws {
        // Given a scenario that waits for a category only its extra phrasebook has
        let folder = try TemporaryFolder()
        let library = try Self.library(folder)
        try folder.write("root/scenarios/terms.yaml", Fixture.phrasebook(category: "billing-term", phrase: "direct debit"))
        let yaml = LintFixture.changing("[verification-request]", to: "[verification-request, billing-term]") + "phrasebooks: [terms.yaml]\n"
        let path = try folder.write("root/scenarios/demo.yaml", yaml)

        // When it is linted
        // Then the category is known
        #expect(ScenarioWorkspace(library: library).lint(scenarioFile: path) == [])
    }

    @Test func scenarioWithoutAPlanIsAWarningWhenTested() throws {
        // Given a scenario with no test plan beside it
        let folder = try TemporaryFolder()
        let library = try Self.library(folder)
        let path = try folder.write("root/scenarios/demo.yaml", LintFixture.base)

        // When its test targets are worked out
        let (targets, _) = ScenarioWorkspace(library: library).testTargets([])

        // Then it is playable, with a T010 warning
        #expect(targets.count == 1)
        #expect(targets.first?.isPlayable == true)
        #expect(targets.first?.diagnostics.map(\.description) == [
            "\(path): warning[T010]: no test plan beside this scenario; write demo.testplan.yaml (see docs/testplans.md)",
        ])
    }

    @Test func planIsLintedAgainstItsScenario() throws {
        // Given a plan beside its scenario that names a beat the scenario lacks
        let folder = try TemporaryFolder()
        let library = try Self.library(folder)
        try folder.write("root/scenarios/demo.yaml", LintFixture.base)
        let plan = try folder.write("root/scenarios/demo.testplan.yaml", "runs:\n  - name: r\n    steps: [hello]\n    reached: [nowhere]\n")

        // When the library is linted
        let report = ScenarioWorkspace(library: library).lint([])

        // Then the plan's problem is reported, and both files were checked
        #expect(report.diagnostics.map(\.description) == [
            "\(plan):4:15: error[T008]: the scenario `demo` has no beat `nowhere`; its beats are opening, checking, done",
        ])
        #expect(report.scenarioCount == 1)
        #expect(report.planCount == 1)
    }
}
