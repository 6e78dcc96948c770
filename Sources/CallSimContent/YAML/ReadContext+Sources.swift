import CallSimCore
import Yams

/// What a reader did with the keys of format shapes: asked for, required, or asked for
/// without the shape listing them (a reader that drifted from the format description).
struct FormatUse {
    /// Keys asked for, by shape id.
    var asked: [String: Set<String>] = [:]
    /// Keys read as required, by shape id.
    var required: [String: Set<String>] = [:]
    /// Keys asked for that the shape does not list, as `shape.key`.
    var unlisted: Set<String> = []
    /// Keys written in the document, by shape id.
    var present: [String: Set<String>] = [:]
}

extension ReadContext {
    /// Records a key of the mapping `mapping` in the source map.
    func recordKey(_ key: String, in mapping: Node, key keyNode: Node, value: Node) {
        guard recordsSources else { return }
        sourceMap.recordKey(key, in: location(mapping), keyAt: location(keyNode), valueAt: location(value))
    }

    /// Records an item of the list (or single value) `list` in the source map.
    func recordItem(_ text: String, in list: Node, at item: Node) {
        guard recordsSources else { return }
        sourceMap.recordItem(text, in: location(list), at: location(item))
    }

    /// Notes that the reader asked for `key` of `shape`.
    func noteAsked(_ key: String, shape: FormatShape) {
        guard tracksFormatUse else { return }
        formatUse.asked[shape.id, default: []].insert(key)
        if shape.key(key) == nil { formatUse.unlisted.insert("\(shape.id).\(key)") }
    }

    /// Notes that the reader requires `key` of `shape`.
    func noteRequired(_ key: String, shape: FormatShape) {
        guard tracksFormatUse else { return }
        formatUse.required[shape.id, default: []].insert(key)
    }
}
