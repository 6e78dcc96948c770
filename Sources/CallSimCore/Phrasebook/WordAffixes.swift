/// Letters a language writes joined to a word, which the matcher looks through: Arabic
/// proclitics before a word (the conjunctions و and ف, the prepositions ب، ل، ك, the article
/// ال and their combinations: «وأعتذر» is «و أعتذر», «بالفاتورة» is «ب ال فاتورة») and Persian
/// suffixes and enclitics after it (ها، های، ی، ای and the pronouns م، ت، ش، مان، تان، شان, as
/// in «حسابتان» or «کتاب‌ها»; the normaliser already reads a ZWNJ as joining a word).
///
/// A token then also stands for its stem: the token without one of these affixes, when the
/// stem has at least `minimumStem` letters and is a word of the phrasebook, so a word that
/// merely starts with و or ends with ش matches nothing it did not match before. The stem is
/// an alternative to the token, not a replacement: the token as written is tried first, and a
/// match through a stem still covers the whole token, so evidence quotes the trainee's words.
///
/// The rules come from the phrasebook's language (`forLanguage(_:)`); other languages have
/// none, and their lines never reach this code.
public struct WordAffixes: Sendable, Equatable {
    /// One way to strip a token: drop `prefix` from its start and put `restore` in its place
    /// (لل is ل before ال with the alef dropped: «للعملاء» stands for «العملاء»), or drop `suffix`
    /// from its end. Bytes are normalised UTF-8.
    struct Rule: Sendable, Equatable {
        var prefix: [UInt8] = []
        var restore: [UInt8] = []
        var suffix: [UInt8] = []
    }

    /// The fewest letters a stem may have.
    public static let minimumStem = 2

    /// The ways to strip a token, longest affix first.
    let rules: [Rule]

    /// True when the language has no affixes to look through.
    public var isEmpty: Bool { rules.isEmpty }

    /// No affixes: every token must match as written.
    public static let none = WordAffixes(rules: [])

    /// Arabic proclitics: an optional conjunction (و، ف), then an optional preposition (ب، ل، ك),
    /// then an optional article (ال), at least one of them.
    public static let arabic: WordAffixes = {
        var rules: [Rule] = []
        for conjunction in ["", "و", "ف"] {
            for preposition in ["", "ب", "ل", "ك"] {
                for article in ["", "ال"] where !(conjunction + preposition + article).isEmpty {
                    if preposition == "ل", article == "ال" {
                        // ل + ال is written لل: the stem is the bare word, or the word with its article.
                        rules.append(Rule(prefix: normalized(conjunction + "لل")))
                        rules.append(Rule(prefix: normalized(conjunction + "لل"), restore: normalized("ال")))
                    } else {
                        rules.append(Rule(prefix: normalized(conjunction + preposition + article)))
                    }
                }
            }
        }
        return WordAffixes(rules: rules.sorted { $0.prefix.count > $1.prefix.count })
    }()

    /// Persian suffixes: the plural (ها، های), the indefinite or relative ی (ای after a vowel),
    /// and the possessive pronouns (م، ت، ش، مان، تان، شان and the spoken مون، تون، شون, ام، ات، اش
    /// after a vowel), alone or after the plural («حساب‌هایتان»).
    public static let persian: WordAffixes = {
        let pronouns = ["م", "ت", "ش", "مان", "تان", "شان", "مون", "تون", "شون"]
        var suffixes = ["ها", "های", "هایی", "ی", "ای", "ام", "ات", "اش"] + pronouns
        for plural in ["ها", "های"] { suffixes += pronouns.map { plural + $0 } }
        let unique = Set(suffixes).sorted { ($0.utf8.count, $1) > ($1.utf8.count, $0) }
        return WordAffixes(rules: unique.map { Rule(suffix: normalized($0)) })
    }()

    /// The affixes of the language with ISO 639-1 code `code`: Arabic (`ar`) and Persian (`fa`)
    /// have some; other languages none.
    public static func forLanguage(_ code: String) -> WordAffixes {
        switch code.lowercased() {
        case "ar": arabic
        case "fa": persian
        default: none
        }
    }

    /// An affix as the normaliser writes it (Persian ی is read as ي, for instance).
    private static func normalized(_ text: String) -> [UInt8] {
        Array(Normalizer.normalize(text).joined.utf8)
    }

    /// True when a token starting with byte `first` may carry an affix: a letter of the Arabic
    /// block (UTF-8 lead bytes D8 to DB), which the affixes of both languages are written in.
    @inline(__always)
    static func mayStrip(first: UInt8) -> Bool { first &- 0xD8 < 4 }

    /// Appends to `found` the ids of the words `word` stands for without an affix (stems of at
    /// least `minimumStem` letters found in `words`), each once, negated with `~` to mark an
    /// exact alternative rather than a typo (see `PhraseScanner.near`). `scratch` is reused.
    func stems(of word: UnsafeBufferPointer<UInt8>, words: WordTable, scratch: inout [UInt8], into found: inout [Int32]) {
        let from = found.count
        for rule in rules {
            let cut = rule.prefix.count + rule.suffix.count
            guard word.count > cut, word.starts(with: rule.prefix),
                  rule.suffix.isEmpty || word[(word.count - rule.suffix.count)...].elementsEqual(rule.suffix) else { continue }
            let stem = word[rule.prefix.count..<(word.count - rule.suffix.count)]
            guard Self.letterCount(stem) >= Self.minimumStem else { continue }
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: rule.restore)
            scratch.append(contentsOf: stem)
            guard let id = words.lookup(scratch), !found[from...].contains(~id) else { continue }
            found.append(~id)
        }
    }

    /// The Unicode scalars in UTF-8 `bytes` (bytes that do not continue a scalar).
    private static func letterCount(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
