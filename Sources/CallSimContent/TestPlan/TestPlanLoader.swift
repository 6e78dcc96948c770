import CallSimCore

/// Reads test plan files (`<scenario>.testplan.yaml`) into `TestPlan` values, reporting
/// every problem at its line and column.
public enum TestPlanLoader {
    /// The suffix of test plan files.
    public static let suffix = ".testplan.yaml"

    /// Reads the test plan at `path`.
    public static func load(path: String) -> LoadResult<TestPlan> {
        switch SourceFile.read(path: path) {
        case .failure(let failure): return .failure([failure.diagnostic])
        case .success(let contents): return readDetailed(text: contents.text, path: path).result
        }
    }

    /// Reads a test plan from YAML text; `path` names it in diagnostics.
    public static func load(yaml: String, path: String) -> LoadResult<TestPlan> {
        loadDetailed(yaml: yaml, path: path).result
    }

    /// A test plan read from text; with `trackingFormat`, the keys the reader used.
    static func loadDetailed(yaml: String, path: String, trackingFormat: Bool = false) -> (result: LoadResult<TestPlan>, formatUse: FormatUse) {
        if let tooLarge = SourceFile.check(text: yaml, path: path) { return (.failure([tooLarge.diagnostic]), FormatUse()) }
        return readDetailed(text: SourceFile.withoutByteOrderMark(yaml), path: path, trackingFormat: trackingFormat)
    }

    /// The test plan beside the scenario file at `scenarioPath` (`x.yaml` → `x.testplan.yaml`).
    public static func planPath(forScenario scenarioPath: String) -> String {
        (scenarioPath.hasSuffix(".yaml") ? String(scenarioPath.dropLast(".yaml".count)) : scenarioPath) + suffix
    }

    /// The scenario file beside the test plan at `planPath` (`x.testplan.yaml` → `x.yaml`).
    public static func scenarioPath(forPlan planPath: String) -> String {
        (planPath.hasSuffix(suffix) ? String(planPath.dropLast(suffix.count)) : planPath) + ".yaml"
    }

    private static func readDetailed(text: String, path: String, trackingFormat: Bool = false) -> (result: LoadResult<TestPlan>, formatUse: FormatUse) {
        let (document, problems) = YAMLComposer.compose(text: text, path: path, emptyHint: "a test plan needs `runs`")
        guard let document else { return (.failure(problems), FormatUse()) }
        let context = ReadContext(path: path, family: .testPlan, renamedKeys: document.renamedKeys)
        context.tracksFormatUse = trackingFormat
        let plan = TestPlanReader(context: context).read(document.root)
        return (LoadResult(value: plan, diagnostics: DiagnosticOrder.sorted(problems + context.diagnostics)), context.formatUse)
    }
}
