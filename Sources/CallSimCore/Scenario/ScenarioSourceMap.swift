/// Where each key and list item of one scenario file is written, so authoring checks can
/// point at the exact word they are about (`said: [empathy]` → the `empathy`).
///
/// Mappings and lists are identified by where they start, which is the `location` the
/// compiled model keeps (`Condition.location`, `Trigger.location`, `Beat.location`, ...).
/// Filled by the loader; empty for scenarios built in code, where every lookup is nil.
public struct ScenarioSourceMap: Sendable, Hashable {
    private struct KeyEntry: Sendable, Hashable {
        var key: SourceLocation
        var value: SourceLocation
    }

    /// A place in the one file the map is about: mappings and lists are found by where they start.
    private struct Position: Sendable, Hashable {
        var line: Int
        var column: Int

        init(_ location: SourceLocation) {
            line = location.line
            column = location.column
        }
    }

    private var keys: [Position: [String: KeyEntry]] = [:]
    private var items: [Position: [String: SourceLocation]] = [:]
    /// Where the scenario's top-level mapping starts.
    public var root: SourceLocation?

    /// An empty map.
    public init() {}

    /// Records that the mapping starting at `mapping` has `key`, written at `keyAt`, whose
    /// value starts at `valueAt`. The first occurrence wins.
    public mutating func recordKey(_ key: String, in mapping: SourceLocation, keyAt: SourceLocation, valueAt: SourceLocation) {
        let place = Position(mapping)
        if keys[place]?[key] == nil { keys[place, default: [:]][key] = KeyEntry(key: keyAt, value: valueAt) }
    }

    /// Records that the list (or single value) starting at `list` holds `text` at `location`.
    public mutating func recordItem(_ text: String, in list: SourceLocation, at location: SourceLocation) {
        let place = Position(list)
        if items[place]?[text] == nil { items[place, default: [:]][text] = location }
    }

    /// Where `key` is written in the mapping starting at `mapping`.
    public func keyLocation(_ key: String, in mapping: SourceLocation?) -> SourceLocation? {
        mapping.flatMap { keys[Position($0)]?[key]?.key }
    }

    /// Where the value of `key` starts in the mapping starting at `mapping`.
    public func valueLocation(_ key: String, in mapping: SourceLocation?) -> SourceLocation? {
        mapping.flatMap { keys[Position($0)]?[key]?.value }
    }

    /// Where `text` is written in the list starting at `list`.
    public func itemLocation(_ text: String, in list: SourceLocation?) -> SourceLocation? {
        list.flatMap { items[Position($0)]?[text] }
    }

    /// Where the item `text` of the list under `key` is written, falling back to the list,
    /// then the key's mapping: `said: [empathy]` → `empathy`.
    public func item(_ text: String, of key: String, in mapping: SourceLocation?) -> SourceLocation? {
        let list = valueLocation(key, in: mapping)
        return itemLocation(text, in: list) ?? list ?? mapping
    }

    /// Where the entry `name` of the mapping under `key` is written, falling back to the
    /// mapping, then its owner: `set: { refunded: "yes" }` → `refunded`.
    public func entry(_ name: String, of key: String, in mapping: SourceLocation?) -> SourceLocation? {
        let inner = valueLocation(key, in: mapping)
        return keyLocation(name, in: inner) ?? inner ?? mapping
    }
}
