/// A phrase of the phrasebook found in a "say it better" answer.
public struct PhraseFound: Sendable, Hashable, Codable {
    /// The category's id.
    public var category: String
    /// The trainee's words.
    public var evidence: String
    /// The phrasebook's better phrase, for discouraged wording.
    public var replacement: String?

    /// Creates a found phrase.
    public init(category: String, evidence: String, replacement: String? = nil) {
        self.category = category
        self.evidence = evidence
        self.replacement = replacement
    }
}

/// How one answer to one card was judged, and why.
public struct CardVerdict: Sendable, Hashable {
    /// The grade, 0 to 5; 3 or more is a pass.
    public var grade: Int
    /// Key ideas stated (meaning cards).
    public var keysFound: [FoundItem]
    /// Key ideas not stated (meaning cards).
    public var keysMissing: [MissingItem]
    /// Discouraged or abusive wording used (better-phrase cards).
    public var avoid: [PhraseFound]
    /// Recommended phrases used (better-phrase cards).
    public var recommended: [PhraseFound]

    /// Creates a verdict.
    public init(grade: Int, keysFound: [FoundItem] = [], keysMissing: [MissingItem] = [], avoid: [PhraseFound] = [], recommended: [PhraseFound] = []) {
        self.grade = grade
        self.keysFound = keysFound
        self.keysMissing = keysMissing
        self.avoid = avoid
        self.recommended = recommended
    }

    /// True when the grade is a pass.
    public var passed: Bool { grade >= DrillReview.passingGrade }

    /// The verdict for a card the trainee skipped.
    public static let skipped = CardVerdict(grade: 0)
}

/// Judges flashcard answers: meanings against each card's key ideas with the phrase matcher
/// (one typo tolerated in longer words), better phrases with the language's phrasebook.
///
/// Grades (SM-2's 0–5): a meaning with every key idea scores 5 (4 when a word matched only
/// with a typo), half or more 3, fewer 2, none 1; a better phrase with discouraged or
/// abusive wording scores 1, one using a recommended phrase the card asks for 5, any other
/// recommended phrase 4, and one with neither 3. A skipped card scores 0.
public struct CardJudge: Sendable {
    private let keys: [String: PhraseMatcher]
    private let phrasebook: PhraseMatcher?

    /// Compiles the deck's key phrases, and the phrasebook for better-phrase decks.
    public init(deck: Deck, phrasebook: Phrasebook?) {
        var keys: [String: PhraseMatcher] = [:]
        for card in deck.cards where !card.keys.isEmpty {
            keys[card.id] = PhraseMatcher(phrasebook: Phrasebook(
                language: deck.language,
                categories: card.keys.map { PhraseCategory(id: $0.id, kind: .signal, phrases: $0.phrases) }))
        }
        self.keys = keys
        self.phrasebook = phrasebook.map { PhraseMatcher(phrasebook: $0) }
    }

    /// The verdict on `answer` to `card`.
    public func judge(_ answer: String, card: DrillCard, style: DeckStyle) -> CardVerdict {
        guard WordCounter.count(answer) > 0 else { return .skipped }
        switch style {
        case .meaning: return judgeMeaning(answer, card: card)
        case .betterPhrase: return judgeBetter(answer, card: card)
        }
    }

    private func judgeMeaning(_ answer: String, card: DrillCard) -> CardVerdict {
        guard let matcher = keys[card.id], !card.keys.isEmpty else { return CardVerdict(grade: 1) }
        let line = matcher.match(answer)
        var verdict = CardVerdict(grade: 1)
        var fuzzy = false
        for key in card.keys {
            if let match = line.matches.first(where: { $0.category == key.id }) {
                verdict.keysFound.append(FoundItem(id: key.id, label: key.label, evidence: line.quote(match)))
                fuzzy = fuzzy || match.fuzzy
            } else {
                verdict.keysMissing.append(MissingItem(id: key.id, label: key.label))
            }
        }
        let found = verdict.keysFound.count
        let total = card.keys.count
        if found == total {
            verdict.grade = fuzzy ? 4 : 5
        } else if found * 2 >= total {
            verdict.grade = 3
        } else if found > 0 {
            verdict.grade = 2
        }
        return verdict
    }

    private func judgeBetter(_ answer: String, card: DrillCard) -> CardVerdict {
        guard let phrasebook else { return CardVerdict(grade: 3) }
        let line = phrasebook.match(answer)
        var verdict = CardVerdict(grade: 3)
        var seen = Set<String>()
        for match in line.matches where !seen.contains(match.category) {
            switch match.kind {
            case .discouraged, .abusive:
                seen.insert(match.category)
                verdict.avoid.append(PhraseFound(category: match.category, evidence: line.quote(match), replacement: match.replacement))
            case .recommended:
                // A phrase built on an unfilled slot ("this is {company}") matches almost anything: not evidence.
                guard !match.pattern.contains("{") else { continue }
                seen.insert(match.category)
                verdict.recommended.append(PhraseFound(category: match.category, evidence: line.quote(match)))
            case .signal:
                continue
            }
        }
        if !verdict.avoid.isEmpty {
            verdict.grade = 1
        } else if verdict.recommended.contains(where: { card.better.contains($0.category) }) {
            verdict.grade = 5
        } else if !verdict.recommended.isEmpty {
            verdict.grade = 4
        }
        return verdict
    }
}
