/// Latin letters with diacritics folded to their base letters (U+00C0 to U+024F), so
/// "Café" typed with a precomposed é reads like "Cafe" typed with a combining accent, whose
/// mark the normaliser drops. Generated from Unicode's decompositions.
enum LatinFolding {
    static let first: UInt32 = 0xC0
    static let last: UInt32 = 0x24F

    /// The base letters of a Latin letter with diacritics, or nil when it has none.
    static func base(of value: UInt32) -> [Unicode.Scalar]? {
        guard value >= first, value <= last, let letters = table[Int(value - first)] else { return nil }
        return Array(letters.unicodeScalars)
    }

    private static let table: [String?] = [
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // U+00C0
        "d", "n", "o", "o", "o", "o", "o", nil, "o", "u", "u", "u", "u", "y", "th", "ss",  // U+00D0
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",  // U+00E0
        "d", "n", "o", "o", "o", "o", "o", nil, "o", "u", "u", "u", "u", "y", "th", "y",  // U+00F0
        "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",  // U+0100
        "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",  // U+0110
        "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",  // U+0120
        "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", nil,  // U+0130
        nil, "l", "l", "n", "n", "n", "n", "n", "n", nil, "n", "n", "o", "o", "o", "o",  // U+0140
        "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",  // U+0150
        "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",  // U+0160
        "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",  // U+0170
        "b", nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+0180
        nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+0190
        "o", "o", nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, "u",  // U+01A0
        "u", nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+01B0
        nil, nil, nil, nil, "dz", "dz", "dz", "lj", "lj", "lj", "nj", "nj", "nj", "a", "a", "i",  // U+01C0
        "i", "o", "o", "u", "u", "u", "u", "u", "u", "u", "u", "u", "u", nil, "a", "a",  // U+01D0
        "a", "a", nil, nil, nil, nil, "g", "g", "k", "k", "o", "o", "o", "o", nil, nil,  // U+01E0
        "j", "dz", "dz", "dz", "g", "g", nil, nil, "n", "n", "a", "a", nil, nil, nil, nil,  // U+01F0
        "a", "a", "a", "a", "e", "e", "e", "e", "i", "i", "i", "i", "o", "o", "o", "o",  // U+0200
        "r", "r", "r", "r", "u", "u", "u", "u", "s", "s", "t", "t", nil, nil, "h", "h",  // U+0210
        nil, nil, nil, nil, nil, nil, "a", "a", "e", "e", "o", "o", "o", "o", "o", "o",  // U+0220
        "o", "o", "y", "y", nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+0230
        nil, nil, nil, "b", nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,  // U+0240
    ]
}
