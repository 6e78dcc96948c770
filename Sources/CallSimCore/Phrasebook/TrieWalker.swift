/// Walks the trie from every token of one line, collecting every phrase that ends along
/// the way. Follows, at each node and in this order: the token's exact word, its stems
/// without a joined affix, the words one typo away (unknown tokens only), then wildcard and
/// slot edges.
///
/// One match per phrase and start: the first found wins. Hits of one start are ordered
/// longest first, then by phrase index; starts come in order, so the whole list is ordered.
///
/// It holds buffer pointers and plain values only, so making one per line retains nothing;
/// `slots` is nil unless the trie has slot edges.
struct TrieWalker {
    let view: TrieView
    let slots: SlotValues?
    /// The line's normalised bytes and tokens (`TokenBuffer.storage`, `TokenBuffer.records`).
    let storage: UnsafeBufferPointer<UInt8>
    let records: UnsafeBufferPointer<TokenRecord>
    /// Each token's word id, or -1.
    let ids: UnsafeBufferPointer<Int32>
    /// Other words token `i` may stand for: `near[nearStart[i]..<nearStart[i + 1]]`, a word one
    /// typo away, or `~id` for a stem (see `PhraseScanner.near`).
    let nearStart: UnsafeBufferPointer<Int32>
    let near: UnsafeBufferPointer<Int32>
    let count: Int
    let tolerant: Bool
    var hits: [PhraseHit]
    /// Scratch for one-typo comparisons of slot words.
    var letters: [UInt32]

    /// A value read from the nodes `warm()` touched, kept so the reads are not optimised away.
    var warmth: Int32 = 0

    /// Walks from every token.
    mutating func matchAll() {
        warmth = warm()
        let rootSpecials = view.hasSpecials && view.specialStart[0] < view.specialStart[1]
        for start in 0..<count {
            let group = hits.count
            // The root inline: most tokens start no phrase, or one that ends at the next word.
            let id = ids[start]
            if id >= 0 {
                let child = view.root[Int(id)]
                if child >= 0 { walk(node: child, position: start + 1, start: start, fuzzy: false, group: group) }
            }
            let nearFrom = Int(nearStart[start]), nearTo = Int(nearStart[start + 1])
            if nearFrom < nearTo {
                for index in nearFrom..<nearTo {
                    let entry = near[index]
                    let child = view.root[Int(entry < 0 ? ~entry : entry)]
                    if child >= 0 { walk(node: child, position: start + 1, start: start, fuzzy: entry >= 0, group: group) }
                }
            }
            if rootSpecials { walkSpecials(node: 0, position: start, start: start, fuzzy: false, group: group) }
            if hits.count - group > 1 { sortGroup(from: group) }
        }
    }

    /// Reads, for every token, the node its word leads to from the root and that node's first
    /// edge: loads independent of one another, which the processor overlaps, so the walks
    /// below find them in cache instead of waiting for each in turn. Branch-free: a token that
    /// starts no phrase reads the root's entry instead.
    private func warm() -> Int32 {
        guard !view.edges.isEmpty else { return 0 }
        let lastEdge = Int32(view.edges.count - 1)
        var sum: Int32 = 0
        for start in 0..<count {
            let id = Swift.max(ids[start], 0)
            let node = view.nodes[Int(Swift.max(view.root[Int(id)], 0))]
            sum &+= node.firstOutput &+ view.edges[Int(Swift.min(node.firstChild, lastEdge))].word
        }
        return sum
    }

