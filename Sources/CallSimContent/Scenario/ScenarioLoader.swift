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

    /// Reads the scenario file at `path` for authoring checks: the result, with where every
    /// key is written and the id even when the file has errors.
    public static func loadSource(path: String) -> ScenarioSource {
        let details = loadDetailed(path: path)
        return ScenarioSource(result: details.result, sourceMap: details.sourceMap, id: details.id, idLocation: details.idLocation)
    }

    /// Reads a scenario from YAML text for authoring checks.
    public static func loadSource(yaml: String, path: String) -> ScenarioSource {
        let details = loadDetailed(yaml: yaml, path: path)
        return ScenarioSource(result: details.result, sourceMap: details.sourceMap, id: details.id, idLocation: details.idLocation)
    }

    /// What loading produced, with the scenario's id even when the file has errors.
    struct Details {
        var result: LoadResult<Scenario>
        /// The id, when it could be read.
        var id: String?
        /// Where the id is written.
        var idLocation: SourceLocation?
        /// Where every key and list item is written.
        var sourceMap = ScenarioSourceMap()
        /// The keys the reader used, by format shape.
        var formatUse = FormatUse()
    }

    static func loadDetailed(path: String) -> Details {
        switch SourceFile.read(path: path) {
        case .failure(let failure):
            return Details(result: .failure([failure.diagnostic]))
        case .success(let contents):
            return read(text: contents.text, path: path, hash: ContentHash.fnv1a64(contents.bytes))
        }
    }

    /// Reads YAML text; with `trackingFormat`, `Details.formatUse` records the keys the reader used.
    static func loadDetailed(yaml: String, path: String, trackingFormat: Bool = false) -> Details {
        if let tooLarge = SourceFile.check(text: yaml, path: path) {
            return Details(result: .failure([tooLarge.diagnostic]))
        }
        return read(text: SourceFile.withoutByteOrderMark(yaml), path: path, hash: ContentHash.fnv1a64(yaml.utf8), trackingFormat: trackingFormat)
    }

    private static func read(text: String, path: String, hash: String, trackingFormat: Bool = false) -> Details {
        let (document, problems) = YAMLComposer.compose(
            text: text, path: path, emptyHint: "a scenario needs at least `id`, `title`, `brief`, `persona`, `start` and `beats`")
        guard let document else { return Details(result: .failure(problems)) }
        let context = ReadContext(path: path, family: .scenario, renamedKeys: document.renamedKeys)
        context.recordsSources = true
        context.tracksFormatUse = trackingFormat
        let reader = ScenarioReader(context: context)
        var scenario = reader.read(document.root)
        scenario?.path = path
        scenario?.fileHash = hash
        let diagnostics = DiagnosticOrder.sorted(problems + context.diagnostics)
        return Details(
            result: LoadResult(value: scenario, diagnostics: diagnostics), id: reader.id, idLocation: reader.idLocation,
            sourceMap: context.sourceMap, formatUse: context.formatUse)
    }
}
