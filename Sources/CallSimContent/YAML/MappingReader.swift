import CallSimCore
import Yams

/// Reads one mapping node: hands out the values of the keys asked for, reports missing
/// required keys, and at `finish()` reports every unknown key, suggesting the closest known
/// key. With a `FormatShape`, the known keys are the shape's (the one description of the
/// format); without one, they are the keys asked for.
struct MappingReader {
    /// One key and its value.
    struct Entry {
        var key: String
        var keyNode: Node
        var value: Node
    }

    let context: ReadContext
    /// The mapping node.
    let node: Node
    /// The nesting depth of the mapping; its values are one deeper.
    let depth: Int
    /// The mapping in messages: "the scenario", "`persona`", "a beat".
    let owner: String
    /// The format's description of this mapping, when it has one.
    let shape: FormatShape?
    private var entries: [Entry] = []
    private var asked: [String] = []
    private var missing: [String] = []

    /// Starts reading `node`, or reports that it is not a mapping and returns nil.
    ///
    /// `label` names the value in a wrong-type message. A key written twice is reported
    /// with `duplicateCode` as a duplicate `duplicateNoun` and otherwise ignored.
    init?(
        _ node: Node, owner: String, label: String, context: ReadContext, depth: Int,
        duplicateCode: String = "Y008", duplicateNoun: String = "key", shape: FormatShape? = nil
    ) {
        self.context = context
        self.node = node
        self.depth = depth
        self.owner = owner
        self.shape = shape
        guard context.visit(node, depth: depth) else { return nil }
        guard case .mapping(let mapping) = node else {
            context.error(.wrongType, "expected a mapping for \(label), found \(node.kindDescription)", at: node)
            return nil
        }
        for (key, value) in mapping {
            guard context.visit(key, depth: depth + 1) else { return nil }
            guard case .scalar(let scalar) = key, !key.isNull else {
                context.error(.wrongType, "a key in \(owner) must be a word, found \(key.kindDescription)", at: key)
                continue
            }
            if let mark = key.mark, let renamed = context.renamedKeys[TextPosition(mark)] {
                context.error(
                    duplicateCode,
                    "duplicate \(duplicateNoun) `\(Node.shortened(renamed.original))`; the first is at line \(renamed.first.line)",
                    at: key)
                continue
            }
            entries.append(Entry(key: scalar.string, keyNode: key, value: value))
            context.recordKey(scalar.string, in: node, key: key, value: value)
        }
        if let shape, context.tracksFormatUse { context.formatUse.present[shape.id, default: []].formUnion(entries.map(\.key)) }
    }

    /// The value of `key`, or nil when it is absent or empty. Marks `key` as known.
    mutating func value(_ key: String) -> Node? {
        asked.append(key)
        if let shape { context.noteAsked(key, shape: shape) }
        guard let entry = entries.first(where: { $0.key == key }), !entry.value.isNull else { return nil }
        return entry.value
    }

    /// The value of `key`, reporting it when absent or empty.
    ///
    /// An absent key is reported by `finish()`, and not at all when an unknown key there
    /// looks like a misspelling of it (`tittle` for `title`): that message says it all.
    mutating func required(_ key: String) -> Node? {
        if let shape { context.noteRequired(key, shape: shape) }
        if let value = value(key) { return value }
        if let entry = entries.first(where: { $0.key == key }) {
            context.error(.missingKey, "`\(key)` in \(owner) has no value", at: entry.value)
        } else {
            missing.append(key)
        }
        return nil
    }

    /// Every entry, all marked as known: for mappings whose keys are names (facts, variables).
    mutating func allEntries() -> [Entry] {
        asked.append(contentsOf: entries.map(\.key))
        return entries
    }

    /// Reports every key that was never asked for, and every required key that is absent.
    func finish() {
        guard !context.stopped else { return }
        var suggested = Set<String>()
        let known = shape?.keyNames ?? asked
        for entry in entries where !known.contains(entry.key) && !asked.contains(entry.key) {
            if entry.key == "<<" {
                context.error(.unknownKey, "merge keys (`<<`) are not supported in \(owner); write the keys out", at: entry.keyNode)
                continue
            }
            let suggestion = Suggestion.closest(to: entry.key, in: known)
            if let suggestion { suggested.insert(suggestion) }
            context.error(
                .unknownKey,
                "unknown key `\(Node.shortened(entry.key))` in \(owner)" + (suggestion.map { "; did you mean `\($0)`?" } ?? ""),
                at: entry.keyNode)
        }
        for key in missing where !suggested.contains(key) {
            context.error(.missingKey, "missing required key `\(key)` in \(owner)", at: node)
        }
    }

    // MARK: Typed values

    /// Optional text.
    mutating func text(_ key: String) -> String? {
        value(key).flatMap { context.text($0, "`\(key)`", depth: depth + 1) }
    }

    /// Required text.
    mutating func requiredText(_ key: String) -> String? {
        required(key).flatMap { context.text($0, "`\(key)`", depth: depth + 1) }
    }

    /// An optional number within `range`.
    mutating func number(_ key: String, in range: NumberRange) -> Double? {
        value(key).flatMap { context.number($0, "`\(key)`", in: range, depth: depth + 1) }
    }

    /// An optional whole number within `range`.
    mutating func integer(_ key: String, in range: ClosedRange<Int>) -> Int? {
        value(key).flatMap { context.integer($0, "`\(key)`", in: range, depth: depth + 1) }
    }

    /// An optional true or false.
    mutating func bool(_ key: String) -> Bool? {
        value(key).flatMap { context.bool($0, "`\(key)`", depth: depth + 1) }
    }

    /// An optional case of a string enum.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, _ type: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        value(key).flatMap { context.choice($0, "`\(key)`", type, depth: depth + 1) }
    }

    /// An optional list of texts (empty when absent).
    mutating func textList(_ key: String, allowSingle: Bool = false) -> [String] {
        value(key).map { context.textList($0, "`\(key)`", allowSingle: allowSingle, depth: depth + 1) } ?? []
    }

    /// An optional mapping of names to scalar values, each kept as written (`sets`, `variables`).
    mutating func textMap(_ key: String, owner: String) -> [String: String] {
        guard let node = value(key),
              var map = MappingReader(node, owner: owner, label: "`\(key)`", context: context, depth: depth + 1)
        else { return [:] }
        var result: [String: String] = [:]
        for entry in map.allEntries() {
            if let value = context.text(entry.value, "`\(Node.shortened(entry.key))` in `\(key)`", depth: depth + 2) {
                result[entry.key] = value
            }
        }
        return result
    }
}

extension MappingReader {
    /// Where the value of `key` starts, when the mapping has it.
    func valueLocation(_ key: String) -> SourceLocation? {
        entries.first { $0.key == key }.map { context.location($0.value) }
    }
}

extension MappingReader {
    /// An optional number within the range the mapping's shape gives `key`.
    mutating func number(_ key: String) -> Double? {
        guard case .number(let range)? = shape?.key(key)?.value else {
            _ = value(key)
            return nil
        }
        return number(key, in: range)
    }

    /// An optional whole number within the range the mapping's shape gives `key`.
    mutating func integer(_ key: String) -> Int? {
        guard case .integer(let range)? = shape?.key(key)?.value else {
            _ = value(key)
            return nil
        }
        return integer(key, in: range)
    }
}
