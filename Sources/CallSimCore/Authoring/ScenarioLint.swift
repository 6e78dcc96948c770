/// The authoring checks of one scenario that the loader cannot make key by key: beats
/// nothing reaches, calls that cannot end or be resolved, phrase categories the phrasebooks
/// lack, variables read but never set, conditions that can never hold, and more. Each
/// finding has a stable code (S014–S029) documented in `docs/diagnostics.md`.
///
/// Pure: the scenario, where its keys are written and the phrasebook's categories come in
/// as values.
public struct ScenarioLint: Sendable {
    /// The scenario checked.
    public let scenario: Scenario
    /// Where its keys are written (empty for a scenario built in code).
    public let sourceMap: ScenarioSourceMap
    /// The phrase categories of the scenario's language (its extra phrasebooks included);
    /// nil when the phrasebook could not be loaded, which skips the category check.
    public let categories: Set<String>?
    /// What can happen in the scenario.
    public let flow: ScenarioFlow

    /// Prepares the checks of `scenario`.
    public init(scenario: Scenario, sourceMap: ScenarioSourceMap = ScenarioSourceMap(), categories: Set<String>?) {
        self.scenario = scenario
        self.sourceMap = sourceMap
        self.categories = categories
        flow = ScenarioFlow(scenario: scenario)
    }

    /// Every finding, in file order.
    public func findings() -> [LintFinding] {
        let all = flowFindings() + conditionFindings() + shadowFindings() + variableFindings() + textFindings()
        return all.enumerated().sorted { left, right in
            let a = left.element.location, b = right.element.location
            let keyA = (a?.line ?? 0, a?.column ?? 0), keyB = (b?.line ?? 0, b?.column ?? 0)
            return keyA != keyB ? keyA < keyB : left.offset < right.offset
        }.map(\.element)
    }

    // MARK: Locations

    /// The start of the file, for problems of the scenario as a whole.
    var fileStart: SourceLocation { SourceLocation(path: scenario.path, line: 0, column: 0) }

    /// Where a top-level key is written, or the start of the file.
    func topKey(_ key: String) -> SourceLocation? {
        sourceMap.keyLocation(key, in: sourceMap.root) ?? sourceMap.root ?? fileStart
    }

    /// Where a beat's id is written.
    func location(of beat: Beat) -> SourceLocation? {
        sourceMap.valueLocation("id", in: beat.location) ?? beat.location
    }

    /// Where a key of a condition (and an entry of it) is written.
    func location(_ key: String, entry: String? = nil, in condition: Condition) -> SourceLocation? {
        if let entry {
            let inner = sourceMap.valueLocation(key, in: condition.location)
            if let found = sourceMap.keyLocation(entry, in: inner) ?? sourceMap.itemLocation(entry, in: inner) { return found }
        }
        return sourceMap.keyLocation(key, in: condition.location) ?? condition.location
    }

    /// "line 12", for messages that point at another place.
    func line(of location: SourceLocation?) -> String {
        location.map { "line \($0.line)" } ?? "an earlier line"
    }
}
