/// How many filler words an answer holds, and which.
public struct FillerCount: Sendable, Codable, Hashable {
    /// One filler and how often it was used.
    public struct Use: Sendable, Codable, Hashable {
        /// The filler as the lexicon writes it.
        public var filler: String
        /// How many times it was counted.
        public var count: Int

        /// Creates a use.
        public init(filler: String, count: Int) {
            self.filler = filler
            self.count = count
        }
    }

    /// Every filler counted.
    public var total: Int
    /// Fillers per 100 words, to one decimal place (0 for an answer without words).
    public var per100Words: Double
    /// Each filler used, most used first.
    public var uses: [Use]

    /// Creates a count.
    public init(total: Int, per100Words: Double, uses: [Use]) {
        self.total = total
        self.per100Words = per100Words
        self.uses = uses
    }
}

/// Counts fillers with a lexicon, reading the original text between words for the commas
/// and full stops that set an aside off.
public enum FillerCounter {
    /// The fillers in `text`, whose word count is `words`.
    public static func count(in text: NormalizedText, words: Int, lexicon: FillerLexicon) -> FillerCount {
        let tokens = text.tokens
        let utf8 = Array(text.original.utf8)
        var counts: [String: Int] = [:]
        var order: [String] = []
        var total = 0
        var index = 0
        var previousWasFiller = false
        while index < tokens.count {
            var matched: FillerLexicon.Entry?
            for entry in lexicon.entries where matches(entry, tokens, at: index) {
                if qualifies(entry, tokens: tokens, at: index, utf8: utf8, afterFiller: previousWasFiller) {
                    matched = entry
                    break
                }
            }
            if let matched {
                if counts[matched.display] == nil { order.append(matched.display) }
                counts[matched.display, default: 0] += 1
                total += 1
                index += matched.words.count
                previousWasFiller = true
            } else {
                index += 1
                previousWasFiller = false
            }
        }
        let uses = order.map { FillerCount.Use(filler: $0, count: counts[$0] ?? 0) }
            .enumerated().sorted { ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset) }.map(\.element)
        let rate = words > 0 ? (Double(total) * 1000 / Double(words)).rounded() / 10 : 0
        return FillerCount(total: total, per100Words: rate, uses: uses)
    }

    private static func matches(_ entry: FillerLexicon.Entry, _ tokens: [Token], at index: Int) -> Bool {
        guard index + entry.words.count <= tokens.count else { return false }
        for (offset, word) in entry.words.enumerated() where tokens[index + offset].text != word { return false }
        return true
    }

    private static func qualifies(
        _ entry: FillerLexicon.Entry, tokens: [Token], at index: Int, utf8: [UInt8], afterFiller: Bool
    ) -> Bool {
        switch entry.rule {
        case .always:
            return true
        case .unlessAfter(let words):
            // After one of the words, or after a Latin term ("ADSL يعني …"), it means "means".
            guard index > 0 else { return true }
            let previous = tokens[index - 1].text
            return !words.contains(previous) && !previous.unicodeScalars.allSatisfy(\.isASCII)
        case .aside:
            let last = index + entry.words.count - 1
            let before = index == 0 ? Gap.boundary : gap(from: tokens[index - 1].end, to: tokens[index].start, in: utf8)
            let after = last + 1 < tokens.count
                ? gap(from: tokens[last].end, to: tokens[last + 1].start, in: utf8)
                : (tokens[last].end < utf8.count ? gap(from: tokens[last].end, to: utf8.count, in: utf8) : Gap.boundary)
            if after == .pause { return true }
            let startsClause = before != .none || afterFiller
            return startsClause && after == .boundary
        }
    }

    /// What lies between two words.
    enum Gap {
        /// Only spaces, or nothing.
        case none
        /// A mark that sets an aside off: comma, dash, ellipsis, Arabic comma.
        case pause
        /// The end of a sentence or a line.
        case boundary
    }

    private static let pauses: Set<Unicode.Scalar> = [",", "\u{060C}", "\u{2026}", "\u{2013}", "\u{2014}", ";", "\u{061B}"]
    private static let boundaries: Set<Unicode.Scalar> = [".", "!", "?", "\u{061F}", "\u{06D4}", "\n", "\r", "(", ")", "\""]

    static func gap(from start: Int, to end: Int, in utf8: [UInt8]) -> Gap {
        guard start < end, start >= 0, end <= utf8.count else { return .none }
        let text = String(decoding: utf8[start..<end], as: UTF8.self)
        var result = Gap.none
        for scalar in text.unicodeScalars {
            if pauses.contains(scalar) { return .pause }
            if boundaries.contains(scalar) { result = .boundary }
        }
        if text.contains("...") { return .pause }
        return result
    }
}
