/// The forms in which an agent says their company's name, for `company-name`.
///
/// Agents name a company as it is branded rather than as it is registered: "AcmeCorp" is
/// "Acme", "Acme Brands" or "AcmeBrands" on the phone, and in Arabic a preposition or
/// conjunction is written joined to the name («بنايل تيليكوم» for «ب نايل تيليكوم»). A line
/// names the company when a run of its words, joined, spells the company's name: the whole
/// name, or its distinctive part without a legal-form word (corp, inc, ltd, company, group,
/// brands, شركة, شرکت, ...), optionally followed by one such word; in Arabic the run's first
/// word may carry a joined prefix (و، ف، ب، ل، ك، ال and their combinations).
struct CompanyNameForms: Sendable {
    /// Legal-form and generic words that are not the distinctive part of a company's name.
    static let designators: Set<String> = [
        "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc", "co", "company",
        "group", "brands", "brand", "holding", "holdings", "the",
        "شركه", "مجموعه", "مؤسسه", "شركت", "گروه", "موسسه",
    ].reduce(into: Set<String>()) { $0.formUnion(Normalizer.normalize($1).tokens.map(\.text)) }

    /// Arabic prefixes written joined to the next word, longest first.
    static let arabicPrefixes: [String] = ["وبال", "وال", "بال", "فال", "كال", "لل", "وب", "ول", "وك", "فب", "فل", "ال", "و", "ف", "ب", "ل", "ك"]

    /// The spellings that name the company: the whole name, the distinctive part, and the
    /// distinctive part followed by a legal-form word, each with its words joined.
    let spellings: Set<String>
    /// The largest number of line words a spelling can take.
    let maximumWords: Int

    /// The forms of `company`, or nil when it has no words.
    init?(_ company: String) {
        let words = Normalizer.normalize(Self.splittingCamelCase(company)).tokens.map(\.text)
        guard !words.isEmpty else { return nil }
        let distinctive = words.filter { !Self.designators.contains($0) }
        let core = (distinctive.isEmpty ? words : distinctive).joined()
        var spellings: Set<String> = [words.joined()]
        // A distinctive part of one or two letters would be found everywhere.
        if core.count >= 3 {
            spellings.insert(core)
            for designator in Self.designators { spellings.insert(core + designator) }
        }
        self.spellings = spellings
        maximumWords = words.count + 1
    }

    /// The range of `tokens` that names the company, if any: the first place it is named, with
    /// as many of the line's words as still spell it ("Acme Brands" rather than "Acme").
    func find(in tokens: [String], language: String) -> Range<Int>? {
        for start in tokens.indices {
            let firsts = [tokens[start]] + (language == "ar" ? Self.withoutPrefix(tokens[start]) : [])
            var longest: Range<Int>?
            for first in firsts {
                var spelled = first
                var end = start + 1
                while true {
                    if spellings.contains(spelled), end > (longest?.upperBound ?? 0) { longest = start..<end }
                    guard end < tokens.count, end - start < maximumWords else { break }
                    spelled += tokens[end]
                    end += 1
                }
            }
            if let longest { return longest }
        }
        return nil
    }

    /// `word` without each Arabic prefix it starts with, keeping at least two letters.
    static func withoutPrefix(_ word: String) -> [String] {
        arabicPrefixes.compactMap { prefix in
            guard word.hasPrefix(prefix) else { return nil }
            let rest = String(word.dropFirst(prefix.count))
            return rest.count >= 2 ? rest : nil
        }
    }

    /// "AcmeCorp" as "Acme Corp": a capital after a small letter starts a new word.
    static func splittingCamelCase(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasLower = false
        for scalar in name.unicodeScalars {
            if previousWasLower, scalar.properties.isUppercase { out.append(" ") }
            out.append(scalar)
            previousWasLower = scalar.properties.isLowercase
        }
        return String(out)
    }
}
