import CallSimCore

/// The key reference of a file format in Markdown, generated from its description: one
/// table per mapping, every key with its value, whether it is required, its default and
/// its meaning.
enum FormatReference {
    static func markdown(_ format: FileFormat) -> String {
        var out = ""
        for shape in format.shapes {
            out += "<a id=\"\(anchor(shape.id))\"></a>\n### \(heading(shape))\n\n\(shape.summary)\n\n"
            out += "| key | value | required | default | meaning |\n|---|---|---|---|---|\n"
            for key in shape.keys {
                let cells = [
                    "`\(key.name)`", describe(key.value), key.required ? "yes" : "", key.defaultValue.map { "`\($0)`" } ?? "",
                    key.summary,
                ]
                out += "| " + cells.map { $0.replacingAll("|", with: "\\|") }.joined(separator: " | ") + " |\n"
            }
            out += "\n"
        }
        return out
    }

    static func anchor(_ id: String) -> String { "key-" + id }

    static func heading(_ shape: FormatShape) -> String {
        let title = shape.title
        return title.first == "`" ? title : title.prefix(1).uppercased() + title.dropFirst()
    }

    /// A value in words: "number, 0 to 10", "list of [a beat](#key-beat)".
    static func describe(_ value: FormatValue) -> String {
        switch value {
        case .text: return "text"
        case .identifier: return "name (a-z, 0-9, -)"
        case .number(let range): return "number, " + range.phrase
        case .integer(let range):
            return range.upperBound >= Int(Int32.max) ? "whole number, \(range.lowerBound) or more" : "whole number, \(range.lowerBound) to \(range.upperBound)"
        case .boolean: return "true or false"
        case .choice(let words): return "one of " + words.map { "`\($0)`" }.joined(separator: ", ")
        case .list(let item): return "list of " + describe(item)
        case .oneOrList(let item): return describe(item) + ", or a list of them"
        case .shape(let id): return "mapping: [\(id)](#\(anchor(id)))"
        case .names(let keys, let values):
            if case .text = keys { return "mapping of names to " + describe(values) }
            return "mapping of " + describe(keys) + " to " + describe(values)
        case .either(let values): return values.map(describe).joined(separator: "; or ")
        case .pattern(_, let described): return described
        }
    }
}