    private mutating func walk(node: Int32, position: Int, start: Int, fuzzy: Bool, group: Int) {
        let here = view.nodes[Int(node)], next = view.nodes[Int(node) + 1]
        if here.firstOutput < next.firstOutput {
            for index in Int(here.firstOutput)..<Int(next.firstOutput) {
                report(Int(view.outputs[index]), start..<position, fuzzy: fuzzy, group: group)
            }
        }
        guard position < count else { return }
        let id = ids[position]
        if id >= 0, here.firstChild < next.firstChild {
            let child = view.child(node, id)
            if child >= 0 { walk(node: child, position: position + 1, start: start, fuzzy: fuzzy, group: group) }
        }
        let nearFrom = Int(nearStart[position]), nearTo = Int(nearStart[position + 1])
        if nearFrom < nearTo, here.firstChild < next.firstChild {
            for index in nearFrom..<nearTo {
                let entry = near[index]
                let child = view.child(node, entry < 0 ? ~entry : entry)
                if child >= 0 { walk(node: child, position: position + 1, start: start, fuzzy: fuzzy || entry >= 0, group: group) }
            }
        }
        if view.hasSpecials { walkSpecials(node: node, position: position, start: start, fuzzy: fuzzy, group: group) }
    }

    /// Follows `node`'s wildcard and slot edges from `position`.
    private mutating func walkSpecials(node: Int32, position: Int, start: Int, fuzzy: Bool, group: Int) {
        let from = Int(view.specialStart[Int(node)]), to = Int(view.specialStart[Int(node) + 1])
        guard from < to else { return }
        for index in from..<to {
            let edge = view.specials[index]
            let first = edge.slot >= 0 ? slots?.firstByte(edge.slot) ?? -1 : -1
            if first >= 0 {
                // A filled slot: its first word must start with the same byte (the same
                // first letter), which most positions fail without touching the slot's words.
                guard position < count, Int(storage[records[position].byteStart]) == first,
                      let slots, let value = slots.words[edge.slot] else { continue }
                if let typo = slotMatch(value, letters: slots.letters[edge.slot] ?? [], at: position) {
                    walk(node: edge.target, position: position + value.count, start: start, fuzzy: fuzzy || typo, group: group)
                }
                continue
            }
            // A wildcard, or a slot with no value: any one or two words.
            let least = edge.slot >= 0 ? 1 : edge.min, most = edge.slot >= 0 ? 2 : edge.max
            var words = least
            while words <= most, position + words <= count {
                walk(node: edge.target, position: position + words, start: start, fuzzy: fuzzy, group: group)
                words += 1
            }
        }
    }

    /// Whether the tokens at `position` are a slot's words: nil when not, else whether with a typo.
    private mutating func slotMatch(_ value: [[UInt8]], letters expected: [[UInt32]], at position: Int) -> Bool? {
        guard position + value.count <= count else { return nil }
        var typo = false
        for (offset, word) in value.enumerated() {
            let index = position + offset
            let range = records[index].byteStart..<records[index].byteEnd
            if storage[range].elementsEqual(word) { continue }
            // One typo in a word of five letters or more, as for the phrasebook's own words.
            guard tolerant, ids[index] < 0, offset < expected.count else { return nil }
            let wanted = expected[offset]
            TypoIndex.letters(of: storage[range], into: &letters)
            guard wanted.count >= TypoIndex.minimumLength, letters.first == wanted.first,
                  TypoIndex.isOneEdit(letters, wanted) else { return nil }
            typo = true
        }
        return typo
    }

    /// Records a phrase ending here, unless it was already found from the same start.
    @inline(__always)
    private mutating func report(_ phrase: Int, _ tokens: Range<Int>, fuzzy: Bool, group: Int) {
        var index = group
        while index < hits.count {
            if hits[index].phrase == phrase { return }
            index += 1
        }
        hits.append(PhraseHit(phrase: phrase, tokens: tokens, fuzzy: fuzzy))
    }

    /// Orders the hits of one start: longest first, then by phrase index.
    /// An insertion sort: a group holds a few hits, and the library's sort would allocate.
    private mutating func sortGroup(from group: Int) {
        var index = group + 1
        while index < hits.count {
            let hit = hits[index]
            var place = index
            while place > group, Self.precedes(hit, hits[place - 1]) {
                hits[place] = hits[place - 1]
                place -= 1
            }
            hits[place] = hit
            index += 1
        }
    }

    /// Longer first, then the lower phrase index.
    @inline(__always)
    private static func precedes(_ a: PhraseHit, _ b: PhraseHit) -> Bool {
        a.tokens.count != b.tokens.count ? a.tokens.count > b.tokens.count : a.phrase < b.phrase
    }
}
