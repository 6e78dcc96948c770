/// `ScalarFolding` precomputed for the scalars the hot path meets, so normalising a line
/// reads UTF-8 bytes and looks each one up instead of building `FoldedScalar` values.
///
/// - ASCII bytes: one 256-entry table (`ascii`): 0 for a separator, 1 for an apostrophe,
///   otherwise the folded (lower-case) byte.
/// - Two-byte scalars (U+0080 to U+07FF: Latin with diacritics, Greek, Cyrillic, Arabic and
///   Persian): one packed entry each (`twoByte`), built once from `ScalarFolding.fold`, so
///   the table cannot disagree with it.
/// - Longer scalars: fullwidth digits and letters inline, everything else through
///   `ScalarFolding.fold` (rare in chat text).
enum ByteFolding {
    /// What a folded scalar is, in the low byte of a `twoByte` entry.
    enum Kind: UInt8 {
        case separator = 0, letters = 1, ignored = 2, apostrophe = 3
        /// The folded letters do not fit in an entry: ask `ScalarFolding`.
        case slow = 4
    }

    /// The byte table: for ASCII, 0 separator, 1 apostrophe, else the folded byte; 0 for
    /// every byte of 0x80 and above (the start or middle of a longer scalar), so a run of
    /// ASCII letters ends at the first byte that is not one.
    static let ascii: [UInt8] = (0..<256).map { byte in
        guard byte < 0x80 else { return 0 }
        switch ScalarFolding.foldASCII(UInt8(byte)) {
        case .separator, .ignored: return 0
        case .apostrophe: return 1
        case .letters(let letters): return letters.first.map { UInt8($0.value) } ?? 0
        }
    }

    /// One entry per scalar below U+0800: kind in bits 0-7, byte count in bits 8-15, up to
    /// six folded UTF-8 bytes from bit 16 up.
    static let twoByte: [UInt64] = (0..<0x800).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        return pack(ScalarFolding.fold(scalar))
    }

    /// Packs a folded scalar into a table entry.
    static func pack(_ folded: FoldedScalar) -> UInt64 {
        switch folded {
        case .separator: return UInt64(Kind.separator.rawValue)
        case .ignored: return UInt64(Kind.ignored.rawValue)
        case .apostrophe: return UInt64(Kind.apostrophe.rawValue)
        case .letters(let letters):
            var bytes: [UInt8] = []
            for letter in letters { UTF8.encode(letter) { bytes.append($0) } }
            guard bytes.count <= 6 else { return UInt64(Kind.slow.rawValue) }
            var entry = UInt64(Kind.letters.rawValue) | UInt64(bytes.count) << 8
            for (index, byte) in bytes.enumerated() { entry |= UInt64(byte) << (16 + 8 * index) }
            return entry
        }
    }
}
