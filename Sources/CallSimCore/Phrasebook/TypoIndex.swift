/// Finds the vocabulary words one edit away from a word (a substitution, insertion,
/// deletion or transposition of adjacent letters), for vocabulary words of five letters or more.
///
/// Built like SymSpell: every such word is indexed under the hash of itself and of each of
/// its one-letter deletions; a typed word's candidates are the entries under it and its
/// deletions, checked with an exact distance test. The first letter must agree: typos there
/// are rare, and allowing them doubles the false matches (and deleting it is never tried).
/// Letters are Unicode scalars, so an Arabic letter is one letter although it is two bytes.
struct TypoIndex: Sendable {
    static let minimumLength = 5

    /// Open-addressing table of variant hashes; `ids[starts[slot]..<starts[slot] + counts[slot]]`.
    private var hashes: [UInt64] = []
    private var starts: [Int32] = []
    private var counts: [Int32] = []
    private var ids: [Int32] = []
    private var mask = 0
    /// The longest vocabulary word, in letters: a longer word cannot be one edit away from any.
    private(set) var longest = 0
    /// For each first byte, bit `n` set when an indexed word of `n` bytes (63 for longer)
    /// starts with it: a word whose first byte and length fit no indexed word is rejected
    /// before any hashing.
    private var lengthsByFirstByte = [UInt64](repeating: 0, count: 256)
    /// A Bloom filter of the variant hashes (two bits each, eight bits per variant): most
    /// deletions of a word that is not a typo are turned away by one small bitset, which
    /// stays in cache, before the table is probed.
    private var bloom: [UInt64] = [0]
    private var bloomMask: UInt64 = 63

    /// Scratch space for one lookup, reused across lookups.
    struct Scratch: Sendable {
        var letters: [UInt32] = []
        var bounds: [Int] = []
        var variant: [UInt8] = []
        var other: [UInt32] = []
    }

