/// A compiled phrasebook: every expanded pattern in one word-level trie over normalised
/// tokens, frozen into flat arrays.
///
/// - words: the vocabulary, an open-addressing table over the words' bytes (`WordTable`);
/// - the root's children: one array indexed by word id (every token position looks there);
/// - other nodes' children: sorted by word id in one array (compressed rows, `childStart`),
///   few per node, scanned linearly or by bisection;
/// - phrases ending at a node (`outputStart`), and wildcard and slot edges (`specialStart`).
///
/// Immutable once built and shared by every copy of a `PhraseMatcher`, so a phrasebook is
/// compiled once and matched with different slot values per call.
final class PhraseAutomaton: Sendable {
    /// A wildcard (any `min...max` words) or a slot (`{agent}`, filled per call).
    struct SpecialEdge: Sendable, Equatable {
        /// -1 for a wildcard, otherwise the slot's index in `SlotValues.names`.
        var slot: Int
        var min: Int
        var max: Int
        var target: Int32
    }

    /// Where a node's children and outputs start; they end where the next node's start,
    /// so a node and the next are read together (one cache line, usually).
    struct Node: Sendable {
        var firstChild: Int32
        var firstOutput: Int32
    }

    /// A child of a non-root node, along one word.
    struct Edge: Sendable {
        var word: Int32
        var child: Int32
    }

    let words: WordTable
    /// The root's child along each word id, or -1.
    let rootChild: [Int32]
    /// One per node, plus one to end the last node's rows.
    let nodes: [Node]
    /// Children of nodes other than the root, sorted by node, then word.
    let edges: [Edge]
    /// The phrases ending at each node.
    let outputPhrase: [Int32]
    let specialStart: [Int32]
    let specials: [SpecialEdge]
    /// Nil when the matcher was compiled without typo tolerance.
    let typos: TypoIndex?
    /// True when some node has wildcard or slot edges.
    let hasSpecials: Bool
    /// The affixes a token is also tried without (none for most languages).
    let affixes: WordAffixes

    var nodeCount: Int { nodes.count - 1 }

    init(_ builder: PhraseAutomatonBuilder, toleratesTypos: Bool, affixes: WordAffixes = .none) {
        let count = Int(builder.nodeCount)
        words = builder.words
        var root = [Int32](repeating: -1, count: builder.words.count)
        var edges: [(node: Int32, edge: Edge)] = []
        for (key, child) in builder.edges {
            let node = Int32(truncatingIfNeeded: key >> 32), word = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
            if node == 0 { root[Int(word)] = child } else { edges.append((node, Edge(word: word, child: child))) }
        }
        edges.sort { ($0.node, $0.edge.word) < ($1.node, $1.edge.word) }
        rootChild = root
        self.edges = edges.map(\.edge)
        let childStarts = Self.rowStarts(nodes: count, rows: edges.map(\.node))
        let outputs = builder.outputs.sorted { $0.key < $1.key }
        let outputStarts = Self.rowStarts(nodes: count, rows: outputs.flatMap { entry in entry.value.map { _ in entry.key } })
        outputPhrase = outputs.flatMap(\.value)
        nodes = zip(childStarts, outputStarts).map { Node(firstChild: $0, firstOutput: $1) }
        let special = builder.specials.sorted { $0.key < $1.key }
        specialStart = Self.rowStarts(nodes: count, rows: special.flatMap { entry in entry.value.map { _ in entry.key } })
        specials = special.flatMap(\.value)
        hasSpecials = !specials.isEmpty
        typos = toleratesTypos ? TypoIndex(words: builder.words) : nil
        self.affixes = affixes
    }

    /// Compressed-row starts: row `node` is `starts[node]..<starts[node + 1]` of `rows` (sorted).
    private static func rowStarts(nodes: Int, rows: [Int32]) -> [Int32] {
        var starts = [Int32](repeating: 0, count: nodes + 1)
        for node in rows { starts[Int(node) + 1] += 1 }
        for index in 0..<nodes { starts[index + 1] += starts[index] }
        return starts
    }

