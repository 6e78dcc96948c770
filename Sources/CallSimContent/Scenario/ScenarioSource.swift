import CallSimCore

/// A scenario file as read for authoring checks (`scenario lint`, `scenario test`).
public struct ScenarioSource: Sendable {
    /// The scenario, when the file loads, and every problem the loader found.
    public var result: LoadResult<Scenario>
    /// Where every key and list item of the file is written.
    public var sourceMap: ScenarioSourceMap
    /// The scenario's id, when it could be read (even if the file has errors).
    public var id: String?
    /// Where the id is written.
    public var idLocation: SourceLocation?

    /// Creates a source.
    public init(result: LoadResult<Scenario>, sourceMap: ScenarioSourceMap, id: String?, idLocation: SourceLocation?) {
        self.result = result
        self.sourceMap = sourceMap
        self.id = id
        self.idLocation = idLocation
    }
}
