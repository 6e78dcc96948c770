/// The matcher's vocabulary: normalised words (as UTF-8 bytes) to dense ids, in one
/// open-addressing hash table keyed by `WordHash`, with the words' bytes in one pool.
///
/// A slot holds the word's first eight bytes and packs the top 24 bits of its hash, its
/// length and its id plus one (0 is an empty slot): a word of up to eight bytes, most of
/// them, is found by comparing two integers, without touching the pool.
struct WordTable: Sendable {
    struct Slot: Sendable {
        /// The word's first eight bytes, little-endian, zero-padded.
        var prefix: UInt64
        /// Hash tag (bits 40-63), length capped at 255 (bits 32-39), id + 1 (bits 0-31).
        var meta: UInt64
    }

    private(set) var slots: [Slot]
    private(set) var mask: Int
    /// Every word's bytes, back to back; word `id` is `pool[starts[id]..<starts[id + 1]]`.
    private(set) var pool: [UInt8] = []
    private(set) var starts: [Int32] = [0]

    /// An empty table sized for about `capacity` words.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(prefix: 0, meta: 0), count: size)
        mask = size - 1
    }

    /// How many words the table holds.
    var count: Int { starts.count - 1 }

    /// The bytes of word `id`.
    func word(_ id: Int32) -> ArraySlice<UInt8> { pool[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])] }

    /// The id of `word`, adding it when it is new.
    mutating func intern(_ word: [UInt8]) -> Int32 {
        if let id = lookup(word) { return id }
        if count * 2 >= slots.count { grow() }
        let id = Int32(count)
        pool.append(contentsOf: word)
        starts.append(Int32(pool.count))
        place(id: id)
        return id
    }

    /// The key a slot of `bytes` with `hash` carries above the id.
    @inline(__always)
    static func key(hash: UInt64, count: Int) -> UInt64 {
        (hash >> 40) << 8 | UInt64(min(count, 255))
    }

    /// The id of the word with `hash` and `bytes`, or nil. `bytes` must be readable for eight
    /// bytes from its start (the normaliser's buffers are).
    @inline(__always)
    func lookup(hash: UInt64, paddedBytes bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        return lookup(hash: hash, prefix: WordHash.prefix(base, count: min(bytes.count, 8)), bytes: bytes)
    }

    /// The id of `word`, or nil.
    func lookup(_ word: [UInt8]) -> Int32? {
        var prefix: UInt64 = 0
        for (index, byte) in word.prefix(8).enumerated() { prefix |= UInt64(byte) << (8 * UInt64(index)) }
        return word.withUnsafeBufferPointer { lookup(hash: WordHash.hash($0), prefix: prefix, bytes: $0) }
    }

    @inline(__always)
    private func lookup(hash: UInt64, prefix: UInt64, bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let key = Self.key(hash: hash, count: bytes.count)
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[index]
            if slot.meta == 0 { return nil }
            if slot.meta >> 32 == key, slot.prefix == prefix {
                let id = Int(truncatingIfNeeded: slot.meta & 0xFFFF_FFFF) - 1
                if bytes.count <= 8 { return Int32(id) }
                let from = Int(starts[id]), to = Int(starts[id + 1])
                if to - from == bytes.count, pool[from..<to].elementsEqual(bytes) { return Int32(id) }
            }
            index = (index + 1) & mask
        }
    }

    private mutating func place(id: Int32) {
        let bytes = word(id)
        let hash = bytes.withContiguousStorageIfAvailable { WordHash.hash($0) } ?? WordHash.hash(Array(bytes))
        var prefix: UInt64 = 0
        for (index, byte) in bytes.prefix(8).enumerated() { prefix |= UInt64(byte) << (8 * UInt64(index)) }
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index].meta != 0 { index = (index + 1) & mask }
        slots[index] = Slot(prefix: prefix, meta: Self.key(hash: hash, count: bytes.count) << 32 | UInt64(id + 1))
    }

    private mutating func grow() {
        slots = Array(repeating: Slot(prefix: 0, meta: 0), count: slots.count * 2)
        mask = slots.count - 1
        for id in 0..<count { place(id: Int32(id)) }
    }
}

extension WordTable {
    /// Calls `body` with a view of the table for the normaliser's inner loop: buffer pointers
    /// rather than arrays, so the loop copies no reference and retains nothing.
    func withResolver<Result>(_ body: (WordTableView) -> Result) -> Result {
        slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                pool.withUnsafeBufferPointer { pool in
                    body(WordTableView(slots: slots, mask: mask, starts: starts, pool: pool))
                }
            }
        }
    }
}

/// `WordTable` read through buffer pointers, valid inside `WordTable.withResolver`.
struct WordTableView: WordResolver {
    let slots: UnsafeBufferPointer<WordTable.Slot>
    let mask: Int
    let starts: UnsafeBufferPointer<Int32>
    let pool: UnsafeBufferPointer<UInt8>

    @inline(__always)
    func id(hash: UInt64, prefix: UInt64, word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let key = WordTable.key(hash: hash, count: word.count)
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[index]
            if slot.meta == 0 { return -1 }
            if slot.meta >> 32 == key, slot.prefix == prefix {
                let id = Int(truncatingIfNeeded: slot.meta & 0xFFFF_FFFF) - 1
                if word.count <= 8 { return Int32(id) }
                let from = Int(starts[id]), to = Int(starts[id + 1])
                if to - from == word.count, Self.equal(pool, from: from, word) { return Int32(id) }
            }
            index = (index + 1) & mask
        }
    }

    /// True when `pool[from...]` starts with `word` (whose count is known to fit), compared
    /// eight bytes at a time: most Arabic and Persian words are longer than eight bytes.
    @inline(__always)
    private static func equal(_ pool: UnsafeBufferPointer<UInt8>, from: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let poolBase = pool.baseAddress, let wordBase = word.baseAddress else { return word.isEmpty }
        let left = UnsafeRawPointer(poolBase + from), right = UnsafeRawPointer(wordBase)
        let count = word.count
        var offset = 0
        while offset + 8 <= count {
            if left.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != right.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                return false
            }
            offset += 8
        }
        while offset < count {
            if left.load(fromByteOffset: offset, as: UInt8.self) != right.load(fromByteOffset: offset, as: UInt8.self) { return false }
            offset += 1
        }
        return true
    }
}
