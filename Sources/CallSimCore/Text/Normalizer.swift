/// Turns a line of text into normalised tokens: case-folded, compatibility forms composed,
/// punctuation and spacing collapsed, contractions expanded, Arabic and Persian letters
/// unified (alef forms, yeh forms, kaf forms, teh marbuta as heh, diacritics and tatweel
/// removed, ZWNJ joining a word), and Arabic-Indic and Persian digits read as ASCII.
///
/// It reads UTF-8 bytes, never `Character`: ASCII through a 128-entry table, two-byte
/// scalars (Arabic, Persian, accented Latin) through a precomputed one (`ByteFolding`), and
/// keeps every token's UTF-8 offsets into the original text.
public enum Normalizer {
    /// Normalises one line.
    public static func normalize(_ text: String) -> NormalizedText {
        var buffer = TokenBuffer()
        tokenize(text, into: &buffer)
        return NormalizedText(original: text, tokens: buffer.tokens)
    }

    /// The normalised words of `text`, joined by single spaces.
    public static func normalizedString(_ text: String) -> String {
        normalize(text).joined
    }

    /// Normalises `text` into `buffer`, replacing what it held.
    public static func tokenize(_ text: String, into buffer: inout TokenBuffer) {
        var text = text
        text.withUTF8 { tokenize($0, into: &buffer) }
    }

    /// Normalises the UTF-8 bytes of one line into `buffer`, replacing what it held; the
    /// allocation-free path for scanning files. A byte that is not valid UTF-8 separates words.
    public static func tokenize(_ utf8: UnsafeBufferPointer<UInt8>, into buffer: inout TokenBuffer) {
        tokenize(utf8, into: &buffer, resolving: NoWordResolver())
    }

    /// Normalises one line and looks every token up in `resolver` as it is made.
    static func tokenize<Resolver: WordResolver>(
        _ utf8: UnsafeBufferPointer<UInt8>, into buffer: inout TokenBuffer, resolving resolver: Resolver
    ) {
        buffer.prepare(forInput: utf8.count)
        let storageCount = buffer.storage.count
        var scratch: [UInt8] = []
        swap(&scratch, &buffer.scratch)
        defer { swap(&scratch, &buffer.scratch) }
        let (bytes, tokens, unknown) = ByteFolding.ascii.withUnsafeBufferPointer { ascii in
            ByteFolding.twoByte.withUnsafeBufferPointer { twoByte in
                buffer.storage.withUnsafeMutableBufferPointer { storage in
                    buffer.records.withUnsafeMutableBufferPointer { records in
                        buffer.ids.withUnsafeMutableBufferPointer { ids in
                            var core = NormalizerCore(out: storage, records: records, ids: ids, capacity: storageCount, resolver: resolver)
                            core.run(utf8, ascii: ascii, twoByte: twoByte, scratch: &scratch)
                            return (core.used, core.tokens, core.unknown)
                        }
                    }
                }
            }
        }
        buffer.byteCount = bytes
        buffer.count = tokens
        buffer.unknown = unknown
    }

    /// The scalar at `offset` and its length in bytes; an invalid sequence is U+FFFD, one byte long.
    @inline(__always)
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) -> (UInt32, Int) {
        let lead = UInt32(utf8[offset])
        let count = utf8.count
        @inline(__always) func continuation(_ index: Int) -> UInt32? {
            guard index < count else { return nil }
            let byte = UInt32(utf8[index])
            return byte & 0xC0 == 0x80 ? byte & 0x3F : nil
        }
        switch lead {
        case 0xC2...0xDF:
            if let b1 = continuation(offset + 1) { return ((lead & 0x1F) << 6 | b1, 2) }
        case 0xE0...0xEF:
            if let b1 = continuation(offset + 1), let b2 = continuation(offset + 2) {
                let value = (lead & 0x0F) << 12 | b1 << 6 | b2
                if value >= 0x800, !(0xD800...0xDFFF).contains(value) { return (value, 3) }
            }
        case 0xF0...0xF4:
            if let b1 = continuation(offset + 1), let b2 = continuation(offset + 2), let b3 = continuation(offset + 3) {
                let value = (lead & 0x07) << 18 | b1 << 12 | b2 << 6 | b3
                if (0x10000...0x10FFFF).contains(value) { return (value, 4) }
            }
        default:
            break
        }
        return (0xFFFD, 1)
    }

    /// The `ByteFolding` entry of a scalar of U+0800 or above.
    static func foldWide(_ scalar: UInt32) -> UInt64 {
        switch scalar {
        case 0xFF10...0xFF19:  // fullwidth digits
            return UInt64(ByteFolding.Kind.letters.rawValue) | 1 << 8 | UInt64(scalar - 0xFF10 + 0x30) << 16
        case 0xFF21...0xFF3A:  // fullwidth capitals
            return UInt64(ByteFolding.Kind.letters.rawValue) | 1 << 8 | UInt64(scalar - 0xFF21 + 0x61) << 16
        case 0xFF41...0xFF5A:  // fullwidth small letters
            return UInt64(ByteFolding.Kind.letters.rawValue) | 1 << 8 | UInt64(scalar - 0xFF41 + 0x61) << 16
        default:
            guard let value = Unicode.Scalar(scalar) else { return UInt64(ByteFolding.Kind.separator.rawValue) }
            return ByteFolding.pack(ScalarFolding.fold(value))
        }
    }
}
