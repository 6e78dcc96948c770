/// The values of a call's slots (`{agent}`, `{company}`, `{customer}`), normalised once per
/// call and supplied when matching, so one compiled phrasebook serves every call.
///
/// A slot with a value matches exactly its words (a word of five letters or more may have
/// one typo); a slot without one matches any one or two words.
public struct SlotValues: Sendable, Equatable {
    /// Equal when every slot has the same words.
    public static func == (lhs: SlotValues, rhs: SlotValues) -> Bool { lhs.words == rhs.words }

    /// The slots a pattern may use, in the order of `words`.
    static let names = ["agent", "company", "customer"]

    /// Each slot's normalised words as UTF-8 bytes, or nil when it has no value.
    private(set) var words: [[[UInt8]]?] = [nil, nil, nil]
    /// The same words' scalars, for one-typo comparisons.
    private(set) var letters: [[[UInt32]]?] = [nil, nil, nil]
    /// The first byte of each slot's first word, or -1: a token that does not start with it
    /// is neither the word nor one typo away (the first letter must agree), so matching
    /// rejects most positions with one comparison.
    private var firstBytes = (agent: -1, company: -1, customer: -1)

    /// The first byte of slot `index`'s value, or -1 when it has none.
    @inline(__always)
    func firstByte(_ index: Int) -> Int {
        switch index {
        case 0: firstBytes.agent
        case 1: firstBytes.company
        default: firstBytes.customer
        }
    }

    private mutating func setFirstByte(_ index: Int, _ byte: Int) {
        switch index {
        case 0: firstBytes.agent = byte
        case 1: firstBytes.company = byte
        default: firstBytes.customer = byte
        }
    }

    /// No slot filled.
    public init() {}

    /// Slots filled from `values`, keyed `agent`, `company` and `customer`; other keys, and
    /// values with no words, are ignored.
    public init(_ values: [String: String]) {
        for (index, name) in Self.names.enumerated() {
            guard let value = values[name] else { continue }
            let tokens = Normalizer.normalize(value).tokens
            guard !tokens.isEmpty else { continue }
            words[index] = tokens.map { Array($0.text.utf8) }
            setFirstByte(index, Int(tokens[0].text.utf8.first ?? 0))
            letters[index] = tokens.map { token in
                var scalars: [UInt32] = []
                TypoIndex.letters(of: Array(token.text.utf8), into: &scalars)
                return scalars
            }
        }
    }

    /// Every slot filled with a word no line can contain once normalised (`AGENT`,
    /// `COMPANY`, `CUSTOMER`, in capitals), for tools that compare phrases with each other:
    /// a slot then matches only the same slot, never the words around it.
    public static let placeholders: SlotValues = {
        var values = SlotValues()
        for (index, name) in names.enumerated() {
            let word = name.uppercased()
            values.words[index] = [Array(word.utf8)]
            values.setFirstByte(index, Int(word.utf8.first ?? 0))
            values.letters[index] = [word.unicodeScalars.map(\.value)]
        }
        return values
    }()

    /// The placeholder word of slot `name` in `placeholders`, or nil for an unknown slot.
    public static func placeholder(for name: String) -> String? {
        names.contains(name) ? name.uppercased() : nil
    }

    /// True when no slot has a value.
    public var isEmpty: Bool { words.allSatisfy { $0 == nil } }
}
