import CallSimCore
import Foundation

extension ScenarioWorkspace {
    /// Lints the scenarios and test plans `paths` name (the whole library when empty): the
    /// loader's problems, the authoring checks, clashes of ids with every other scenario
    /// the library knows, the phrasebooks the scenarios use, and each test plan against its
    /// scenario.
    public func lint(_ paths: [String]) -> ScenarioLintReport {
        let selection = select(paths)
        preload(scenarios: selection.scenarioFiles, plans: selection.planFiles)
        var diagnostics = selection.diagnostics
        var languages: [String] = []
        for path in selection.scenarioFiles {
            diagnostics += lint(scenarioFile: path)
            if let language = source(path: path).result.value?.language, !languages.contains(language) { languages.append(language) }
        }
        diagnostics += idClashes(of: selection.scenarioFiles, isLibrary: selection.isLibrary)
        for language in languages {
            let errors = phrasebook(language: language).diagnostics.filter { $0.severity == .error }
            diagnostics += errors.filter { !diagnostics.contains($0) }
        }
        for path in selection.planFiles {
            diagnostics += lint(planFile: path)
        }
        return ScenarioLintReport(diagnostics: diagnostics, scenarioCount: selection.scenarioFiles.count, planCount: selection.planFiles.count)
    }

    /// The problems of one scenario file, without clashes with other files: what `practice`
    /// checks before a call.
    public func lint(scenarioFile path: String) -> [Diagnostic] {
        let source = source(path: path)
        guard let scenario = source.result.value else { return source.result.diagnostics }
        let (book, bookProblems) = phrasebook(for: scenario, sourceMap: source.sourceMap)
        let checks = ScenarioLint(scenario: scenario, sourceMap: source.sourceMap, categories: book.map { Set($0.categories.map(\.id)) })
        let findings = checks.findings().map { Diagnostic($0, path: path) }
        let own = DiagnosticOrder.sorted(source.result.diagnostics + findings + bookProblems.filter { $0.location.path == path })
        return own + bookProblems.filter { $0.location.path != path }
    }

    /// The problems of one test plan: its own, and against the scenario beside it.
    public func lint(planFile path: String) -> [Diagnostic] {
        let loaded = plan(path: path)
        guard let plan = loaded.value else { return loaded.diagnostics }
        let scenarioPath = TestPlanLoader.scenarioPath(forPlan: path)
        let scenario = FileManager.default.fileExists(atPath: scenarioPath) ? source(path: scenarioPath).result.value : nil
        if scenario == nil, FileManager.default.fileExists(atPath: scenarioPath) {
            // The scenario has errors of its own; they are its lint's to report.
            return loaded.diagnostics
        }
        let findings = TestPlanCheck.findings(plan, scenario: scenario, scenarioPath: scenarioPath).map { Diagnostic($0, path: path) }
        return DiagnosticOrder.sorted(loaded.diagnostics + findings)
    }

    /// L003 for every checked file whose id another scenario file of the library (or of the
    /// checked files) already uses; the first file in library order keeps the id.
    func idClashes(of files: [String], isLibrary: Bool) -> [Diagnostic] {
        var order = files
        if !isLibrary {
            // Library order, with each checked file in its place (or after, when outside the
            // library). Paths are compared as written first, and through links only if needed.
            var walker = FolderWalker()
            let libraryFiles = libraryScenarioFiles(walker: &walker)
            preload(scenarios: libraryFiles, plans: [])
            let written = Set(files)
            let listed = Set(libraryFiles)
            let unmatched = files.filter { !listed.contains($0) }
            var byRealPath: [String: String] = [:]
            for path in unmatched { byRealPath[Self.realPath(path)] = byRealPath[Self.realPath(path)] ?? path }
            var placed = Set<String>()
            order = libraryFiles.map { path in
                if written.contains(path) {
                    placed.insert(path)
                    return path
                }
                guard !byRealPath.isEmpty, let checked = byRealPath[Self.realPath(path)] else { return path }
                placed.insert(checked)
                return checked
            }
            order += files.filter { !placed.contains($0) }
        }
        let checked = Set(files)
        var holders: [String: [String]] = [:]
        var ids: [String] = []
        for path in order {
            guard let id = source(path: path).id else { continue }
            if holders[id] == nil { ids.append(id) }
            holders[id, default: []].append(path)
        }
        var diagnostics: [Diagnostic] = []
        for id in ids {
            guard let paths = holders[id], paths.count > 1, let first = paths.first else { continue }
            for path in paths.dropFirst() where checked.contains(path) {
                diagnostics.append(.error(
                    "L003", "scenario id `\(id)` is already used by \(first); each scenario needs its own id",
                    at: source(path: path).idLocation ?? .whole(path)))
            }
            if checked.contains(first), !paths.dropFirst().contains(where: checked.contains), let later = paths.dropFirst().first {
                diagnostics.append(.error(
                    "L003", "scenario id `\(id)` is also used by \(later); each scenario needs its own id",
                    at: source(path: first).idLocation ?? .whole(first)))
            }
        }
        return diagnostics
    }

    static func realPath(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }
}
