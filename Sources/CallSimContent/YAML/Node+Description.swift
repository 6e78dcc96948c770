import Yams

extension Node {
    /// What this node is, for "expected X, found Y" messages.
    var kindDescription: String {
        switch self {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            switch tagName {
            case .null: return "nothing"
            case .bool: return "`\(Node.shortened(scalar.string))` (true or false)"
            case .int, .float: return "the number \(Node.shortened(scalar.string))"
            default: return "the text `\(Node.shortened(scalar.string))`"
            }
        }
    }

    /// True for an empty value (`key:`, `~`, `null`).
    var isNull: Bool {
        if case .scalar = self, tagName == .null { return true }
        return false
    }

    /// Text quoted in a message, cut short when long and kept to one line.
    static func shortened(_ text: String, limit: Int = 40) -> String {
        let firstLine = text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let scalars = firstLine.unicodeScalars
        if scalars.count <= limit && firstLine.count == text.count { return firstLine }
        return String(String.UnicodeScalarView(scalars.prefix(limit))) + "…"
    }
}

extension Node {
    /// The resolved tag's name: `.str`, `.int`, `.float`, `.bool`, `.null`, ...
    ///
    /// Documents are composed with Yams' basic resolver (`YAMLComposer`), so a scalar's tag is
    /// resolved here with the default (YAML 1.1) rules, without changing the node. Only short
    /// scalars, and those that start like a number, can be anything but text, so the rules'
    /// regular expressions run for those alone (a long text with an explicit non-text tag,
    /// which no scenario has, reads as text).
    var tagName: Tag.Name {
        guard case .scalar(let scalar) = self else { return Tag.Name(rawValue: tag.rawValue) }
        return Self.mayBeTyped(scalar.string) ? Resolver.default.resolveTag(of: self) : .str
    }

    /// False when no default rule can match `text`: bools and null are at most five
    /// characters (`false`), merge and value keys two; numbers and timestamps start with a
    /// digit, a sign or a dot.
    static func mayBeTyped(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return true }
        if text.utf8.count <= 5 { return true }
        return ("0"..."9").contains(first) || first == "+" || first == "-" || first == "."
    }
}
