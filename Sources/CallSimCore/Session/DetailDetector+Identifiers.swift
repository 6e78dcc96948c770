/// Identifiers the customer introduces by name ("account ID: ...", «رقم حسابي ...»), and
/// addresses.
extension DetailDetector {
    /// Words that introduce something that is not an identity fact of CONTRACTS.md §3, so the
    /// code after them is not taken for an account or order number.
    static let otherKeywords = normalized(["username", "user name", "user id", "login", "password", "pin", "security answer"])

    /// The identity keywords, then the other keywords (which claim without a fact).
    static let allIdentifierKeywords = identifierKeywords + otherKeywords.map { (words: $0, fact: "", reach: 2) }

    /// The facts of identifiers introduced by a keyword; their runs and tokens are claimed.
    static func introducedIdentifiers(in line: Line, runs: inout [DigitRun], claimed: inout Set<Int>, asked: Set<String>) -> [String] {
        let tokens = line.words
        let text = line.text
        var facts: [String] = []
        let keywords = allIdentifierKeywords
        for start in tokens.indices {
            // Only the keywords that start with this word can start here (in list order).
            guard let candidates = line.roles[start]?.identifierKeywords else { continue }
            for keyword in candidates.lazy.map({ keywords[$0] }) where tokens[start...].starts(with: keyword.words) {
                let after = start + keyword.words.count
                let reach = after..<min(tokens.count, after + keyword.reach)
                if let fact = claim(keyword.fact, in: reach, text: text, runs: &runs, claimed: &claimed, asked: asked, spelled: keyword.words.count > 1) {
                    facts.append(fact)
                    break
                }
            }
        }
        return facts
    }

    /// Claims the first run or code in `reach` that can be `fact`; returns the fact when one was.
    private static func claim(
        _ fact: String, in reach: Range<Int>, text: NormalizedText, runs: inout [DigitRun], claimed: inout Set<Int>,
        asked: Set<String>, spelled: Bool
    ) -> String? {
        if let index = runs.firstIndex(where: { reach.contains($0.tokens.lowerBound) && fits($0.digits.count, fact, asked: asked, spelled: spelled) }) {
            claimed.formUnion(runs[index].tokens)
            runs.remove(at: index)
            return fact
        }
        guard fact != "card-digits", fact != "phone" else { return nil }
        for index in reach where !claimed.contains(index) {
            let token = text.tokens[index]
            let written = text.quote(index..<index + 1)
            let shouted = written.count >= 6 && written.unicodeScalars.allSatisfy { $0.properties.isUppercase || ("0"..."9").contains($0) }
            if isCode(token.text) || shouted || (fact == "postcode" && token.text.contains(where: \.isNumber)) || (fact.isEmpty && token.text.count >= 3) {
                claimed.insert(index)
                return fact
            }
        }
        return nil
    }

    /// Whether a run of `count` digits can be `fact`.
    private static func fits(_ count: Int, _ fact: String, asked: Set<String>, spelled: Bool) -> Bool {
        switch fact {
        case "card-digits": count == 4
        case "phone": count >= (spelled || asked.contains("phone") ? 3 : 7)
        case "postcode": (3...10).contains(count)
        case "": count >= 3
        default: count >= 4
        }
    }

    /// True when the line gives an address: a number just before a street word, or a number or
    /// street word in a line that says it is an address or answers the agent's question for one.
    /// The runs of the address are claimed, except a zip or postcode at its end.
    static func isAddress(_ line: Line, runs: inout [DigitRun], claimed: inout Set<Int>, asked: Set<String>) -> Bool {
        let tokens = line.words
        let named = asked.contains("address") || tokens.indices.contains { start in
            line.roles[start]?.addressKeywords.contains { tokens[start...].starts(with: addressKeywords[$0]) } ?? false
        }
        var found = false
        runs.removeAll { run in
            let next = run.tokens.upperBound..<min(tokens.count, run.tokens.upperBound + 3)
            let street = next.contains { line.roles[$0]?.isStreetWord ?? false }
            let houseNumber = named && run.tokens.upperBound < tokens.count && run.digits.count <= 5
            guard street || houseNumber else { return false }
            claimed.formUnion(run.tokens)
            found = true
            return true
        }
        return found || (named && line.roles.contains { $0?.isStreetWord ?? false })
    }
}
