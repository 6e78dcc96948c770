import CallSimCore
import Foundation

/// Reads scenario files into `Scenario` values, reporting every problem at its line and column.
public enum ScenarioLoader {
    /// Reads the scenario file at `path`.
    public static func load(path: String) -> LoadResult<Scenario> {
        loadDetailed(path: path).result
    }

    /// Reads a scenario from YAML text; `path` names it in diagnostics and in `Scenario.path`.
    public static func load(yaml: String, path: String) -> LoadResult<Scenario> {
        loadDetailed(yaml: yaml, path: path).result
    }

    /// What loading produced, with the scenario's id even when the file has errors.
    struct Details {
        var result: LoadResult<Scenario>
        /// The id, when it could be read.
        var id: String?
        /// Where the id is written.
        var idLocation: SourceLocation?
    }

    static func loadDetailed(path: String) -> Details {
        switch SourceFile.read(path: path) {
        case .failure(let failure):
            return Details(result: .failure([failure.diagnostic]))
        case .success(let contents):
            return read(text: contents.text, path: path, hash: ContentHash.fnv1a64(contents.bytes))
        }
    }

    static func loadDetailed(yaml: String, path: String) -> Details {
        if let tooLarge = SourceFile.check(text: yaml, path: path) {
            return Details(result: .failure([tooLarge.diagnostic]))
        }
        return read(text: SourceFile.withoutByteOrderMark(yaml), path: path, hash: ContentHash.fnv1a64(yaml.utf8))
    }

    private static func read(text: String, path: String, hash: String) -> Details {
        let (document, problems) = YAMLComposer.compose(
            text: text, path: path, emptyHint: "a scenario needs at least `id`, `title`, `brief`, `persona`, `start` and `beats`")
        guard let document else { return Details(result: .failure(problems)) }
        let context = ReadContext(path: path, family: .scenario, renamedKeys: document.renamedKeys)
        let reader = ScenarioReader(context: context)
        var scenario = reader.read(document.root)
        scenario?.path = path
        scenario?.fileHash = hash
        let diagnostics = DiagnosticOrder.sorted(problems + context.diagnostics)
        return Details(result: LoadResult(value: scenario, diagnostics: diagnostics), id: reader.id, idLocation: reader.idLocation)
    }
}
