import Yams

/// Typed reading of single values. Each method counts the node against the budget,
/// reports what is wrong with it, and returns nil when it cannot be used.
/// `label` names the value in messages, with its backticks: "`mood`", "an item of `tags`".
extension ReadContext {
    /// Any scalar's text as written (numbers and dates included).
    func text(_ node: Node, _ label: String, depth: Int) -> String? {
        guard visit(node, depth: depth) else { return nil }
        guard case .scalar(let scalar) = node, !node.isNull else {
            error(.wrongType, "expected text for \(label), found \(node.kindDescription)", at: node)
            return nil
        }
        return scalar.string
    }

    /// A number within `range`.
    func number(_ node: Node, _ label: String, in range: NumberRange, depth: Int) -> Double? {
        guard visit(node, depth: depth) else { return nil }
        let value: Double?
        switch node.tagName {
        case .int: value = node.int.map(Double.init) ?? node.scalar.flatMap { Double($0.string) }
        case .float: value = node.float
        default: value = nil
        }
        guard case .scalar(let scalar) = node, let value else {
            error(.wrongType, "expected a number for \(label), found \(node.kindDescription)", at: node)
            return nil
        }
        guard range.contains(value) else {
            error(.outOfRange, "\(label) must be \(range.phrase), found \(Node.shortened(scalar.string))", at: node)
            return nil
        }
        return value
    }

    /// A whole number within `range`.
    func integer(_ node: Node, _ label: String, in range: ClosedRange<Int>, depth: Int) -> Int? {
        guard visit(node, depth: depth) else { return nil }
        guard case .scalar(let scalar) = node, node.tagName == .int || node.tagName == .float else {
            error(.wrongType, "expected a whole number for \(label), found \(node.kindDescription)", at: node)
            return nil
        }
        guard node.tagName == .int, let value = node.int else {
            if node.tagName == .float {
                error(.wrongType, "expected a whole number for \(label), found \(Node.shortened(scalar.string))", at: node)
            } else {
                error(.outOfRange, "\(label) must be between \(range.lowerBound) and \(range.upperBound), found \(Node.shortened(scalar.string))", at: node)
            }
            return nil
        }
        guard range.contains(value) else {
            error(.outOfRange, "\(label) must be between \(range.lowerBound) and \(range.upperBound), found \(scalar.string)", at: node)
            return nil
        }
        return value
    }

    /// `true` or `false` (YAML's yes/no and on/off included).
    func bool(_ node: Node, _ label: String, depth: Int) -> Bool? {
        guard visit(node, depth: depth) else { return nil }
        guard node.tagName == .bool, let value = node.bool else {
            error(.wrongType, "expected true or false for \(label), found \(node.kindDescription)", at: node)
            return nil
        }
        return value
    }

    /// One of a fixed set of words.
    func oneOf(_ node: Node, _ label: String, _ allowed: [String], depth: Int) -> String? {
        guard let value = text(node, label, depth: depth) else { return nil }
        guard allowed.contains(value) else {
            let list = allowed.joined(separator: ", ")
            error(
                .badValue,
                "\(label) must be one of \(list), not `\(Node.shortened(value))`" + Suggestion.didYouMean(value, in: allowed),
                at: node)
            return nil
        }
        return value
    }

    /// A case of a string enum.
    func choice<Choice: RawRepresentable & CaseIterable>(
        _ node: Node, _ label: String, _ type: Choice.Type, depth: Int
    ) -> Choice? where Choice.RawValue == String {
        oneOf(node, label, Choice.allCases.map(\.rawValue), depth: depth).flatMap(Choice.init(rawValue:))
    }

    /// An id or name: lowercase letters, digits and hyphens. `noun` names it in messages:
    /// "scenario id", "action name".
    func identifier(_ node: Node, _ noun: String, depth: Int) -> String? {
        guard let value = text(node, "the \(noun)", depth: depth) else { return nil }
        guard Self.isIdentifier(value) else {
            reportIdentifier(value, noun, at: node)
            return nil
        }
        return value
    }

    /// Reports `value`, which is not an identifier.
    func reportIdentifier(_ value: String, _ noun: String, at node: Node) {
        let fixed = value.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "-")
        let hint = Self.isIdentifier(fixed) ? "; try `\(fixed)`" : ""
        error(
            .badIdentifier,
            "`\(Node.shortened(value))` is not a valid \(noun): use only lowercase letters, digits and hyphens" + hint,
            at: node)
    }

    /// The items of a list, or nil (with a diagnostic) when `node` is not a list.
    func items(_ node: Node, _ label: String, depth: Int) -> [Node]? {
        guard visit(node, depth: depth) else { return nil }
        guard case .sequence(let sequence) = node else {
            error(.wrongType, "expected a list for \(label), found \(node.kindDescription)", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// A list of texts; with `allowSingle`, one text alone stands for a list of one.
    func textList(_ node: Node, _ label: String, allowSingle: Bool = false, depth: Int) -> [String] {
        textItems(node, label, allowSingle: allowSingle, depth: depth).map(\.text)
    }

    /// A list of texts with the node of each, for checks that point at one item.
    func textItems(_ node: Node, _ label: String, allowSingle: Bool = false, depth: Int) -> [(text: String, node: Node)] {
        if allowSingle, case .scalar = node {
            guard let single = text(node, label, depth: depth) else { return [] }
            recordItem(single, in: node, at: node)
            return [(single, node)]
        }
        guard let items = items(node, label, depth: depth) else { return [] }
        return items.compactMap { item in
            guard let value = text(item, "an item of \(label)", depth: depth + 1) else { return nil }
            recordItem(value, in: node, at: item)
            return (value, item)
        }
    }

    /// True for `[a-z0-9-]+`.
    static func isIdentifier(_ value: String) -> Bool {
        !value.isEmpty && value.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

}
