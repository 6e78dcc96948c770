/// Infers the transcript tags of an untagged customer line: `upset` (complaint words from the
/// phrasebook, repeated exclamation marks, shouting in capitals), `off-topic` (drift phrases),
/// and `gives:FACT` for identity details (e-mail addresses, phone numbers, dates, account and
/// order numbers, postcodes, card digits, and a full name given when asked).
public enum TagInference {
    /// The tags for `text`, given the agent's previous line.
    public static func tags(for text: String, matched: MatchedLine, previousAgent: CallTurn?, customerName: String?) -> [String] {
        var tags: [String] = []
        if matched.has("upset") || isShouting(text) { tags.append("upset") }
        if matched.has("off-topic") { tags.append("off-topic") }
        let asked = Set((previousAgent?.categories ?? []).filter { $0.hasPrefix("ask-") }.map { String($0.dropFirst(4)) })
        for fact in DetailDetector.facts(in: text, asked: asked, customerName: customerName) {
            tags.append("gives:\(fact)")
        }
        return tags
    }

    /// Two or more exclamation marks, or three or more words in capitals.
    static func isShouting(_ text: String) -> Bool {
        var exclamations = 0
        for scalar in text.unicodeScalars where scalar == "!" { exclamations += 1 }
        if exclamations >= 2 { return true }
        let shouted = text.split(separator: " ").filter { word in
            let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
            return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
        }
        return shouted.count >= 3
    }
}
