/// Looks a word up as the normaliser finishes it, while its bytes are still in cache: the
/// matcher's vocabulary gives each token its word id in the same pass as normalising.
protocol WordResolver {
    /// The id of the word with `hash`, first eight bytes `prefix` (`WordHash.prefix`) and
    /// bytes `word`, or -1 when it is not known.
    func id(hash: UInt64, prefix: UInt64, word: UnsafeBufferPointer<UInt8>) -> Int32
}

/// No vocabulary: every token's id is -1.
struct NoWordResolver: WordResolver {
    @inline(__always)
    func id(hash: UInt64, prefix: UInt64, word: UnsafeBufferPointer<UInt8>) -> Int32 { -1 }
}
