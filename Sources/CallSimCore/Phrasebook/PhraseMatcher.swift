/// A compiled phrasebook: every pattern of every category in one word-level trie over
/// normalised tokens (`PhraseAutomaton`), with wildcard and slot edges and one-typo
/// tolerance for words of five letters or more, looking through the joined affixes of the
/// phrasebook's language (Arabic prefixes, Persian suffixes: `WordAffixes`).
///
/// Compile it once per phrasebook: slots such as the agent's name are values supplied when
/// matching (`with(slots:)`), so every call of a batch shares one compiled matcher. Matching
/// a line walks the trie from every token, respecting word boundaries because it only ever
/// compares whole tokens, and reports every match with its span.
///
/// `match(_:)` is the convenient API; `scan(_:into:)` is the allocation-free one for files.
public struct PhraseMatcher: Sendable {
    struct CompiledPhrase: Sendable {
        var category: Int
        /// The entry's index in its category's phrases.
        var entry: Int
        var pattern: String
        var weight: Double
        var replacement: String?
    }

    /// The categories, in phrasebook order.
    public private(set) var categories: [PhraseCategory]
    private let phrases: [CompiledPhrase]
    let automaton: PhraseAutomaton
    /// Whether words of five letters or more may match with one typo (only when the matcher
    /// was compiled with typo tolerance).
    public var toleratesTypos: Bool
    /// The slot values matching uses.
    public var slots: SlotValues
    /// Patterns that failed to compile, with their category and error (the rest still match).
    public private(set) var problems: [(category: String, entry: PhraseEntry, error: PatternError)] = []

    /// Compiles `phrasebook`, filling `{agent}`, `{company}` and `{customer}` from `slots`
    /// (a slot with no value matches any one or two words). A word may carry the joined
    /// affixes of `affixes`, by default those of the phrasebook's language (Arabic prefixes,
    /// Persian suffixes; see `WordAffixes`).
    public init(
        phrasebook: Phrasebook, slots: [String: String] = [:], toleratesTypos: Bool = true, affixes: WordAffixes? = nil
    ) {
        var builder = PhraseAutomatonBuilder()
        var phrases: [CompiledPhrase] = []
        var problems: [(category: String, entry: PhraseEntry, error: PatternError)] = []
        for (categoryIndex, category) in phrasebook.categories.enumerated() {
            for (entryIndex, entry) in category.phrases.enumerated() {
                let sequences: [[PatternElement]]
                do {
                    sequences = try PhrasePattern.expand(entry.pattern)
                } catch {
                    problems.append((category.id, entry, error))
                    continue
                }
                let phraseIndex = Int32(phrases.count)
                phrases.append(CompiledPhrase(
                    category: categoryIndex, entry: entryIndex, pattern: entry.pattern,
                    weight: entry.weight ?? category.weight,
                    replacement: entry.replacement ?? category.replacement))
                for sequence in sequences { builder.insert(sequence, phrase: phraseIndex) }
            }
        }
        self.categories = phrasebook.categories
        self.phrases = phrases
        self.problems = problems
        self.automaton = PhraseAutomaton(
            builder, toleratesTypos: toleratesTypos, affixes: affixes ?? .forLanguage(phrasebook.language))
        self.toleratesTypos = toleratesTypos
        self.slots = SlotValues(slots)
    }

    /// Compiles plain phrases, one a line as a trainer writes them for `phrasebook scan
    /// --phrases`: no pattern syntax, each phrase's words normalised. They form one category,
    /// `list`, of kind `signal`; a phrase with no words is a problem (`P004`). Words match as
    /// written unless `affixes` says which joined affixes to look through.
    public init(phrases list: [String], toleratesTypos: Bool = true, affixes: WordAffixes = .none) {
        var builder = PhraseAutomatonBuilder()
        var phrases: [CompiledPhrase] = []
        var entries: [PhraseEntry] = []
        var problems: [(category: String, entry: PhraseEntry, error: PatternError)] = []
        for (line, text) in list.enumerated() {
            let entry = PhraseEntry(pattern: text, location: SourceLocation(path: "", line: line + 1, column: 1))
            entries.append(entry)
            let words = Normalizer.normalize(text).tokens.map { PatternElement.word($0.text) }
            guard !words.isEmpty else {
                problems.append(("list", entry, PatternError(code: "P004", message: "the phrase has no words", column: 1)))
                continue
            }
            builder.insert(words, phrase: Int32(phrases.count))
            phrases.append(CompiledPhrase(category: 0, entry: line, pattern: text, weight: 1, replacement: nil))
        }
        self.categories = [PhraseCategory(id: "list", kind: .signal, phrases: entries)]
        self.phrases = phrases
        self.problems = problems
        self.automaton = PhraseAutomaton(builder, toleratesTypos: toleratesTypos, affixes: affixes)
        self.toleratesTypos = toleratesTypos
        self.slots = SlotValues()
    }

