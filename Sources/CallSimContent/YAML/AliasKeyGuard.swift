import CallSimCore

/// Refuses documents that use an alias as a mapping key.
///
/// Yams compares mapping keys while composing, and comparing an alias that stands for a
/// large structure can take exponential time ("billion laughs" used as keys). Scenario and
/// phrasebook keys are always plain words, so an alias in a key is refused before Yams
/// reads the text. Aliases as values are allowed: the reader counts every value it reads
/// and stops at `SourceLimits.maxNodes`.
enum AliasKeyGuard {
    /// The first alias used as a key, when there is one.
    static func firstAliasKey(in text: String, path: String) -> Diagnostic? {
        guard text.unicodeScalars.contains("&") else { return nil }
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        var anchors = Set<String>()
        for line in lines {
            for token in tokens(in: line, introducer: "&") { anchors.insert(token.name) }
        }
        guard !anchors.isEmpty else { return nil }
        var explicitKey = false
        var firstAlias: (line: Int, column: Int, name: String)?
        for (offset, line) in lines.enumerated() {
            if isExplicitKeyLine(line) { explicitKey = true }
            for token in tokens(in: line, introducer: "*") where anchors.contains(token.name) {
                if firstAlias == nil { firstAlias = (offset + 1, token.start + 1, token.name) }
                if isKey(line, aliasStart: token.start, aliasEnd: token.end) {
                    return refusal(name: token.name, line: offset + 1, column: token.start + 1, path: path)
                }
            }
        }
        if explicitKey, let alias = firstAlias {
            return refusal(name: alias.name, line: alias.line, column: alias.column, path: path)
        }
        return nil
    }

    private static func refusal(name: String, line: Int, column: Int, path: String) -> Diagnostic {
        .error(
            "Y009", "the alias `*\(name)` is used in a mapping key; aliases may only stand for values",
            at: SourceLocation(path: path, line: line, column: column))
    }

    private static let separators: Set<Unicode.Scalar> = [" ", "\t", "\r", ",", "[", "]", "{", "}"]

    /// Anchors (`&name`) or aliases (`*name`) in a line, found where YAML allows them.
    private static func tokens(in line: [Unicode.Scalar], introducer: Unicode.Scalar) -> [(name: String, start: Int, end: Int)] {
        var found: [(String, Int, Int)] = []
        var index = 0
        while index < line.count {
            if line[index] == introducer, index == 0 || separators.contains(line[index - 1]) || line[index - 1] == "-" {
                var end = index + 1
                while end < line.count, !separators.contains(line[end]) { end += 1 }
                if end > index + 1 {
                    found.append((String(String.UnicodeScalarView(line[(index + 1)..<end])), index, end))
                }
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    /// True when the alias is followed by a colon (after closing brackets) or preceded by `?`.
    private static func isKey(_ line: [Unicode.Scalar], aliasStart: Int, aliasEnd: Int) -> Bool {
        var index = aliasEnd
        while index < line.count, [" ", "\t", "]", "}"].contains(line[index]) { index += 1 }
        if index < line.count, line[index] == ":" {
            let after = index + 1
            if after == line.count || separators.contains(line[after]) { return true }
        }
        var before = aliasStart - 1
        while before >= 0, [" ", "\t", "[", "{"].contains(line[before]) { before -= 1 }
        return before >= 0 && line[before] == "?"
    }

    /// True for a line that opens an explicit (`? `) key.
    private static func isExplicitKeyLine(_ line: [Unicode.Scalar]) -> Bool {
        var index = 0
        while index < line.count, line[index] == " " || line[index] == "\t" || line[index] == "-" { index += 1 }
        guard index < line.count, line[index] == "?" else { return false }
        return index + 1 == line.count || line[index + 1] == " " || line[index + 1] == "\t" || line[index + 1] == "\r"
    }
}
