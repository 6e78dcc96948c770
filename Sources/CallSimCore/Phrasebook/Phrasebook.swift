/// What a phrase category says about the line it is found in.
public enum CategoryKind: String, Sendable, CaseIterable, Codable {
    /// Good practice: greetings, empathy, recaps, ...
    case recommended
    /// Language a trainee should avoid; each has a suggested replacement.
    case discouraged
    /// Insults, profanity and threats: a critical failure.
    case abusive
    /// A neutral signal: a customer who is upset or off topic, an agent disclosing account details.
    case signal
}

/// One phrase of a category: a pattern in the phrasebook's small syntax.
public struct PhraseEntry: Sendable, Hashable {
    /// The pattern as written: words, `(a|b)` alternatives, `[x]` optional words, `*` for one
    /// to three words, and `{agent}`, `{company}`, `{customer}` slots.
    public var pattern: String
    /// How strongly this phrase evidences its category (defaults to the category's weight).
    public var weight: Double?
    /// A better phrase, for discouraged phrases (defaults to the category's replacement).
    public var replacement: String?
    /// Where the phrase is written, for diagnostics.
    public var location: SourceLocation?

    /// Creates a phrase.
    public init(pattern: String, weight: Double? = nil, replacement: String? = nil, location: SourceLocation? = nil) {
        self.pattern = pattern
        self.weight = weight
        self.replacement = replacement
        self.location = location
    }
}

/// A named group of phrases with one meaning, such as `empathy` or `farewell`.
public struct PhraseCategory: Sendable, Hashable {
    /// The id rules and scenarios refer to.
    public var id: String
    /// What finding one of these phrases means.
    public var kind: CategoryKind
    /// A sentence for trainers: what the category is for.
    public var summary: String
    /// Default weight of its phrases.
    public var weight: Double
    /// The suggested better phrase, for discouraged categories.
    public var replacement: String?
    /// How a customer's mood moves when the agent says one of these (negative calms).
    public var moodEffect: Double?
    /// The phrases.
    public var phrases: [PhraseEntry]
    /// Where the category is declared.
    public var location: SourceLocation?

    /// Creates a category.
    public init(
        id: String, kind: CategoryKind, summary: String = "", weight: Double = 1,
        replacement: String? = nil, moodEffect: Double? = nil, phrases: [PhraseEntry],
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.kind = kind
        self.summary = summary
        self.weight = weight
        self.replacement = replacement
        self.moodEffect = moodEffect
        self.phrases = phrases
        self.location = location
    }
}

/// The phrase categories of one language, as read from one or more files.
public struct Phrasebook: Sendable {
    /// ISO 639-1 code: `en`, `ar`, `fa`.
    public var language: String
    /// The categories, in file order.
    public var categories: [PhraseCategory]

    /// Creates a phrasebook.
    public init(language: String, categories: [PhraseCategory]) {
        self.language = language
        self.categories = categories
    }

    /// The category with this id.
    public func category(_ id: String) -> PhraseCategory? {
        categories.first { $0.id == id }
    }

    /// This phrasebook with `other`'s categories added; phrases of a category both have are combined.
    public func merged(with other: Phrasebook) -> Phrasebook {
        var result = self
        for category in other.categories {
            if let index = result.categories.firstIndex(where: { $0.id == category.id }) {
                result.categories[index].phrases.append(contentsOf: category.phrases)
            } else {
                result.categories.append(category)
            }
        }
        return result
    }
}
