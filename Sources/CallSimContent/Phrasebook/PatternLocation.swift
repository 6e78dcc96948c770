import CallSimCore
import Yams

/// Places a column inside a pattern at its line and column in the file.
enum PatternLocation {
    /// The file location of `column` (1-based, in the pattern's text) when the pattern is a
    /// plain or quoted scalar on one line whose written form matches its value (no escapes);
    /// otherwise the scalar's own location.
    static func locate(column: Int, in node: Node, context: ReadContext, lines: [[Unicode.Scalar]]) -> SourceLocation {
        let base = context.location(node)
        guard case .scalar(let scalar) = node, column >= 1, base.line >= 1, base.line <= lines.count else { return base }
        let value = Array(scalar.string.unicodeScalars)
        let opening: Int
        switch scalar.style {
        case .plain: opening = 0
        case .singleQuoted, .doubleQuoted: opening = 1
        default: return base
        }
        let line = lines[base.line - 1]
        let start = base.column - 1 + opening
        guard start >= 0, start + value.count <= line.count, Array(line[start..<(start + value.count)]) == value else {
            return base
        }
        var located = base
        located.column = base.column + opening + min(column, value.count + 1) - 1
        return located
    }
}
