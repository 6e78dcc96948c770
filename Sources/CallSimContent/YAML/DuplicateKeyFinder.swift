/// Finds the second occurrence of a key that Yams reported as duplicated, given the first.
///
/// Yams only gives the first occurrence's position. The second is found in the text: in a
/// block mapping, the next line indented exactly like the first key that starts with the
/// same key (plain or quoted) and a colon, before the mapping ends; in a flow mapping, the
/// next `{` or `,` followed by the key and a colon.
enum DuplicateKeyFinder {
    /// Where the second key is, and the index in its line of the scalar to rename.
    struct Found {
        var position: TextPosition
        var renameIndex: Int
    }

    static func second(of key: String, after first: TextPosition, in lines: [[Unicode.Scalar]]) -> Found? {
        let keyScalars = Array(key.unicodeScalars)
        guard !keyScalars.isEmpty, first.line >= 1, first.line <= lines.count else { return nil }
        let firstLine = lines[first.line - 1]
        let start = first.column - 1
        guard start >= 0, start < firstLine.count else { return nil }
        var before = start - 1
        while before >= 0, firstLine[before] == " " || firstLine[before] == "\t" { before -= 1 }
        if before >= 0, firstLine[before] == "{" || firstLine[before] == "," {
            return inFlow(keyScalars, after: first, in: lines)
        }
        return inBlock(keyScalars, after: first, in: lines)
    }

    private static func inBlock(_ key: [Unicode.Scalar], after first: TextPosition, in lines: [[Unicode.Scalar]]) -> Found? {
        let indent = first.column - 1
        var number = first.line + 1
        while number <= lines.count {
            let line = lines[number - 1]
            if let content = line.firstIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" }), line[content] != "#" {
                if content < indent { return nil }
                if content == indent, let index = keyStart(key, in: line, at: content) {
                    return Found(position: TextPosition(line: number, column: content + 1), renameIndex: index)
                }
            }
            number += 1
        }
        return nil
    }

    private static func inFlow(_ key: [Unicode.Scalar], after first: TextPosition, in lines: [[Unicode.Scalar]]) -> Found? {
        var number = first.line
        var from = first.column
        while number <= lines.count {
            let line = lines[number - 1]
            var index = from
            while index < line.count {
                if line[index] == "{" || line[index] == "," {
                    var candidate = index + 1
                    while candidate < line.count, line[candidate] == " " || line[candidate] == "\t" { candidate += 1 }
                    if let rename = keyStart(key, in: line, at: candidate) {
                        return Found(position: TextPosition(line: number, column: candidate + 1), renameIndex: rename)
                    }
                }
                index += 1
            }
            number += 1
            from = 0
        }
        return nil
    }

    /// When `line` holds `key` (plain or quoted) at `index`, followed by a colon, the index
    /// of the key's first scalar.
    private static func keyStart(_ key: [Unicode.Scalar], in line: [Unicode.Scalar], at index: Int) -> Int? {
        guard index < line.count else { return nil }
        var start = index
        var quote: Unicode.Scalar?
        if line[index] == "\"" || line[index] == "'" {
            quote = line[index]
            start += 1
        }
        var end = start + key.count
        guard end <= line.count, Array(line[start..<end]) == key else { return nil }
        if let quote {
            guard end < line.count, line[end] == quote else { return nil }
            end += 1
        }
        while end < line.count, line[end] == " " || line[end] == "\t" { end += 1 }
        guard end < line.count, line[end] == ":" else { return nil }
        let after = end + 1
        if after == line.count || [" ", "\t", "\r", ",", "}", "]"].contains(line[after]) || quote != nil {
            return start
        }
        return nil
    }
}
