/// A compiled phrasebook: every pattern of every category in one word-level trie over
/// normalised tokens, with wildcard edges and one-typo tolerance for longer words.
///
/// Compile it once per phrasebook (and per call when slots such as the agent's name are
/// filled); matching a line walks the trie from every token, respecting word boundaries
/// because it only ever compares whole tokens.
public struct PhraseMatcher: Sendable {
    struct CompiledPhrase: Sendable {
        var category: Int
        var pattern: String
        var weight: Double
        var replacement: String?
    }

    struct WildcardEdge: Sendable {
        var min: Int
        var max: Int
        var target: Int32
    }

    private(set) var categories: [PhraseCategory]
    private var phrases: [CompiledPhrase] = []
    private var vocabulary: [String: Int32] = [:]
    private var transitions: [UInt64: Int32] = [:]
    private var wildcards: [Int32: [WildcardEdge]] = [:]
    private var outputs: [Int32: [Int32]] = [:]
    private var nodeCount: Int32 = 1
    private var typos: TypoIndex
    /// Whether words of five letters or more may match with one typo.
    public var toleratesTypos: Bool
    /// Patterns that failed to compile, with their category and error (the rest still match).
    public private(set) var problems: [(category: String, entry: PhraseEntry, error: PatternError)] = []

    /// Compiles `phrasebook`, filling `{agent}`, `{company}` and `{customer}` from `slots`
    /// (a slot with no value matches any one or two words).
    public init(phrasebook: Phrasebook, slots: [String: String] = [:], toleratesTypos: Bool = true) {
        self.categories = phrasebook.categories
        self.toleratesTypos = toleratesTypos
        self.typos = TypoIndex(vocabulary: [:])
        let slotWords = slots.mapValues { Normalizer.normalize($0).tokens.map(\.text) }
        for (categoryIndex, category) in phrasebook.categories.enumerated() {
            for entry in category.phrases {
                let sequences: [[PatternElement]]
                do {
                    sequences = try PhrasePattern.expand(entry.pattern)
                } catch {
                    problems.append((category.id, entry, error))
                    continue
                }
                let phraseIndex = Int32(phrases.count)
                phrases.append(CompiledPhrase(
                    category: categoryIndex, pattern: entry.pattern,
                    weight: entry.weight ?? category.weight,
                    replacement: entry.replacement ?? category.replacement))
                for sequence in sequences {
                    insert(sequence, phrase: phraseIndex, slots: slotWords)
                }
            }
        }
        if toleratesTypos { typos = TypoIndex(vocabulary: vocabulary) }
    }

    /// How many phrases were compiled.
    public var phraseCount: Int { phrases.count }

    private mutating func wordID(_ word: String) -> Int32 {
        if let id = vocabulary[word] { return id }
        let id = Int32(vocabulary.count)
        vocabulary[word] = id
        return id
    }

    private mutating func insert(_ sequence: [PatternElement], phrase: Int32, slots: [String: [String]]) {
        var node: Int32 = 0
        for element in sequence {
            switch element {
            case .word(let word):
                node = step(from: node, word: wordID(word))
            case .slot(let name):
                if let words = slots[name], !words.isEmpty {
                    for word in words { node = step(from: node, word: wordID(word)) }
                } else {
                    node = wildcardStep(from: node, min: 1, max: 2)
                }
            case .wildcard(let min, let max):
                node = wildcardStep(from: node, min: min, max: max)
            }
        }
        if !(outputs[node]?.contains(phrase) ?? false) { outputs[node, default: []].append(phrase) }
    }

    private mutating func step(from node: Int32, word: Int32) -> Int32 {
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
        if let next = transitions[key] { return next }
        let next = nodeCount
        nodeCount += 1
        transitions[key] = next
        return next
    }

    private mutating func wildcardStep(from node: Int32, min: Int, max: Int) -> Int32 {
        if let edge = wildcards[node]?.first(where: { $0.min == min && $0.max == max }) { return edge.target }
        let next = nodeCount
        nodeCount += 1
        wildcards[node, default: []].append(WildcardEdge(min: min, max: max, target: next))
        return next
    }

    /// Every phrase in `line`, ordered by start, then by length (longest first).
    public func matches(in line: NormalizedText) -> [PhraseMatch] {
        let tokens = line.tokens
        guard !tokens.isEmpty else { return [] }
        // Resolve each token to its vocabulary id, and its one-typo neighbours, once.
        var exact = [Int32](repeating: -1, count: tokens.count)
        var near: [[Int32]] = Array(repeating: [], count: tokens.count)
        for (index, token) in tokens.enumerated() {
            if let id = vocabulary[token.text] {
                exact[index] = id
            } else if toleratesTypos, token.text.unicodeScalars.count >= TypoIndex.minimumLength - 1 {
                near[index] = typos.candidates(for: token.text)
            }
        }
        var found: [PhraseMatch] = []
        var seen = Set<Int64>()
        for start in tokens.indices {
            walk(node: 0, position: start, start: start, fuzzy: false, exact: exact, near: near, found: &found, seen: &seen)
        }
        found.sort { ($0.tokens.lowerBound, -$0.tokens.count, $0.phraseIndex) < ($1.tokens.lowerBound, -$1.tokens.count, $1.phraseIndex) }
        return found
    }

    /// Normalises and matches one line.
    public func match(_ text: String) -> MatchedLine {
        let normalized = Normalizer.normalize(text)
        return MatchedLine(text: normalized, matches: matches(in: normalized))
    }

    private func walk(
        node: Int32, position: Int, start: Int, fuzzy: Bool, exact: [Int32], near: [[Int32]],
        found: inout [PhraseMatch], seen: inout Set<Int64>
    ) {
        if position > start, let ids = outputs[node] {
            for id in ids {
                // One match per phrase and start: the first (shortest) end wins.
                let key = Int64(id) << 32 | Int64(start)
                guard seen.insert(key).inserted else { continue }
                let phrase = phrases[Int(id)]
                let category = categories[phrase.category]
                found.append(PhraseMatch(
                    category: category.id, kind: category.kind, pattern: phrase.pattern,
                    tokens: start..<position, fuzzy: fuzzy, weight: phrase.weight,
                    replacement: phrase.replacement, phraseIndex: Int(id)))
            }
        }
        guard position < exact.count else { return }
        let base = UInt64(UInt32(bitPattern: node)) << 32
        if exact[position] >= 0, let next = transitions[base | UInt64(UInt32(bitPattern: exact[position]))] {
            walk(node: next, position: position + 1, start: start, fuzzy: fuzzy, exact: exact, near: near, found: &found, seen: &seen)
        }
        for candidate in near[position] {
            if let next = transitions[base | UInt64(UInt32(bitPattern: candidate))] {
                walk(node: next, position: position + 1, start: start, fuzzy: true, exact: exact, near: near, found: &found, seen: &seen)
            }
        }
        if let edges = wildcards[node] {
            for edge in edges {
                var count = edge.min
                while count <= edge.max, position + count <= exact.count {
                    walk(node: edge.target, position: position + count, start: start, fuzzy: fuzzy, exact: exact, near: near, found: &found, seen: &seen)
                    count += 1
                }
            }
        }
    }
}
