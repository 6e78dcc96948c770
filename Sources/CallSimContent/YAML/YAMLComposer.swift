import CallSimCore
import Yams

/// Turns YAML text into a node tree, turning every Yams error into a located diagnostic.
enum YAMLComposer {
    /// Composes `text`. `emptyHint` ends the message given when the file holds nothing.
    static func compose(text: String, path: String, emptyHint: String) -> (ComposedDocument?, [Diagnostic]) {
        if let aliasKey = AliasKeyGuard.firstAliasKey(in: text, path: path) {
            return (nil, [aliasKey])
        }
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        var working = text
        var renamed: [TextPosition: RenamedKey] = [:]
        for attempt in 0...SourceLimits.maxDuplicateKeys {
            do {
                // The basic resolver leaves plain scalars untyped: `Node.tagName` types only the
                // values that are read as numbers or true/false, which saves a round of regular
                // expressions per key and value (most of the time spent reading a file).
                guard let root = try Yams.compose(yaml: working, .basic, .default, .utf8) else {
                    let empty = text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
                    let what = empty ? "the file is empty" : "the file holds only comments"
                    return (nil, [.error("Y003", what + "; " + emptyHint, at: .whole(path))])
                }
                return (ComposedDocument(root: root, renamedKeys: renamed), [])
            } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
                let first = TextPosition(context.mark)
                guard attempt < SourceLimits.maxDuplicateKeys,
                      let key = duplicates.sorted().first,
                      let found = DuplicateKeyFinder.second(of: key, after: first, in: lines)
                else {
                    let names = duplicates.sorted().map { "`\($0)`" }.joined(separator: ", ")
                    let location = SourceLocation(path: path, line: first.line, column: first.column)
                    return (nil, [.error("Y008", "duplicate key \(names) in this mapping; each key may appear once", at: location)])
                }
                let marker = Unicode.Scalar(0xE000 + UInt32(attempt)) ?? "\u{E000}"
                lines[found.position.line - 1][found.renameIndex] = marker
                renamed[found.position] = RenamedKey(original: key, first: first)
                working = lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
            } catch let error as YamlError {
                return (nil, [syntaxDiagnostic(error, path: path)])
            } catch {
                return (nil, [.error("Y001", "invalid YAML: \(error)", at: .whole(path))])
            }
        }
        return (nil, [.error("Y008", "too many duplicate keys", at: .whole(path))])
    }

    /// A diagnostic for a Yams parse error, at the place libyaml reported.
    static func syntaxDiagnostic(_ error: YamlError, path: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, let yaml),
             .parser(let context, let problem, let mark, let yaml),
             .composer(let context, let problem, let mark, let yaml):
            let location = SourceLocation(path: path, line: mark.line, column: mark.column)
            if problem.contains("Maximum nesting level") {
                return .error("Y007", "lists and mappings are nested too deeply", at: location)
            }
            var message = "invalid YAML: \(problem)"
            guard let context else { return .error("Y001", message, at: location) }
            if isBlank(line: mark.line, in: yaml), context.mark.line >= 1 {
                // The problem was found at the end of the text: point at what was left open.
                message += " (\(context.text) that starts here)"
                return .error("Y001", message, at: SourceLocation(path: path, line: context.mark.line, column: context.mark.column))
            }
            message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            return .error("Y001", message, at: location)
        case .reader(let problem, let offset, let value, let yaml):
            var message = "invalid YAML: \(problem)"
            if value >= 0, let scalar = Unicode.Scalar(UInt32(value)) {
                message += " (U+\(String(scalar.value, radix: 16, uppercase: true)))"
            }
            guard let offset, let index = yaml.index(yaml.startIndex, offsetBy: offset, limitedBy: yaml.endIndex) else {
                return .error("Y001", message, at: .whole(path))
            }
            var line = 1
            var column = 1
            for scalar in yaml[..<index].unicodeScalars {
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            return .error("Y001", message, at: SourceLocation(path: path, line: line, column: column))
        default:
            return .error("Y001", "invalid YAML: \(error)", at: .whole(path))
        }
    }

    /// True when line `number` of `text` is missing or holds only spaces.
    private static func isBlank(line number: Int, in text: String) -> Bool {
        guard let line = DiagnosticRenderer.line(number, of: text) else { return true }
        return line.allSatisfy { $0 == " " || $0 == "\t" }
    }
}
