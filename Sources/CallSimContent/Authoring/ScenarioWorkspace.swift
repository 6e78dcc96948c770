import CallSimCore
import Foundation

/// The scenarios, test plans and phrasebooks the authoring commands (`scenario lint`,
/// `test`, `graph`, `show`) work on, each file read once.
///
/// Not thread-safe: one command uses one workspace.
public final class ScenarioWorkspace {
    /// The library folders.
    public let library: ContentLibrary
    private var phrasebooks: [String: LoadResult<Phrasebook>] = [:]
    private var extraPhrasebooks: [String: LoadResult<Phrasebook>] = [:]
    private var sources: [String: ScenarioSource] = [:]
    private var plans: [String: LoadResult<TestPlan>] = [:]
    private var questionBanks: [String: Bool] = [:]
    private var libraryFiles: [String]?

    /// A workspace over `library`.
    public init(library: ContentLibrary) {
        self.library = library
    }

    /// The scenario file at `path`, read once.
    public func source(path: String) -> ScenarioSource {
        if let cached = sources[path] { return cached }
        let source = ScenarioLoader.loadSource(path: path)
        sources[path] = source
        return source
    }

    /// The test plan at `path`, read once.
    public func plan(path: String) -> LoadResult<TestPlan> {
        if let cached = plans[path] { return cached }
        let plan = TestPlanLoader.load(path: path)
        plans[path] = plan
        return plan
    }

    /// Reads the scenario files and test plans not read yet, on every core at once.
    public func preload(scenarios: [String], plans planPaths: [String]) {
        let newScenarios = Array(Set(scenarios.filter { sources[$0] == nil }))
        for (path, source) in zip(newScenarios, ConcurrentMap.map(newScenarios) { ScenarioLoader.loadSource(path: $0) }) {
            sources[path] = source
        }
        // The phrasebooks those scenarios are played with, one language a core.
        let languages = Set(scenarios.compactMap { sources[$0]?.result.value?.language }).filter { phrasebooks[$0] == nil }.sorted()
        let library = self.library
        for (language, book) in zip(languages, ConcurrentMap.map(languages) { library.phrasebook(language: $0) }) {
            phrasebooks[language] = book
        }
        let newPlans = Array(Set(planPaths.filter { plans[$0] == nil }))
        for (path, plan) in zip(newPlans, ConcurrentMap.map(newPlans) { TestPlanLoader.load(path: $0) }) {
            plans[path] = plan
        }
    }

    /// True for an interview question bank under `scenarios/` (`kind: interview`), checked once.
    func isQuestionBank(_ path: String) -> Bool {
        if let known = questionBanks[path] { return known }
        let bank = Self.mayDeclareKind(path) && ContentKind.isQuestionBank(path)
        questionBanks[path] = bank
        return bank
    }

    /// False when the start of the file has no line beginning with `kind:`, so it cannot be a
    /// question bank (a quick look before `ContentKind` reads the file's top-level keys).
    static func mayDeclareKind(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: ContentKind.headBytes) else { return false }
        let key = Array("kind:".utf8)
        var atLineStart = true
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            if atLineStart, byte == key[0], data[index...].starts(with: key) { return true }
            atLineStart = byte == UInt8(ascii: "\n")
            index = data.index(after: index)
        }
        return false
    }

    /// Every scenario file of the library, as `ContentLibrary.scenarioFiles()` lists them, listed once.
    func libraryScenarioFiles(walker: inout FolderWalker) -> [String] {
        if let libraryFiles { return libraryFiles }
        let files = library.roots.flatMap { walker.yamlFiles(in: FolderWalker.join($0, "scenarios"), recursive: true) }
            .filter { !isQuestionBank($0) }
        libraryFiles = files
        return files
    }

    /// The merged phrasebook of `language`, read once.
    public func phrasebook(language: String) -> LoadResult<Phrasebook> {
        if let cached = phrasebooks[language] { return cached }
        let result = library.phrasebook(language: language)
        phrasebooks[language] = result
        return result
    }

    /// The phrasebook `scenario` is played with: its language's, with its extra phrasebooks
    /// merged, and the problems that stop it (S026 at the `phrasebooks` item, and the extra
    /// files' own errors). The phrasebook is nil when the language's cannot be loaded.
    public func phrasebook(for scenario: Scenario, sourceMap: ScenarioSourceMap = ScenarioSourceMap()) -> (phrasebook: Phrasebook?, diagnostics: [Diagnostic]) {
        let base = phrasebook(language: scenario.language)
        guard var merged = base.value, !base.hasErrors else { return (nil, []) }
        var diagnostics: [Diagnostic] = []
        for name in scenario.phrasebooks {
            let path = Self.extraPhrasebookPath(name, scenarioPath: scenario.path)
            let place = sourceMap.item(name, of: "phrasebooks", in: sourceMap.root) ?? .whole(scenario.path)
            guard FileManager.default.fileExists(atPath: path) else {
                diagnostics.append(.error("S026", "the phrasebook `\(name)` does not exist (looked for \(path))", at: place))
                continue
            }
            let extra = extraPhrasebooks[path] ?? PhrasebookLoader.load(path: path)
            extraPhrasebooks[path] = extra
            guard let book = extra.value, !extra.hasErrors else {
                diagnostics += extra.diagnostics.filter { $0.severity == .error }
                diagnostics.append(.error("S026", "the phrasebook `\(name)` has errors; fix them, or run `callsim scenario lint \(path)`", at: place))
                continue
            }
            if book.language != scenario.language {
                diagnostics.append(.error("S026", "the phrasebook `\(name)` is in `\(book.language)`, but the scenario is in `\(scenario.language)`", at: place))
                continue
            }
            merged = merged.merged(with: book)
        }
        return (merged, diagnostics)
    }

    /// Where an extra phrasebook named in a scenario is: relative to the scenario's folder
    /// unless it starts with `/`.
    public static func extraPhrasebookPath(_ name: String, scenarioPath: String) -> String {
        if name.hasPrefix("/") { return name }
        let folder = scenarioPath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return folder.isEmpty ? name : "\(folder)/\(name)"
    }
}
