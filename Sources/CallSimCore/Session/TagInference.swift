/// Infers the transcript tags of an untagged customer line (CONTRACTS.md §3), in English,
/// Arabic and Persian:
///
/// - `upset`: a phrase of the phrasebook's `upset` category (complaint words); or exclamation
///   marks — two or more, or `?!` (`؟!`) — unless the line is glad (it thanks or praises, or
///   laughs: ":)", "lol", «ههه»); or shouting — three or more words in capitals making up at
///   least half the line's words, so acronyms ("my ADSL and the BT bill") are not shouting.
/// - `off-topic`: a phrase of the `off-topic` category.
/// - `gives:FACT` for identity details, found by `DetailDetector` from the words and from
///   the facts the agent's previous line asked for (its `ask-FACT` phrases).
public enum TagInference {
    /// The tags for `text`, given the agent's previous line.
    public static func tags(for text: String, matched: MatchedLine, previousAgent: CallTurn?, customerName: String?) -> [String] {
        var tags: [String] = []
        if matched.has("upset") || (isExclaiming(text) && !isGlad(text, matched: matched)) || isShouting(text) {
            tags.append("upset")
        }
        if matched.has("off-topic") { tags.append("off-topic") }
        let asked = Set((previousAgent?.categories ?? []).filter { $0.hasPrefix("ask-") }.map { String($0.dropFirst(4)) })
        for fact in DetailDetector.facts(in: matched.text, asked: asked, customerName: customerName) {
            tags.append("gives:\(fact)")
        }
        return tags
    }

    /// Two or more exclamation marks, or a question and an exclamation mark together (`?!`, `!?`, `؟!`).
    static func isExclaiming(_ text: String) -> Bool {
        var exclamations = 0
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "!" {
                exclamations += 1
                if previous == "?" || previous == "؟" { return true }
            } else if scalar == "?" || scalar == "؟", previous == "!" {
                return true
            }
            previous = scalar
        }
        return exclamations >= 2
    }

    /// Signs of a glad line, whose exclamation marks are joy: a smiley or laughter.
    static let gladSigns: [String] = [":)", ":-)", ":d", ";)", "=)", "😊", "😀", "😃", "😄", "🙂", "👍", "❤"]
    static let laughter: Set<String> = ["lol", "haha", "hahaha", "hehe", "lmao", "ههه", "هههه", "ههههه", "خخخ"]

    /// True when the line thanks or praises (phrasebook categories `thanks` and
    /// `positive-language`), smiles or laughs.
    static func isGlad(_ text: String, matched: MatchedLine) -> Bool {
        if matched.has("thanks") || matched.has("positive-language") { return true }
        let lowered = text.lowercased()
        if gladSigns.contains(where: lowered.contains) { return true }
        return matched.text.tokens.contains { laughter.contains($0.text) }
    }

    /// Three or more words in capitals that make up at least half the words with letters.
    /// Words are split at spaces that are characters on their own, as `split(separator: " ")`
    /// splits them; the line is read as UTF-8, and a word's letters are looked up only while
    /// it could still be shouted.
    static func isShouting(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            var words = 0
            var shouted = 0
            var letters = 0
            var allCapitals = true
            var offset = 0
            func endWord() {
                if letters > 0 {
                    words += 1
                    if letters >= 2, allCapitals { shouted += 1 }
                }
                letters = 0
                allCapitals = true
            }
            while offset < utf8.count {
                let byte = utf8[offset]
                if byte < 0x80 {
                    if byte == 0x20, GraphemeEdges.isLone(utf8, at: offset, start: 0, end: utf8.count) {
                        endWord()
                    } else if (0x41...0x5A).contains(byte) {
                        letters += 1
                    } else if (0x61...0x7A).contains(byte) {
                        letters += 1
                        allCapitals = false
                    }
                    offset += 1
                    continue
                }
                let (scalar, next) = UTF8Scalars.scalar(in: utf8, at: offset)
                if allCapitals || letters == 0 {
                    let properties = scalar.properties
                    if properties.isAlphabetic {
                        letters += 1
                        if allCapitals, !properties.isUppercase { allCapitals = false }
                    }
                }
                offset = next
            }
            endWord()
            return shouted >= 3 && shouted * 2 >= words
        }
    }
}
