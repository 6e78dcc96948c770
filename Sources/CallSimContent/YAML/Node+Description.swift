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
    /// Documents are composed with Yams' basic resolver (`YAMLComposer`), so a plain scalar is
    /// typed here by the default (YAML 1.1) rules, without changing the node, and cheaply:
    /// besides numbers and timestamps (which start with a digit, a sign or a dot, and go
    /// through the rules' regular expressions) only a few words are typed (null, bools, `<<`,
    /// `=`). A quoted scalar is text; an explicit tag is kept (`!!str` on a plain scalar is the
    /// one case read by the rules instead).
    var tagName: Tag.Name {
        guard case .scalar(let scalar) = self else { return Tag.Name(rawValue: tag.rawValue) }
        let given = Resolver.basic.resolveTag(of: self)
        guard scalar.style == .plain, given == .str else { return given }
        let text = scalar.string
        if let first = text.unicodeScalars.first, ("0"..."9").contains(first) || first == "+" || first == "-" || first == "." {
            return Resolver.default.resolveTag(of: self)
        }
        return Self.typedWords[text] ?? .str
    }

    /// The plain words the default rules type, besides numbers and timestamps.
    static let typedWords: [String: Tag.Name] = {
        var words: [String: Tag.Name] = ["": .null, "~": .null, "null": .null, "Null": .null, "NULL": .null, "<<": .merge, "=": .value]
        for word in ["yes", "no", "true", "false", "on", "off"] {
            for form in [word, word.prefix(1).uppercased() + word.dropFirst(), word.uppercased()] { words[form] = .bool }
        }
        return words
    }()
}
