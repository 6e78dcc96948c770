/// The normaliser's inner loop over one line's UTF-8 bytes, writing folded bytes and token
/// records straight into a `TokenBuffer`'s storage.
///
/// Unsafe pointers, because this loop runs for every byte of every line: `TokenBuffer.prepare`
/// sized `out` and `records` for the most a line of this length can produce (three output bytes
/// per input byte, one token per two input bytes), so the per-byte writes need no checks; the
/// two rare paths that write more than one byte per scalar (contractions, and scalars outside
/// the tables) check the room left anyway.
struct NormalizerCore<Resolver: WordResolver> {
    let out: UnsafeMutableBufferPointer<UInt8>
    let records: UnsafeMutableBufferPointer<TokenRecord>
    let ids: UnsafeMutableBufferPointer<Int32>
    let capacity: Int
    let resolver: Resolver
    /// Tokens with no word id.
    var unknown = 0
    /// Bytes written to `out`.
    var used = 0
    /// Tokens written to `records`.
    var tokens = 0
    /// Where the word being read starts in `out`.
    var pendingStart = 0
    /// UTF-8 offset of the word's first letter in the input, or -1 between words.
    var start = -1
    /// End of the word so far in the input, apostrophes included.
    var end = 0
    /// End of the word's last letter, before any closing quote mark.
    var letterEnd = 0
    var hasApostrophe = false

    init(
        out: UnsafeMutableBufferPointer<UInt8>, records: UnsafeMutableBufferPointer<TokenRecord>,
        ids: UnsafeMutableBufferPointer<Int32>, capacity: Int, resolver: Resolver
    ) {
        self.out = out
        self.records = records
        self.ids = ids
        self.capacity = capacity
        self.resolver = resolver
    }

    /// Normalises `utf8`.
    mutating func run(
        _ utf8: UnsafeBufferPointer<UInt8>, ascii: UnsafeBufferPointer<UInt8>, twoByte: UnsafeBufferPointer<UInt64>,
        scratch: inout [UInt8]
    ) {
        var offset = 0
        let count = utf8.count
        while offset < count {
            let byte = utf8[offset]
            if byte < 0x80 {
                var folded = ascii[Int(byte)]
                if folded > 1 {
                    // A run of ASCII letters and digits: the common case, kept in registers.
                    if start < 0 {
                        start = offset
                        pendingStart = used
                    }
                    var written = used
                    var next = offset
                    while true {
                        out[written] = folded
                        written &+= 1
                        next &+= 1
                        guard next < count else { break }
                        folded = ascii[Int(utf8[next])]
                        guard folded > 1 else { break }
                    }
                    used = written
                    end = next
                    letterEnd = next
                    offset = next
                    continue
                }
                if folded == 1 {
                    apostrophe(at: offset, width: 1)
                } else if start >= 0 {
                    flush(scratch: &scratch)
                }
                offset += 1
                continue
            }
            let (scalar, width) = Normalizer.decode(utf8, at: offset)
            let entry = scalar < 0x800 ? twoByte[Int(scalar)] : Normalizer.foldWide(scalar)
            take(entry, scalar: scalar, at: offset, width: width, scratch: &scratch)
            offset += width
        }
        if start >= 0 { flush(scratch: &scratch) }
    }

    @inline(__always)
    private mutating func apostrophe(at offset: Int, width: Int) {
        guard start >= 0 else { return }
        out[used] = 0x27
        used += 1
        hasApostrophe = true
        end = offset + width
    }

    /// Takes a `ByteFolding` entry for a scalar.
    private mutating func take(_ entry: UInt64, scalar: UInt32, at offset: Int, width: Int, scratch: inout [UInt8]) {
        switch UInt8(truncatingIfNeeded: entry) {
        case ByteFolding.Kind.letters.rawValue:
            if start < 0 {
                start = offset
                pendingStart = used
            }
            let count = Int(UInt8(truncatingIfNeeded: entry >> 8))
            for index in 0..<count { out[used + index] = UInt8(truncatingIfNeeded: entry >> (16 + 8 * index)) }
            used += count
            end = offset + width
            letterEnd = end
        case ByteFolding.Kind.ignored.rawValue:
            if start >= 0 {
                end = offset + width
                letterEnd = end
            }
        case ByteFolding.Kind.apostrophe.rawValue:
            apostrophe(at: offset, width: width)
        case ByteFolding.Kind.slow.rawValue:
            guard let value = Unicode.Scalar(scalar), case .letters(let letters) = ScalarFolding.fold(value) else {
                if start >= 0 { flush(scratch: &scratch) }
                return
            }
            if start < 0 {
                start = offset
                pendingStart = used
            }
            for letter in letters { UTF8.encode(letter) { write($0) } }
            end = offset + width
            letterEnd = end
        default:
            if start >= 0 { flush(scratch: &scratch) }
        }
    }

    /// Writes one byte on a rare path, checking the room left.
    private mutating func write(_ byte: UInt8) {
        guard used < capacity else { return }
        out[used] = byte
        used += 1
    }

    /// Ends the word being read (there is one: `start >= 0`).
    @inline(__always)
    private mutating func flush(scratch: inout [UInt8]) {
        if hasApostrophe {
            flushWithApostrophe(scratch: &scratch)
        } else if used > pendingStart {
            closeToken(from: pendingStart)
        }
        start = -1
    }

    /// Ends a word that has an apostrophe: drops closing quote marks, expands contractions.
    private mutating func flushWithApostrophe(scratch: inout [UInt8]) {
        // An apostrophe at the end of a word is a closing quote, not a contraction.
        if used > pendingStart, out[used - 1] == 0x27 {
            while used > pendingStart, out[used - 1] == 0x27 { used -= 1 }
            end = letterEnd
        }
        if used > pendingStart { expandContraction(scratch: &scratch) }
        hasApostrophe = false
    }

    /// Records a token of `out[from..<used]` for the word being read: its hash, and its id.
    @inline(__always)
    private mutating func closeToken(from: Int) {
        guard let base = out.baseAddress else { return }
        let pointer = base + from
        let count = used - from
        // `out` has at least 16 bytes of room past `used` (see `TokenBuffer.prepare`), so the
        // first eight bytes are read with one load whatever the word's length.
        let prefix = count > 0 ? WordHash.prefix(pointer, count: Swift.min(count, 8)) : 0
        let hash = count <= 8 ? WordHash.hash(prefix: prefix, count: count) : WordHash.hash(pointer, count: count)
        records[tokens] = TokenRecord(byteStart: from, byteEnd: used, sourceStart: start, sourceEnd: end, hash: hash)
        let id = resolver.id(hash: hash, prefix: prefix, word: UnsafeBufferPointer(start: pointer, count: count))
        ids[tokens] = id
        if id < 0 { unknown += 1 }
        tokens += 1
        pendingStart = used
    }

    /// Replaces the word being read with the words its contraction stands for, each a token
    /// quoting the whole original word.
    private mutating func expandContraction(scratch: inout [UInt8]) {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: out[pendingStart..<used]))
        used = pendingStart
        Contractions.expand(scratch[...]) { part in
            guard !part.isEmpty, tokens < records.count else { return }
            let from = used
            for byte in part { write(byte) }
            closeToken(from: from)
        }
    }
}
