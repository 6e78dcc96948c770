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
    var tagName: Tag.Name { Tag.Name(rawValue: tag.rawValue) }
}