    /// Indexes every word of `words` with five letters or more.
    init(words: WordTable) {
        var entries: [(hash: UInt64, id: Int32)] = []
        var scratch = Scratch()
        for id in 0..<Int32(words.count) {
            let word = Array(words.word(id))
            Self.letters(of: word, into: &scratch)
            let count = scratch.letters.count
            longest = max(longest, count)
            guard count >= Self.minimumLength, let first = word.first else { continue }
            lengthsByFirstByte[Int(first)] |= 1 << UInt64(min(word.count, 63))
            entries.append((WordHash.hash(word), id))
            for deleted in 1..<count {
                Self.variant(of: word, deleting: deleted, scratch: &scratch)
                entries.append((WordHash.hash(scratch.variant), id))
            }
        }
        entries.sort { ($0.hash, $0.id) < ($1.hash, $1.id) }
        var bits = 64
        while bits < entries.count * 8 { bits <<= 1 }
        bloom = [UInt64](repeating: 0, count: bits / 64)
        bloomMask = UInt64(bits - 1)
        for entry in entries {
            let (first, second) = Self.bloomBits(entry.hash, mask: bloomMask)
            bloom[Int(first >> 6)] |= 1 << (first & 63)
            bloom[Int(second >> 6)] |= 1 << (second & 63)
        }
        var size = 16
        while size < entries.count * 2 { size <<= 1 }
        hashes = Array(repeating: 0, count: size)
        starts = Array(repeating: 0, count: size)
        counts = Array(repeating: 0, count: size)
        mask = size - 1
        var index = 0
        while index < entries.count {
            let hash = entries[index].hash
            var slot = Int(truncatingIfNeeded: hash) & mask
            while counts[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = hash
            starts[slot] = Int32(ids.count)
            while index < entries.count, entries[index].hash == hash {
                if ids.count == Int(starts[slot]) || ids.last != entries[index].id { ids.append(entries[index].id) }
                index += 1
            }
            counts[slot] = Int32(ids.count) - starts[slot]
        }
    }

    /// Appends to `found` the ids of vocabulary words within one edit of `word` (never the
    /// word itself), whose hash is `hash`. `word` must be readable for sixteen bytes from its
    /// start (the normaliser's buffers are): an ASCII word of up to sixteen bytes, nearly all
    /// of them, makes its deletions with shifts and masks, without copying bytes.
    func candidates(
        for word: UnsafeBufferPointer<UInt8>, hash: UInt64, words: WordTable, scratch: inout Scratch, into found: inout [Int32]
    ) {
        guard !ids.isEmpty, word.count <= (longest + 1) * 4, let base = word.baseAddress, let first = word.first else { return }
        // Lengths in bytes an indexed word one edit away can have: one letter more or less
        // (up to four bytes for a letter outside ASCII).
        let count = word.count
        let ascii = first < 0x80 && count <= 16 && Self.isASCII(base, count: count)
        let spread = ascii ? 1 : 4
        let lengths = lengthsByFirstByte[Int(first)]
        let low = max(count - spread, 0), high = min(count + spread, 63)
        guard low <= high, lengths & (((1 << UInt64(high - low + 1)) &- 1) << UInt64(low)) != 0 || high == 63 else { return }
        let before = found.count
        var lettersReady = false
        if ascii, count <= 16 {
            // Up to sixteen ASCII bytes: deletions are shifts and masks of two integers.
            guard count >= Self.minimumLength - 1, count <= longest + 1 else { return }
            let lo = WordHash.prefix(base, count: min(count, 8))
            let hi = count > 8 ? WordHash.prefix(base + 8, count: count - 8) : 0
            consider(hash, word: word, ready: &lettersReady, words: words, scratch: &scratch, found: &found, from: before)
            for deleted in 1..<count {
                let (newLo, newHi) = Self.deleting(byte: deleted, lo: lo, hi: hi)
                let variant = WordHash.hash(lo: newLo, hi: newHi, count: count - 1)
                consider(variant, word: word, ready: &lettersReady, words: words, scratch: &scratch, found: &found, from: before)
            }
            return
        }
        Self.letters(of: word, into: &scratch)
        lettersReady = true
        let letterCount = scratch.letters.count
        guard letterCount >= Self.minimumLength - 1, letterCount <= longest + 1 else { return }
        consider(hash, word: word, ready: &lettersReady, words: words, scratch: &scratch, found: &found, from: before)
        for deleted in 1..<letterCount {
            Self.variant(of: word, deleting: deleted, scratch: &scratch)
            consider(WordHash.hash(scratch.variant), word: word, ready: &lettersReady, words: words, scratch: &scratch, found: &found, from: before)
        }
    }

    /// True when the `count` bytes at `base` (readable for sixteen) are all ASCII.
    @inline(__always)
    private static func isASCII(_ base: UnsafePointer<UInt8>, count: Int) -> Bool {
        let lo = WordHash.prefix(base, count: min(count, 8))
        let hi = count > 8 ? WordHash.prefix(base + 8, count: count - 8) : 0
        return (lo | hi) & 0x8080_8080_8080_8080 == 0
    }

    /// A word of up to sixteen bytes given as two little-endian integers, without its byte
    /// number `byte` (the bytes after it move down one place).
    @inline(__always)
    static func deleting(byte: Int, lo: UInt64, hi: UInt64) -> (UInt64, UInt64) {
        if byte < 8 {
            let shift = UInt64(byte) * 8
            let kept = lo & ((1 << shift) &- 1)
            let moved = (lo >> (shift + 8)) << shift
            return (kept | moved | (hi << 56), hi >> 8)
        }
        let shift = UInt64(byte - 8) * 8
        let kept = hi & ((1 << shift) &- 1)
        let moved = (hi >> (shift + 8)) << shift
        return (lo, kept | moved)
    }

    /// The two Bloom filter bits of a variant hash.
    @inline(__always)
    private static func bloomBits(_ hash: UInt64, mask: UInt64) -> (UInt64, UInt64) {
        (hash & mask, (hash >> 32) & mask)
    }

    private func consider(
        _ hash: UInt64, word: UnsafeBufferPointer<UInt8>, ready: inout Bool, words: WordTable, scratch: inout Scratch,
        found: inout [Int32], from: Int
    ) {
        let (first, second) = Self.bloomBits(hash, mask: bloomMask)
        guard bloom[Int(first >> 6)] & (1 << (first & 63)) != 0, bloom[Int(second >> 6)] & (1 << (second & 63)) != 0 else { return }
        var slot = Int(truncatingIfNeeded: hash) & mask
        while counts[slot] != 0 {
            if hashes[slot] == hash {
                if !ready {
                    Self.letters(of: word, into: &scratch)
                    ready = true
                }
                var other: [UInt32] = []
                swap(&other, &scratch.other)
                defer { swap(&other, &scratch.other) }
                let start = Int(starts[slot])
                for id in ids[start..<(start + Int(counts[slot]))] where !found[from...].contains(id) {
                    Self.letters(of: words.word(id), into: &other)
                    if other != scratch.letters, other.first == scratch.letters.first,
                       other.count >= Self.minimumLength || scratch.letters.count >= Self.minimumLength,
                       Self.isOneEdit(scratch.letters, other) {
                        found.append(id)
                    }
                }
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// The scalars of UTF-8 `bytes` into `scratch.letters`, and where each starts into `scratch.bounds`.
    static func letters<Bytes: Collection<UInt8>>(of bytes: Bytes, into scratch: inout Scratch) {
        Self.letters(of: bytes, into: &scratch.letters, bounds: &scratch.bounds)
    }

    static func letters<Bytes: Collection<UInt8>>(of bytes: Bytes, into output: inout [UInt32]) {
        output.removeAll(keepingCapacity: true)
        var value: UInt32 = 0
        var pending = 0
        for byte in bytes {
            if pending > 0, byte & 0xC0 == 0x80 {
                value = value << 6 | UInt32(byte & 0x3F)
                pending -= 1
                if pending == 0 { output.append(value) }
                continue
            }
            if pending > 0 { output.append(value) }  // a cut-short sequence still counts once
            switch byte {
            case 0..<0x80: value = UInt32(byte); pending = 0; output.append(value)
            case 0xC0..<0xE0: value = UInt32(byte & 0x1F); pending = 1
            case 0xE0..<0xF0: value = UInt32(byte & 0x0F); pending = 2
            default: value = UInt32(byte & 0x07); pending = 3
            }
        }
        if pending > 0 { output.append(value) }
    }

    private static func letters<Bytes: Collection<UInt8>>(of bytes: Bytes, into letters: inout [UInt32], bounds: inout [Int]) {
        letters.removeAll(keepingCapacity: true)
        bounds.removeAll(keepingCapacity: true)
        var offset = 0
        var value: UInt32 = 0
        var pending = 0
        for byte in bytes {
            if pending > 0, byte & 0xC0 == 0x80 {
                value = value << 6 | UInt32(byte & 0x3F)
                pending -= 1
                if pending == 0 { letters.append(value) }
            } else {
                if pending > 0 { letters.append(value) }  // a cut-short sequence still counts once
                bounds.append(offset)
                switch byte {
                case 0..<0x80: value = UInt32(byte); pending = 0; letters.append(value)
                case 0xC0..<0xE0: value = UInt32(byte & 0x1F); pending = 1
                case 0xE0..<0xF0: value = UInt32(byte & 0x0F); pending = 2
                default: value = UInt32(byte & 0x07); pending = 3
                }
            }
            offset += 1
        }
        if pending > 0 { letters.append(value) }
        bounds.append(offset)
    }

    /// `word` without its letter number `deleted`, into `scratch.variant` (`scratch.bounds`
    /// must hold the word's letter bounds).
    private static func variant<Bytes: Collection<UInt8>>(of word: Bytes, deleting deleted: Int, scratch: inout Scratch)
    where Bytes.Index == Int {
        scratch.variant.removeAll(keepingCapacity: true)
        let from = scratch.bounds[deleted], to = scratch.bounds[deleted + 1]
        let base = word.startIndex
        scratch.variant.append(contentsOf: word[base..<(base + from)])
        scratch.variant.append(contentsOf: word[(base + to)...])
    }

    /// True when `a` and `b` differ by exactly one edit (Damerau: adjacent transposition counts as one).
    static func isOneEdit(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        if a.count == b.count {
            var first = -1, second = -1
            for index in a.indices where a[index] != b[index] {
                if first < 0 {
                    first = index
                } else if second < 0 {
                    second = index
                } else {
                    return false
                }
            }
            if first >= 0, second < 0 { return true }
            if second >= 0 { return second == first + 1 && a[first] == b[second] && a[second] == b[first] }
            return false
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var i = 0, j = 0, skipped = false
        while i < long.count, j < short.count {
            if long[i] == short[j] {
                i += 1
                j += 1
            } else {
                if skipped { return false }
                skipped = true
                i += 1
            }
        }
        return true
    }
}
