/// How a deck's cards are answered and judged.
public enum DeckStyle: String, Sendable, Codable, Hashable, CaseIterable {
    /// The front is a term or a metric; the trainee types its meaning, judged against the
    /// card's key ideas.
    case meaning
    /// The front is a discouraged phrase; the trainee types a better one, judged by the
    /// phrasebook ("say it better").
    case betterPhrase = "better-phrase"
}

/// One flashcard.
public struct DrillCard: Sendable, Hashable {
    /// The id, unique within the deck; reviews are stored under it.
    public var id: String
    /// What the trainee sees: a term, a metric, or a discouraged phrase.
    public var front: String
    /// The answer shown after the trainee's: a definition, or a better phrase.
    public var back: String
    /// The ideas a meaning must state, each with the phrases that evidence it (meaning decks).
    public var keys: [RubricItem]
    /// Recommended phrase categories a better phrase should use (better-phrase decks).
    public var better: [String]
    /// Where the card is written.
    public var location: SourceLocation?

    /// Creates a card.
    public init(
        id: String, front: String, back: String, keys: [RubricItem] = [], better: [String] = [],
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.front = front
        self.back = back
        self.keys = keys
        self.better = better
        self.location = location
    }
}

/// A deck of flashcards in one language, read from a file under `decks/`.
public struct Deck: Sendable, Hashable {
    /// The deck's name, as given to `--deck`: `terms`, `metrics`, `phrases`.
    public var id: String
    /// A title for menus and statistics.
    public var title: String
    /// ISO 639-1 code.
    public var language: String
    /// How cards are answered.
    public var style: DeckStyle
    /// The cards, in the order new ones are introduced.
    public var cards: [DrillCard]
    /// The file the deck was read from.
    public var path: String

    /// Creates a deck.
    public init(id: String, title: String, language: String, style: DeckStyle, cards: [DrillCard], path: String = "") {
        self.id = id
        self.title = title
        self.language = language
        self.style = style
        self.cards = cards
        self.path = path
    }

    /// The card with this id.
    public func card(_ id: String) -> DrillCard? { cards.first { $0.id == id } }
}
