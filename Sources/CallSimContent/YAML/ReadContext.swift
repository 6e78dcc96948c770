import CallSimCore
import Yams

/// Shared state while one document is read: where it came from, the problems found so
/// far, and the budget that stops a document expanded by aliases from being read forever.
final class ReadContext {
    /// The file's path as the user gave it.
    let path: String
    /// Scenario or phrasebook, for the letter of structure codes.
    let family: StructureFamily
    /// Duplicate keys the composer renamed, by position.
    let renamedKeys: [TextPosition: RenamedKey]
    /// Every problem found so far, without repeats, in the order found.
    private(set) var diagnostics: [Diagnostic] = []
    private var reported = Set<Diagnostic>()
    /// How many values have been read.
    private(set) var visits = 0
    /// True once a limit is hit: nothing more is read or reported.
    private(set) var stopped = false
    /// Where every key and list item is written, when `recordsSources` is set.
    var sourceMap = ScenarioSourceMap()
    /// True to fill `sourceMap` while reading (scenarios, for authoring checks).
    var recordsSources = false
    /// The keys the reader asked for and required, by format shape, to check the reader
    /// against the format description in tests (recorded when `tracksFormatUse` is set).
    var formatUse = FormatUse()
    /// True to fill `formatUse` (tests of the format description).
    var tracksFormatUse = false

    init(path: String, family: StructureFamily, renamedKeys: [TextPosition: RenamedKey] = [:]) {
        self.path = path
        self.family = family
        self.renamedKeys = renamedKeys
    }

    /// True when an error has been reported.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Where `node` starts.
    func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return .whole(path) }
        return SourceLocation(path: path, line: mark.line, column: mark.column)
    }

    /// Records a problem, once.
    func report(_ diagnostic: Diagnostic) {
        guard !stopped, reported.insert(diagnostic).inserted else { return }
        diagnostics.append(diagnostic)
    }

    /// Records an error with an explicit code.
    func error(_ code: String, _ message: String, at node: Node) {
        report(.error(code, message, at: location(node)))
    }

    /// Records a structural error with this file family's code.
    func error(_ problem: StructureProblem, _ message: String, at node: Node) {
        report(.error(problem.code(in: family), message, at: location(node)))
    }

    /// Records a structural warning with this file family's code.
    func warning(_ problem: StructureProblem, _ message: String, at node: Node) {
        report(.warning(problem.code(in: family), message, at: location(node)))
    }

    /// Counts a value about to be read at `depth`; false when a limit stops reading.
    func visit(_ node: Node, depth: Int) -> Bool {
        guard !stopped else { return false }
        visits += 1
        if visits > SourceLimits.maxNodes {
            report(.error(
                "Y006",
                "the document holds more than \(SourceLimits.maxNodes) values (aliases can multiply a small file); stopped reading",
                at: location(node)))
            stopped = true
            return false
        }
        if depth > SourceLimits.maxDepth {
            report(.error(
                "Y007", "lists and mappings are nested more than \(SourceLimits.maxDepth) levels deep; stopped reading",
                at: location(node)))
            stopped = true
            return false
        }
        return true
    }
}
