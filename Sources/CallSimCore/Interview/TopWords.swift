/// A word and how many times it was used.
public struct WordUse: Sendable, Codable, Hashable {
    /// The word as the candidate first wrote it.
    public var word: String
    /// How many times it appears (in any spelling that normalises alike).
    public var count: Int

    /// Creates a use.
    public init(word: String, count: Int) {
        self.word = word
        self.count = count
    }
}

/// The words an answer leans on, leaving out stop words, fillers, numbers and one-letter words.
public enum TopWords {
    /// The `limit` most-used words used at least twice, most used first, ties in order of first use.
    public static func find(in text: NormalizedText, stopWords: Set<String>, limit: Int = 5) -> [WordUse] {
        var counts: [String: Int] = [:]
        var firstSpelling: [String: String] = [:]
        var order: [String] = []
        for (index, token) in text.tokens.enumerated() {
            let word = token.text
            guard word.unicodeScalars.count > 1, !stopWords.contains(word),
                  !word.unicodeScalars.allSatisfy({ $0.properties.numericType != nil })
            else { continue }
            if counts[word] == nil {
                order.append(word)
                let written = text.quote(index..<(index + 1)).lowercased()
                let plain = written.isEmpty || written.unicodeScalars.contains { $0 == "'" || $0 == "\u{2019}" }
                firstSpelling[word] = plain ? word : written
            }
            counts[word, default: 0] += 1
        }
        let ranked = order.enumerated()
            .filter { (counts[$0.element] ?? 0) >= 2 }
            .sorted { ((counts[$0.element] ?? 0), -$0.offset) > ((counts[$1.element] ?? 0), -$1.offset) }
            .prefix(limit)
        return ranked.map { WordUse(word: firstSpelling[$0.element] ?? $0.element, count: counts[$0.element] ?? 0) }
    }
}
