/// Filler words of one language ("um", "you know", "يعني", "مثلاً") and when a word counts as one.
///
/// Some fillers are also ordinary words ("I like it", "what does ADSL mean" — يعني), so each
/// entry says when it counts:
/// - `always`: every time ("um", "uh", "اممم").
/// - `aside`: only when set off as an aside: followed by a pause mark (comma, dash, ellipsis,
///   the Arabic comma), or standing alone between the start of a sentence and its end
///   ("like, I just…", "I mean, the…").
/// - `unlessAfter`: every time except after one of the given words, or after a word in Latin
///   letters (يعني after ما, هذا or "ADSL" means "means").
public struct FillerLexicon: Sendable {
    /// When an entry counts.
    public enum Rule: Sendable, Hashable {
        /// Every time it appears.
        case always
        /// Only when set off as an aside.
        case aside
        /// Every time except right after one of these (normalised) words.
        case unlessAfter(Set<String>)
    }

    /// One filler: its normalised words and its rule.
    public struct Entry: Sendable, Hashable {
        /// The filler as written in reports.
        public var display: String
        /// The normalised words.
        public var words: [String]
        /// When it counts.
        public var rule: Rule

        /// Creates an entry from the filler as written; the words are normalised.
        public init(_ display: String, _ rule: Rule = .always) {
            self.display = display
            self.words = Normalizer.normalize(display).tokens.map(\.text)
            switch rule {
            case .unlessAfter(let words):
                self.rule = .unlessAfter(Set(words.map { Normalizer.normalizedString($0) }))
            default:
                self.rule = rule
            }
        }
    }

    /// The language's code.
    public var language: String
    /// The entries, longest first so "you know" wins over a shorter overlap.
    public var entries: [Entry]

    /// Creates a lexicon.
    public init(language: String, entries: [Entry]) {
        self.language = language
        self.entries = entries.filter { !$0.words.isEmpty }.sorted { $0.words.count > $1.words.count }
    }

    /// The built-in lexicon of `language` (`en`, `ar` or `fa`); English for any other.
    public static func forLanguage(_ language: String) -> FillerLexicon {
        switch language {
        case "ar": return arabic
        case "fa": return persian
        default: return english
        }
    }

    /// English fillers.
    public static let english = FillerLexicon(language: "en", entries: [
        Entry("um"), Entry("umm"), Entry("ummm"), Entry("uh"), Entry("uhh"), Entry("uhm"), Entry("er"), Entry("erm"),
        Entry("hmm"), Entry("mm"), Entry("basically"), Entry("literally"),
        Entry("like", .aside), Entry("you know", .aside), Entry("I mean", .aside), Entry("actually", .aside),
        Entry("sort of", .aside), Entry("kind of", .aside), Entry("so yeah", .aside),
    ])

    /// Arabic fillers (Modern Standard and the common spoken forms).
    public static let arabic = FillerLexicon(language: "ar", entries: [
        Entry("امم"), Entry("اممم"), Entry("ممم"), Entry("إإ"), Entry("ااا"), Entry("آآ"),
        Entry("يعني", .unlessAfter(["ما", "ماذا", "هذا", "هذه", "وهذا", "ذلك", "مما", "هو", "هي", "وهو", "وهي", "ده", "دي", "شو", "ايش", "كلمة", "مصطلح", "اختصار"])),
        Entry("شو اسمه"), Entry("ايش اسمه"), Entry("اسمه ايه"), Entry("إيه اسمه"),
        Entry("بصراحة", .aside), Entry("طيب", .aside), Entry("والله", .aside), Entry("آه", .aside),
    ])

    /// Persian fillers (formal and the common spoken forms).
    public static let persian = FillerLexicon(language: "fa", entries: [
        Entry("امم"), Entry("اممم"), Entry("ممم"), Entry("ااا"), Entry("چیزه"), Entry("به اصطلاح"),
        Entry("یعنی", .unlessAfter(["این", "اون", "آن", "چی", "چه", "که", "کلمه", "مخفف", "اصطلاح"])),
        Entry("مثلاً", .aside), Entry("خب", .aside), Entry("دیگه", .aside), Entry("در واقع", .aside), Entry("راستش", .aside),
    ])
}
