import CallSimCore

extension ContentLibrary {
    /// Every scenario file: `*.yaml` under each root's `scenarios/`, recursively, sorted
    /// within each root, without test plans and interview question banks (`kind: interview`).
    public func scenarioFiles() -> [String] {
        var walker = FolderWalker()
        return scenarioFiles(walker: &walker)
    }

    func scenarioFiles(walker: inout FolderWalker) -> [String] {
        roots.flatMap { walker.yamlFiles(in: FolderWalker.join($0, "scenarios"), recursive: true) }
            .filter { !ContentKind.isQuestionBank($0) }  // `kind: interview` files are read by QuestionBankLoader
    }

    /// Every scenario that loads without errors, and every problem found. Two files with
    /// the same id are an error; the first one found is kept.
    public func loadScenarios() -> (scenarios: [Scenario], diagnostics: [Diagnostic]) {
        var walker = FolderWalker()
        let files = scenarioFiles(walker: &walker)
        var diagnostics: [Diagnostic] = []
        var scenarios: [Scenario] = []
        var firstPath: [String: String] = [:]
        for path in files {
            let details = ScenarioLoader.loadDetailed(path: path)
            diagnostics += details.result.diagnostics
            if let id = details.id {
                if let first = firstPath[id] {
                    diagnostics.append(duplicateID(id, firstPath: first, details: details, path: path))
                    continue
                }
                firstPath[id] = path
            }
            if let scenario = details.result.value { scenarios.append(scenario) }
        }
        return (scenarios, walker.diagnostics + diagnostics)
    }

    /// The scenario with this id, with the problems of its file. An unknown id is an error
    /// that suggests the closest id.
    public func scenario(id: String) -> LoadResult<Scenario> {
        var walker = FolderWalker()
        let files = scenarioFiles(walker: &walker)
        var found: (path: String, details: ScenarioLoader.Details)?
        var duplicates: [Diagnostic] = []
        var ids: [String] = []
        for path in files {
            let details = ScenarioLoader.loadDetailed(path: path)
            guard let fileID = details.id else { continue }
            ids.append(fileID)
            guard fileID == id else { continue }
            if let first = found {
                duplicates.append(duplicateID(id, firstPath: first.path, details: details, path: path))
            } else {
                found = (path, details)
            }
        }
        guard let found else {
            let hint = Suggestion.closest(to: id, in: ids).map { " (did you mean `\($0)`?)" } ?? ""
            let unknown = Diagnostic.error(
                "L004", "no scenario `\(id)`\(hint); run `callsim scenario list` to see them", at: .nowhere)
            return .failure(walker.diagnostics + [unknown])
        }
        return LoadResult(value: found.details.result.value, diagnostics: walker.diagnostics + found.details.result.diagnostics + duplicates)
    }

    private func duplicateID(_ id: String, firstPath: String, details: ScenarioLoader.Details, path: String) -> Diagnostic {
        .error(
            "L003", "scenario id `\(id)` is already used by \(firstPath); each scenario needs its own id",
            at: details.idLocation ?? .whole(path))
    }
}
