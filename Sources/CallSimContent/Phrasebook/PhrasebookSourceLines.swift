import CallSimCore

/// The lines of the files phrases come from, read once each, to place a column of a pattern
/// in its file (past the opening quote of a quoted pattern).
struct SourceLines {
    private var cache: [String: [[Unicode.Scalar]]] = [:]

    init(sources: [String: String]) {
        for (path, text) in sources { cache[path] = Self.split(text) }
    }

    /// The file location of `column` (1-based) of `entry`'s pattern; the entry's own location
    /// when the pattern is not written on its line as it reads (escapes, folded scalars).
    mutating func locate(column: Int, of entry: PhraseEntry) -> SourceLocation {
        guard var location = entry.location, location.line > 0, location.column > 0 else {
            return entry.location ?? SourceLocation(path: "", line: 0, column: 0)
        }
        if cache[location.path] == nil {
            guard case .success(let contents) = SourceFile.read(path: location.path) else { return location }
            cache[location.path] = Self.split(contents.text)
        }
        guard let lines = cache[location.path], location.line <= lines.count else { return location }
        let line = lines[location.line - 1]
        let value = Array(entry.pattern.unicodeScalars)
        var start = location.column - 1
        if start < line.count, line[start] == "\"" || line[start] == "'" { start += 1 }
        guard start + value.count <= line.count, Array(line[start..<(start + value.count)]) == value else { return location }
        location.column = start + column
        return location
    }

    private static func split(_ text: String) -> [[Unicode.Scalar]] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    }
}
