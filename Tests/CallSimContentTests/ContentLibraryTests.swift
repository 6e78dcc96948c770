import CallSimContent
import CallSimCore
import Foundation
import Testing

@Suite("Finding scenarios and phrasebooks")
struct ContentLibraryTests {
    /// A checkout-like tree: content at the top, the program in `.build/debug/`.
    private func checkout() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("repo/scenarios/en/billing.yaml", Fixture.scenario(id: "billing"))
        try folder.write("repo/scenarios/en/billing.testplan.yaml", "steps: []\n")
        try folder.write("repo/scenarios/en/notes.txt", "not a scenario\n")
        try folder.write("repo/scenarios/en/.draft.yaml", "id: [\n")
        try folder.write("repo/scenarios/ar/sub/refund.yaml", Fixture.scenario(id: "refund"))
        try folder.write("repo/phrasebooks/en/agent.yaml", Fixture.phrasebook())
        try folder.write("repo/phrasebooks/en/extra.yaml", Fixture.phrasebook(category: "farewell", phrase: "goodbye"))
        try folder.write("repo/phrasebooks/ar/agent.yaml", Fixture.phrasebook(language: "ar", phrase: "مرحبا"))
        try folder.write("repo/.build/debug/callsim", "")
        return folder
    }

    @Test func findsTheCheckoutByWalkingUpFromTheProgram() throws {
        // Given a program built inside a checkout
        let folder = try checkout()

        // When the library is resolved from the program's path
        let library = ContentLibrary(extraRoots: [], environment: [:], executablePath: folder.path + "/repo/.build/debug/callsim")

        // Then the checkout is the bundled root, and its scenario files are listed
        #expect(library.diagnostics == [])
        #expect(library.roots == [folder.path + "/repo"])
        #expect(library.scenarioFiles() == [
            folder.path + "/repo/scenarios/ar/sub/refund.yaml",
            folder.path + "/repo/scenarios/en/billing.yaml",
        ])
        #expect(library.phrasebookFiles(language: "en") == [
            folder.path + "/repo/phrasebooks/en/agent.yaml",
            folder.path + "/repo/phrasebooks/en/extra.yaml",
        ])
        #expect(library.phrasebookFiles(language: nil).count == 3)
    }

    @Test func prefersShareNextToTheProgram() throws {
        // Given an installed program with its content in ../share/callsim
        let folder = try TemporaryFolder()
        try folder.write("usr/bin/callsim", "")
        try folder.folder("usr/share/callsim/scenarios")

        // When the library is resolved
        let library = ContentLibrary(extraRoots: [], environment: [:], executablePath: folder.path + "/usr/bin/callsim")

        // Then the share folder is the bundled root
        #expect(library.roots == [folder.path + "/usr/share/callsim"])
    }

    @Test func callsimHomeWinsAndLibrariesFollowInOrder() throws {
        // Given CALLSIM_HOME, a --library folder, CALLSIM_LIBRARY entries and a missing folder
        let folder = try checkout()
        let home = try folder.folder("home")
        let extra = try folder.folder("extra")
        let shared = try folder.folder("shared")
        let missing = folder.path + "/missing"
        let environment = ["CALLSIM_HOME": home, "CALLSIM_LIBRARY": "\(shared)::\(missing):\(extra)"]

        // When the library is resolved
        let library = ContentLibrary(
            extraRoots: [extra], environment: environment, executablePath: folder.path + "/repo/.build/debug/callsim")

        // Then the roots come in order without repeats, and the missing folder is reported
        #expect(library.roots == [home, extra, shared])
        #expect(library.diagnostics.map { DiagnosticRenderer.render($0, source: nil) } == [
            "\(missing): error[L001]: library folder \(missing) does not exist",
        ])
    }

    @Test func warnsWhenNoBundledContentIsFound() throws {
        // Given a program far from any content
        let folder = try TemporaryFolder()

        // When the library is resolved
        let library = ContentLibrary(extraRoots: [], environment: [:], executablePath: folder.path + "/bin/callsim")

        // Then there are no roots and a warning says how to point at the content
        #expect(library.roots == [])
        #expect(library.diagnostics.map(\.code) == ["L006"])
        #expect(library.diagnostics.first?.severity == .warning)
    }

    @Test func loadsScenariosAndReportsDuplicateIdsAcrossRoots() throws {
        // Given a second library that reuses the id `billing`
        let folder = try checkout()
        let other = try folder.write("other/scenarios/copy.yaml", Fixture.scenario(id: "billing"))
        let library = ContentLibrary(
            extraRoots: [folder.path + "/other"], environment: [:], executablePath: folder.path + "/repo/.build/debug/callsim")

        // When every scenario is loaded
        let (scenarios, diagnostics) = library.loadScenarios()

        // Then the first `billing` is kept and the second is reported at its id
        #expect(scenarios.map(\.id) == ["refund", "billing"])
        #expect(scenarios.last?.path == folder.path + "/repo/scenarios/en/billing.yaml")
        #expect(DiagnosticRenderer.render(diagnostics) == """
            \(other):1:5: error[L003]: scenario id `billing` is already used by \(folder.path)/repo/scenarios/en/billing.yaml; each scenario needs its own id
                id: billing
                    ^
            """)
    }

    @Test func findsOneScenarioByIdOrSuggestsOne() throws {
        // Given the checkout's library
        let folder = try checkout()
        let library = ContentLibrary(extraRoots: [], environment: [:], executablePath: folder.path + "/repo/.build/debug/callsim")

        // When a known id and a misspelt one are asked for
        let found = library.scenario(id: "refund")
        let unknown = library.scenario(id: "biling")

        // Then the known one loads and the other suggests the closest id
        #expect(found.value?.id == "refund")
        #expect(found.diagnostics == [])
        #expect(unknown.value == nil)
        #expect(DiagnosticRenderer.render(unknown.diagnostics) == """
            error[L004]: no scenario `biling` (did you mean `billing`?); run `callsim scenario list` to see them
            """)
    }

    @Test func brokenScenarioFilesAreReportedWithTheRest() throws {
        // Given a library with one broken scenario beside a good one
        let folder = try checkout()
        let broken = try folder.write("repo/scenarios/en/broken.yaml", Fixture.scenario(id: "broken") + "colour: blue\n")
        let library = ContentLibrary(extraRoots: [], environment: [:], executablePath: folder.path + "/repo/.build/debug/callsim")

        // When the scenarios are loaded, and the broken one is asked for
        let all = library.loadScenarios()
        let one = library.scenario(id: "broken")

        // Then the good ones load and the broken one's problem is reported both times
        #expect(all.scenarios.map(\.id) == ["refund", "billing"])
        #expect(all.diagnostics.map(\.location) == [SourceLocation(path: broken, line: 13, column: 1)])
        #expect(one.value == nil)
        #expect(one.diagnostics.map(\.code) == ["S001"])
    }

    @Test func mergesPhrasebooksOfALanguageAcrossRoots() throws {
        // Given the checkout and a library adding an English category
        let folder = try checkout()
        try folder.write("more/phrasebooks/en/telecom.yaml", Fixture.phrasebook(category: "apology", phrase: "i am sorry"))
        let library = ContentLibrary(
            extraRoots: [folder.path + "/more"], environment: [:], executablePath: folder.path + "/repo/.build/debug/callsim")

        // When the English and the Persian phrasebooks are asked for
        let english = library.phrasebook(language: "en")
        let persian = library.phrasebook(language: "fa")

        // Then English merges every file, and Persian has none
        #expect(english.diagnostics == [])
        #expect(english.value?.categories.map(\.id) == ["greeting", "farewell", "apology"])
        #expect(persian.value == nil)
        #expect(persian.diagnostics.map(\.message) == [
            "no phrasebooks for language `fa` (looked in \(folder.path)/repo/phrasebooks/fa, \(folder.path)/more/phrasebooks/fa)",
        ])
    }

    @Test(.enabled(if: geteuid() != 0, "root can read any folder"))
    func unreadableFolderIsAWarning() throws {
        // Given a scenario folder nobody may read
        let folder = try checkout()
        let locked = try folder.folder("repo/scenarios/locked")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked) }
        let library = ContentLibrary(extraRoots: [], environment: [:], executablePath: folder.path + "/repo/.build/debug/callsim")

        // When the scenarios are loaded
        let (scenarios, diagnostics) = library.loadScenarios()

        // Then the rest load and the folder is reported
        #expect(scenarios.count == 2)
        #expect(diagnostics.map(\.code) == ["L002"])
    }
}
