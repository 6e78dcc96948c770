/// A name given by the customer.
extension DetailDetector {
    /// True when the line gives the customer's name: their known full name (or part of it when
    /// asked); otherwise a self-introduction ("my name is Mary Smith", «اسمي أحمد», «اسمم سارا
    /// است»), or, when the agent asked for the name, a part of the line that is one to four
    /// words of a name and nothing else ("Chloe Zhang, account id is ...", "I'm David Williams",
    /// «من سارا احمدی هستم»).
    static func givesName(_ line: Line, asked: Set<String>, customerName: String?) -> Bool {
        let tokens = line.words
        let text = line.text
        if let name = customerName, !name.isEmpty {
            let nameTokens = Normalizer.normalize(name).tokens.map(\.text)
            if nameTokens.count >= 2, nameTokens.allSatisfy(tokens.contains) { return true }
            return asked.contains("name") && nameTokens.contains(where: tokens.contains)
        }
        for start in tokens.indices {
            for intro in (line.roles[start]?.nameIntroductions ?? []).lazy.map({ nameIntroductions[$0] })
            where tokens[start...].starts(with: intro) {
                let after = start + intro.count
                if after < tokens.count, isNameWord(tokens[after]) { return true }
            }
        }
        guard asked.contains("name") else { return false }
        return segments(of: text).contains { segment in
            var words = segment[...]
            while let first = words.first, nameFrame.contains(first) { words = words.dropFirst() }
            while let last = words.last, nameFrame.contains(last) { words = words.dropLast() }
            return (1...4).contains(words.count) && words.allSatisfy(isNameWord)
        }
    }

    /// A word that can be part of a name: letters only, at least two, and not a common word.
    static func isNameWord(_ word: String) -> Bool {
        word.count >= 2 && word.allSatisfy(\.isLetter) && !notNames.contains(word) && !nameFrame.contains(word)
    }

    /// Words that join the parts of an answer: "Chloe Zhang and my account id is ...".
    static let conjunctions = normalizedWords(["and", "و", "&"])

    /// The line's words split where a comma, full stop or "and" separates its parts.
    static func segments(of text: NormalizedText) -> [[String]] {
        let utf8 = Array(text.original.utf8)
        var segments: [[String]] = [[]]
        for (index, token) in text.tokens.enumerated() {
            if index > 0 {
                let gap = utf8[text.tokens[index - 1].end..<max(text.tokens[index - 1].end, token.start)]
                let punctuated = String(decoding: gap, as: UTF8.self).contains { ",.;:!?،؛؟".contains($0) }
                if punctuated { segments.append([]) }
            }
            if conjunctions.contains(token.text) {
                segments.append([])
                continue
            }
            segments[segments.count - 1].append(token.text)
        }
        return segments.filter { !$0.isEmpty }
    }
}
