/// How one Unicode scalar takes part in a normalised word.
enum FoldedScalar {
    /// Part of a word, written as these scalars (usually one).
    case letters([Unicode.Scalar])
    /// Dropped without breaking the word (diacritics, tatweel, ZWNJ, format characters).
    case ignored
    /// An apostrophe inside a word, kept for contractions.
    case apostrophe
    /// Anything else: a word boundary.
    case separator
}

/// Per-scalar folding: case, compatibility forms, Arabic and Persian letters, digits.
///
/// This is the byte-level heart of normalisation, written on `Unicode.Scalar` values so no
/// `Character` (grapheme) iteration happens on the hot path.
enum ScalarFolding {
    static func fold(_ scalar: Unicode.Scalar) -> FoldedScalar {
        let v = scalar.value
        if v < 0x80 { return foldASCII(UInt8(v)) }
        switch v {
        case 0x2018, 0x2019, 0x02BC, 0x2032, 0xFF07: return .apostrophe
        case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0640: return .ignored  // harakat, tanwin, shadda, sukun, dagger alef, Quranic marks, tatweel
        case 0x200C, 0x200D, 0x200B, 0x2060, 0xFEFF, 0x00AD, 0x200E, 0x200F, 0x061C: return .ignored  // ZWNJ joins a word; marks and soft hyphen
        case 0x0300...0x036F: return .ignored  // combining diacritics (Latin)
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return .letters(["\u{0627}"])
        case 0x0649, 0x06CC, 0x064A, 0x06D0: return .letters(["\u{064A}"])
        case 0x0643, 0x06A9: return .letters(["\u{0643}"])
        case 0x0629: return .letters(["\u{0647}"])
        case 0x06C0: return .letters(["\u{0647}"])  // heh with yeh above
        case 0x0624: return .letters(["\u{0648}"])  // waw with hamza
        case 0x0626: return .letters(["\u{064A}"])  // yeh with hamza
        case 0x0660...0x0669: return .letters([Unicode.Scalar(UInt8(v - 0x0660) + 0x30)])
        case 0x06F0...0x06F9: return .letters([Unicode.Scalar(UInt8(v - 0x06F0) + 0x30)])
        case 0xFF10...0xFF19: return .letters([Unicode.Scalar(UInt8(v - 0xFF10) + 0x30)])
        case 0xFF21...0xFF3A, 0xFF41...0xFF5A:  // fullwidth Latin letters
            let ascii = UInt8(v - 0xFF21 + 0x41)
            return foldASCII(ascii)
        case 0x060C, 0x061B, 0x061F, 0x066A, 0x066B, 0x066C, 0x06D4, 0x2026:  // Arabic punctuation, ellipsis
            return .separator
        default:
            break
        }
        if let base = LatinFolding.base(of: v) {
            return .letters(base)
        }
        if let compatibility = CompatibilityForms.letters(for: v) {
            return .letters(compatibility)
        }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil {
            if properties.changesWhenCaseFolded {
                return .letters(Array(properties.lowercaseMapping.unicodeScalars))
            }
            return .letters([scalar])
        }
        if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark {
            return .ignored
        }
        return .separator
    }

    @inline(__always)
    static func foldASCII(_ byte: UInt8) -> FoldedScalar {
        switch byte {
        case 0x41...0x5A: return .letters([Unicode.Scalar(byte + 0x20)])
        case 0x61...0x7A, 0x30...0x39: return .letters([Unicode.Scalar(byte)])
        case 0x27, 0x60: return .apostrophe
        default: return .separator
        }
    }
}
