import Yams

/// A line and column in a file, 1-based, as Yams marks nodes.
struct TextPosition: Hashable {
    var line: Int
    var column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init(_ mark: Mark) {
        self.init(line: mark.line, column: mark.column)
    }
}

/// A key that appeared twice in one mapping. Yams refuses such documents, so the loader
/// renames the second key in its copy of the text and reads on; the reader reports it.
struct RenamedKey {
    /// The key as written.
    var original: String
    /// Where the first occurrence is.
    var first: TextPosition
}

/// A YAML document composed into Yams nodes, ready to be read.
struct ComposedDocument {
    /// The root node.
    var root: Node
    /// Duplicate keys, by the position of their second occurrence.
    var renamedKeys: [TextPosition: RenamedKey]
}
