/// One phrase found in a line.
public struct PhraseMatch: Hashable, Sendable {
    /// The category's id.
    public var category: String
    /// The category's kind.
    public var kind: CategoryKind
    /// The pattern as written in the phrasebook.
    public var pattern: String
    /// The matched tokens of the normalised line.
    public var tokens: Range<Int>
    /// True when a word matched with one typo.
    public var fuzzy: Bool
    /// The phrase's weight.
    public var weight: Double
    /// The better phrase, for discouraged phrases.
    public var replacement: String?
    /// The index of the phrase among all compiled phrases.
    public var phraseIndex: Int

    /// Creates a match.
    public init(
        category: String, kind: CategoryKind, pattern: String, tokens: Range<Int>, fuzzy: Bool,
        weight: Double, replacement: String?, phraseIndex: Int
    ) {
        self.category = category
        self.kind = kind
        self.pattern = pattern
        self.tokens = tokens
        self.fuzzy = fuzzy
        self.weight = weight
        self.replacement = replacement
        self.phraseIndex = phraseIndex
    }
}

/// A line with the phrases found in it.
public struct MatchedLine: Sendable {
    /// The normalised line.
    public let text: NormalizedText
    /// Every match, ordered by position.
    public let matches: [PhraseMatch]

    /// Creates a matched line.
    public init(text: NormalizedText, matches: [PhraseMatch]) {
        self.text = text
        self.matches = matches
    }

    /// The categories found, without repeats.
    public var categories: Set<String> { Set(matches.map(\.category)) }

    /// True when a phrase of `category` was found.
    public func has(_ category: String) -> Bool { matches.contains { $0.category == category } }

    /// The first match of any of `categories`.
    public func first(of categories: Set<String>) -> PhraseMatch? {
        matches.first { categories.contains($0.category) }
    }

    /// The trainee's own words for a match.
    public func quote(_ match: PhraseMatch) -> String { text.quote(match.tokens) }
}
