/// The hash of a normalised word's UTF-8 bytes, shared by the normaliser (which stores one
/// per token) and the matcher's tables (which are keyed by it), so a token is looked up
/// without hashing it again.
///
/// Eight bytes at a time with a multiply-xorshift mix: words are short, so most take one
/// round. Not cryptographic; equal bytes always give equal hashes, and every table
/// compares the bytes after the hash.
enum WordHash {
    /// The hash of `count` bytes at `bytes`.
    @inline(__always)
    static func hash(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        var index = 0
        while index + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self))
            h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            index += 8
        }
        if index < count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while index < count {
                word |= UInt64(bytes[index]) << shift
                shift += 8
                index += 1
            }
            h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
        }
        h ^= h >> 29
        h = h &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 32)
    }

    /// The same hash as `hash(_:count:)`, for a word whose buffer can be read at least
    /// eight bytes past its end (the normaliser's output has that margin): words of up to
    /// eight bytes, most of them, take one load and one mix.
    @inline(__always)
    static func hashPadded(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        guard count <= 8 else { return hash(bytes, count: count) }
        return hash(prefix: count > 0 ? prefix(bytes, count: count) : 0, count: count)
    }

    /// The hash of a word of at most eight bytes given as its little-endian, zero-padded
    /// integer (`prefix(_:count:)`): the same value `hash(_:count:)` gives for its bytes.
    @inline(__always)
    static func hash(prefix word: UInt64, count: Int) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        if count > 0 {
            h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
        }
        h ^= h >> 29
        h = h &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 32)
    }

    /// The hash of a word of nine to sixteen bytes given as two little-endian, zero-padded
    /// integers (bytes 0-7 and 8-15): the same value `hash(_:count:)` gives for its bytes.
    @inline(__always)
    static func hash(lo: UInt64, hi: UInt64, count: Int) -> UInt64 {
        guard count > 8 else { return hash(prefix: lo, count: count) }
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
        h = (h ^ lo) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 32
        h = (h ^ hi) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 32
        h ^= h >> 29
        h = h &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 32)
    }

    /// The first `count` (at most eight) bytes as a little-endian integer, zero-padded, read
    /// with one load: the buffer must be readable for eight bytes.
    @inline(__always)
    static func prefix(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        let word = UInt64(littleEndian: UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self))
        return count >= 8 ? word : word & ((1 << (UInt64(count) * 8)) - 1)
    }

    /// The hash of the bytes in `buffer`.
    static func hash(_ buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return empty }
        return hash(base, count: buffer.count)
    }

    /// The hash of `bytes`.
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash($0) }
    }

    /// The hash of a string's UTF-8 bytes.
    static func hash(_ text: String) -> UInt64 { hash(Array(text.utf8)) }

    /// The hash of no bytes (what `hash(_:count:)` returns for a count of 0).
    static let empty: UInt64 = {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        h ^= h >> 29
        h = h &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 32)
    }()
}