    /// Calls `body` with the trie's arrays as buffers, for the matching loop.
    func withView<Result>(_ body: (TrieView) -> Result) -> Result {
        rootChild.withUnsafeBufferPointer { root in
            nodes.withUnsafeBufferPointer { nodes in
                edges.withUnsafeBufferPointer { edges in
                    outputPhrase.withUnsafeBufferPointer { outputs in
                        specialStart.withUnsafeBufferPointer { specialStart in
                            specials.withUnsafeBufferPointer { specials in
                                body(TrieView(
                                    root: root, nodes: nodes, edges: edges, outputs: outputs, specialStart: specialStart,
                                    specials: specials, hasSpecials: hasSpecials))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The trie's arrays, read through buffer pointers while one line is matched (no bounds
/// checks in release builds; every index stored in them was checked when they were built).
struct TrieView {
    let root: UnsafeBufferPointer<Int32>
    let nodes: UnsafeBufferPointer<PhraseAutomaton.Node>
    let edges: UnsafeBufferPointer<PhraseAutomaton.Edge>
    let outputs: UnsafeBufferPointer<Int32>
    /// Wildcard and slot edges: node `n`'s are `specials[specialStart[n]..<specialStart[n + 1]]`.
    let specialStart: UnsafeBufferPointer<Int32>
    let specials: UnsafeBufferPointer<PhraseAutomaton.SpecialEdge>
    /// True when some node has wildcard or slot edges.
    let hasSpecials: Bool

    /// The child of `node` along word `word`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ word: Int32) -> Int32 {
        if node == 0 { return root[Int(word)] }
        var low = Int(nodes[Int(node)].firstChild), high = Int(nodes[Int(node) + 1].firstChild)
        while high - low > 8 {
            let middle = (low + high) / 2
            if edges[middle].word <= word { low = middle } else { high = middle }
        }
        while low < high {
            let edge = edges[low]
            if edge.word == word { return edge.child }
            if edge.word > word { return -1 }
            low += 1
        }
        return -1
    }
}

/// Collects expanded patterns into a trie, before `PhraseAutomaton` freezes it.
struct PhraseAutomatonBuilder {
    var words = WordTable(capacity: 1024)
    var edges: [UInt64: Int32] = [:]
    var specials: [Int32: [PhraseAutomaton.SpecialEdge]] = [:]
    var outputs: [Int32: [Int32]] = [:]
    var nodeCount: Int32 = 1

    /// Adds one expanded sequence of phrase `phrase`.
    mutating func insert(_ sequence: [PatternElement], phrase: Int32) {
        var node: Int32 = 0
        for element in sequence {
            switch element {
            case .word(let word):
                node = step(from: node, word: words.intern(Array(word.utf8)))
            case .slot(let name):
                node = special(from: node, slot: SlotValues.names.firstIndex(of: name) ?? 0, min: 0, max: 0)
            case .wildcard(let min, let max):
                node = special(from: node, slot: -1, min: min, max: max)
            }
        }
        if !(outputs[node]?.contains(phrase) ?? false) { outputs[node, default: []].append(phrase) }
    }

    private mutating func step(from node: Int32, word: Int32) -> Int32 {
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
        if let next = edges[key] { return next }
        let next = nodeCount
        nodeCount += 1
        edges[key] = next
        return next
    }

    private mutating func special(from node: Int32, slot: Int, min: Int, max: Int) -> Int32 {
        if let edge = specials[node]?.first(where: { $0.slot == slot && $0.min == min && $0.max == max }) {
            return edge.target
        }
        let next = nodeCount
        nodeCount += 1
        specials[node, default: []].append(PhraseAutomaton.SpecialEdge(slot: slot, min: min, max: max, target: next))
        return next
    }
}
