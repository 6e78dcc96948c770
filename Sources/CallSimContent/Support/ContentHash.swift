/// The hash recorded with every session: FNV-1a, 64 bits, as 16 lowercase hex digits.
enum ContentHash {
    /// The FNV-1a 64 hash of `bytes`.
    static func fnv1a64<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
