/// One phrase found by `PhraseMatcher.scan`: which phrase, over which tokens.
public struct PhraseHit: Hashable, Sendable {
    /// The phrase's index among the matcher's compiled phrases (`PhraseMatch.phraseIndex`).
    public var phrase: Int
    /// The matched tokens of the scanner's `tokens`.
    public var tokens: Range<Int>
    /// True when a word matched with one typo.
    public var fuzzy: Bool

    /// Creates a hit.
    public init(phrase: Int, tokens: Range<Int>, fuzzy: Bool) {
        self.phrase = phrase
        self.tokens = tokens
        self.fuzzy = fuzzy
    }
}

/// Reusable working memory for `PhraseMatcher.scan(_:into:)`: after a scan it holds the
/// line's tokens and the phrases found, and keeps its capacity for the next line, so
/// scanning many lines allocates nothing per line.
public struct PhraseScanner: Sendable {
    /// The last line's normalised tokens.
    public internal(set) var tokens = TokenBuffer()
    /// The phrases found in the last line, ordered by start, then longest first, then phrase index.
    public internal(set) var hits: [PhraseHit] = []
    /// Other words token `i` may stand for: `near[nearStart[i]..<nearStart[i + 1]]`, each a
    /// vocabulary id one typo away, or `~id` for a stem without a joined affix (an exact match).
    var nearStart: [Int32] = []
    var near: [Int32] = []
    var typo = TypoIndex.Scratch()
    var letters: [UInt32] = []
    /// How many leading entries of `nearStart` may be non-zero from earlier lines.
    var nearDirty = 0
    /// What `TrieWalker` read to warm the cache (kept only so the reads happen).
    var warmth: Int32 = 0

    /// Empty working memory.
    public init() {}

    /// Matches `tokens` (whose ids come from `automaton`'s vocabulary) into `hits`.
    mutating func run(_ automaton: PhraseAutomaton, slots: SlotValues, toleratesTypos: Bool) {
        hits.removeAll(keepingCapacity: true)
        let count = tokens.count
        guard count > 0 else { return }
        let tolerant = toleratesTypos && automaton.typos != nil
        findNear(automaton, typos: tolerant)
        var found: [PhraseHit] = []
        var scratch: [UInt32] = []
        swap(&found, &hits)
        swap(&scratch, &letters)
        let slotValues = automaton.hasSpecials ? slots : nil
        automaton.withView { view in
            tokens.storage.withUnsafeBufferPointer { storage in
                tokens.records.withUnsafeBufferPointer { records in
                    tokens.ids.withUnsafeBufferPointer { ids in
                        nearStart.withUnsafeBufferPointer { nearStart in
                            near.withUnsafeBufferPointer { near in
                                var walker = TrieWalker(
                                    view: view, slots: slotValues, storage: storage, records: records, ids: ids,
                                    nearStart: nearStart, near: near, count: count, tolerant: tolerant, hits: found,
                                    letters: scratch)
                                walker.matchAll()
                                warmth = walker.warmth
                                swap(&found, &walker.hits)
                                swap(&scratch, &walker.letters)
                            }
                        }
                    }
                }
            }
        }
        swap(&found, &hits)
        swap(&scratch, &letters)
    }

    /// For each token, the other words it may stand for: its stems without a joined affix
    /// (exact, stored as `~id`), then, for unknown tokens, the words one typo away (none when
    /// typos are not tolerated). Lines with neither skip the loop.
    private mutating func findNear(_ automaton: PhraseAutomaton, typos: Bool) {
        let count = tokens.count
        if nearStart.count <= count {
            nearStart = [Int32](repeating: 0, count: Swift.max(count + 1, nearStart.count * 2))
            nearDirty = 0
        }
        near.removeAll(keepingCapacity: true)
        // The automaton's tables are read in place (`automaton.typos?`, `automaton.words`), never
        // copied into locals: a copy would retain each of their arrays, for every line.
        let affixes = !automaton.affixes.isEmpty
        guard (tokens.unknown > 0 && typos) || affixes else {
            for index in 0..<nearDirty { nearStart[index] = 0 }
            nearDirty = 0
            return
        }
        nearDirty = Swift.max(nearDirty, count + 1)
        nearStart[0] = 0
        tokens.storage.withUnsafeBufferPointer { bytes in
            for index in 0..<count {
                let record = tokens.records[index]
                let word = UnsafeBufferPointer(rebasing: bytes[record.byteStart..<record.byteEnd])
                if affixes, let first = word.first, WordAffixes.mayStrip(first: first) {
                    automaton.affixes.stems(of: word, words: automaton.words, scratch: &typo.variant, into: &near)
                }
                if typos, tokens.ids[index] < 0 {
                    automaton.typos?.candidates(for: word, hash: record.hash, words: automaton.words, scratch: &typo, into: &near)
                }
                nearStart[index + 1] = Int32(near.count)
            }
        }
    }
}
