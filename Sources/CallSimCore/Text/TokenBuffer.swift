/// One token in a `TokenBuffer`: its normalised bytes, where it came from, and its hash.
struct TokenRecord: Sendable {
    /// The token is `TokenBuffer.storage[byteStart..<byteEnd]`.
    var byteStart: Int
    var byteEnd: Int
    /// UTF-8 offsets of the token's word in the original text.
    var sourceStart: Int
    var sourceEnd: Int
    /// `WordHash` of the token's bytes.
    var hash: UInt64
}

/// The normalised tokens of one line, without a `String` per token: every word's bytes
/// back to back in one array, with where each starts, where it came from in the original
/// text, and its `WordHash`.
///
/// Reuse one buffer for many lines (`Normalizer.tokenize(_:into:)` empties it and keeps its
/// capacity), so normalising a line allocates nothing once the buffer has grown. The arrays
/// are sized ahead for the longest output a line can give, and the normaliser writes them
/// through pointers (see `NormalizerCore`); `count` and `byteCount` say how much is in use.
public struct TokenBuffer: Sendable {
    /// The normalised words' UTF-8 bytes, back to back (`0..<byteCount` in use).
    var storage: [UInt8] = []
    var byteCount = 0
    /// The tokens (`0..<count` in use).
    var records: [TokenRecord] = []
    /// Each token's word id in the vocabulary it was resolved with, or -1 (`0..<count` in use).
    var ids: [Int32] = []
    /// How many tokens have no word id.
    var unknown = 0
    /// A word being expanded (contractions), kept to reuse its capacity.
    var scratch: [UInt8] = []
    /// How many tokens the line has.
    public internal(set) var count = 0

    /// An empty buffer.
    public init() {}

    /// True when the line has no tokens.
    public var isEmpty: Bool { count == 0 }

    /// The normalised bytes of all tokens, back to back.
    public var bytes: ArraySlice<UInt8> { storage[0..<byteCount] }

    /// The range of token `index`'s normalised bytes in `bytes`.
    public func wordBytes(_ index: Int) -> Range<Int> { records[index].byteStart..<records[index].byteEnd }

    /// The normalised word of token `index`.
    public func word(_ index: Int) -> String {
        String(decoding: storage[wordBytes(index)], as: UTF8.self)
    }

    /// Where token `index`'s word is in the original text, as UTF-8 offsets.
    public func source(_ index: Int) -> Range<Int> { records[index].sourceStart..<records[index].sourceEnd }

    /// The hash of token `index`.
    func hash(_ index: Int) -> UInt64 { records[index].hash }

    /// The tokens as `Token` values (one `String` each).
    public var tokens: [Token] {
        (0..<count).map { Token(text: word($0), start: records[$0].sourceStart, end: records[$0].sourceEnd) }
    }

    /// Empties the buffer and makes room for what a line of `inputBytes` bytes can give:
    /// at most three output bytes per input byte (folding and contractions never write
    /// more), and at most one token per two input bytes, plus a margin.
    mutating func prepare(forInput inputBytes: Int) {
        byteCount = 0
        count = 0
        unknown = 0
        let bytesNeeded = inputBytes * 3 + 16
        if storage.count < bytesNeeded { storage = [UInt8](repeating: 0, count: Swift.max(bytesNeeded, storage.count * 2)) }
        let tokensNeeded = inputBytes / 2 + 4
        if records.count < tokensNeeded || ids.count < tokensNeeded {
            let empty = TokenRecord(byteStart: 0, byteEnd: 0, sourceStart: 0, sourceEnd: 0, hash: 0)
            records = [TokenRecord](repeating: empty, count: Swift.max(tokensNeeded, records.count * 2))
            ids = [Int32](repeating: -1, count: records.count)
        }
    }

    /// Appends a whole token (for tokens that come as strings rather than from the normaliser).
    mutating func append<Bytes: Collection<UInt8>>(word: Bytes, sourceStart: Int, sourceEnd: Int) {
        let start = byteCount
        // Keep 16 bytes of room past the end, as `prepare` does, for eight-byte reads.
        let needed = start + word.count + 16
        if storage.count < needed { storage += repeatElement(0, count: Swift.max(needed - storage.count, storage.count)) }
        if records.count <= count {
            records.append(TokenRecord(byteStart: 0, byteEnd: 0, sourceStart: 0, sourceEnd: 0, hash: 0))
        }
        if ids.count <= count { ids.append(-1) }
        storage.replaceSubrange(start..<(start + word.count), with: word)
        byteCount = start + word.count
        let hash = storage.withUnsafeBufferPointer { WordHash.hash(UnsafeBufferPointer(rebasing: $0[start..<byteCount])) }
        records[count] = TokenRecord(byteStart: start, byteEnd: byteCount, sourceStart: sourceStart, sourceEnd: sourceEnd, hash: hash)
        ids[count] = -1
        unknown += 1
        count += 1
    }

    /// Gives every token its word id in `resolver`'s vocabulary.
    mutating func resolve<Resolver: WordResolver>(with resolver: Resolver) {
        unknown = 0
        storage.withUnsafeBufferPointer { bytes in
            for index in 0..<count {
                let record = records[index]
                let word = UnsafeBufferPointer(rebasing: bytes[record.byteStart..<record.byteEnd])
                // `storage` keeps 16 bytes of room past the last token, so eight can be read.
                let prefix = word.baseAddress.map { WordHash.prefix($0, count: Swift.min(word.count, 8)) } ?? 0
                ids[index] = resolver.id(hash: record.hash, prefix: word.isEmpty ? 0 : prefix, word: word)
                if ids[index] < 0 { unknown += 1 }
            }
        }
    }
}