    /// This matcher with other slot values: `{agent}`, `{company}` and `{customer}` for one
    /// call. The compiled phrasebook is shared, not copied.
    public func with(slots values: [String: String]) -> PhraseMatcher {
        var copy = self
        copy.slots = SlotValues(values)
        return copy
    }

    /// This matcher with slot values already normalised (see `SlotValues.placeholders`).
    public func with(slotValues: SlotValues) -> PhraseMatcher {
        var copy = self
        copy.slots = slotValues
        return copy
    }

    /// How many phrases were compiled.
    public var phraseCount: Int { phrases.count }

    /// How many distinct normalised words the phrasebook uses.
    public var vocabularyCount: Int { automaton.words.count }

    /// How many trie nodes the compiled phrasebook has.
    public var nodeCount: Int { automaton.nodeCount }

    /// Normalises the UTF-8 bytes of one line and matches it, leaving the tokens and the hits
    /// in `scanner`: no allocation per line once `scanner` has grown.
    public func scan(_ utf8: UnsafeBufferPointer<UInt8>, into scanner: inout PhraseScanner) {
        automaton.words.withResolver { Normalizer.tokenize(utf8, into: &scanner.tokens, resolving: $0) }
        scanner.run(automaton, slots: slots, toleratesTypos: toleratesTypos)
    }

    /// Normalises and matches one line, leaving the tokens and the hits in `scanner`.
    public func scan(_ text: String, into scanner: inout PhraseScanner) {
        var text = text
        text.withUTF8 { scan($0, into: &scanner) }
    }

    /// The match a hit stands for.
    public func match(for hit: PhraseHit) -> PhraseMatch {
        let phrase = phrases[hit.phrase]
        let category = categories[phrase.category]
        return PhraseMatch(
            category: category.id, kind: category.kind, pattern: phrase.pattern, tokens: hit.tokens,
            fuzzy: hit.fuzzy, weight: phrase.weight, replacement: phrase.replacement, phraseIndex: hit.phrase)
    }

    /// The category of phrase `index`.
    public func category(ofPhrase index: Int) -> PhraseCategory { categories[phrases[index].category] }

    /// The phrasebook entry of phrase `index` (with its location in the file).
    public func entry(ofPhrase index: Int) -> PhraseEntry {
        let phrase = phrases[index]
        return categories[phrase.category].phrases[phrase.entry]
    }

    /// The pattern of phrase `index`, as written.
    public func pattern(ofPhrase index: Int) -> String { phrases[index].pattern }

    /// Every phrase in `line`, ordered by start, then by length (longest first).
    public func matches(in line: NormalizedText) -> [PhraseMatch] {
        var scanner = PhraseScanner()
        for token in line.tokens {
            scanner.tokens.append(word: token.text.utf8, sourceStart: token.start, sourceEnd: token.end)
        }
        automaton.words.withResolver { scanner.tokens.resolve(with: $0) }
        scanner.run(automaton, slots: slots, toleratesTypos: toleratesTypos)
        return scanner.hits.map(match(for:))
    }

    /// Normalises and matches one line.
    public func match(_ text: String) -> MatchedLine {
        var scanner = PhraseScanner()
        scan(text, into: &scanner)
        let normalized = NormalizedText(original: text, tokens: scanner.tokens.tokens)
        return MatchedLine(text: normalized, matches: scanner.hits.map(match(for:)))
    }
}
