import CallSimCore

/// Checks a loaded phrasebook for phrases that do nothing or do harm, beyond what loading
/// reports (bad patterns):
///
/// - `B010` a duplicate: a phrase that stands for exactly the same words as an earlier phrase
///   of the same category;
/// - `B011` a shadowed phrase: every wording of it contains another phrase of the same
///   category (with the same weight and replacement), so it never adds a match the category
///   lacks ("i understand how you feel" beside "i understand");
/// - `B012` a discouraged or abusive phrase that always contains a recommended one, so saying
///   it also counts as good practice;
/// - `B013` a recommended phrase that always contains a discouraged or abusive one, so saying
///   it is also flagged;
/// - `B014` a word with no letters or digits (`—`, `👍`): the normaliser drops it, so it can
///   never be matched.
///
/// A wildcard in a phrase is read as "some words", which only another phrase's wildcard
/// covers; a slot as the call's value, which only the same slot matches. The first phrase
/// of a category is never reported as shadowed: it is the example the rules' advice quotes,
/// so a full sentence there is on purpose.
public enum PhrasebookLint {
    /// Every problem of `phrasebook`, in the files its phrases come from. `sources` gives the
    /// text of paths that are not files on disk, to place a word at its column.
    public static func check(_ phrasebook: Phrasebook, sources: [String: String] = [:]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let entries = Self.entries(of: phrasebook)
        var lines = SourceLines(sources: sources)
        for entry in entries {
            for (word, column) in PhrasePattern.silentWords(in: entry.entry.pattern) {
                diagnostics.append(.warning(
                    "B014", "the word `\(word)` has no letters or digits; it is ignored, so it can never be matched",
                    at: lines.locate(column: column, of: entry.entry)))
            }
        }
        diagnostics += duplicatesAndShadows(entries, in: phrasebook)
        diagnostics += crossKind(entries, in: phrasebook)
        return DiagnosticOrder.sorted(diagnostics)
    }

    /// Loads `paths` as one phrasebook (as `PhrasebookLibrary.load` does) and lints it: the
    /// loading problems and the lint's, every one at once. A file with errors is still
    /// linted, its broken patterns left out.
    public static func check(paths: [String]) -> [Diagnostic] {
        let loaded = PhrasebookLibrary.load(paths: paths)
        var merged: Phrasebook?
        for path in paths {
            guard case .success(let contents) = SourceFile.read(path: path) else { continue }
            let (document, _) = YAMLComposer.compose(text: contents.text, path: path, emptyHint: "")
            guard let document else { continue }
            let context = ReadContext(path: path, family: .phrasebook, renamedKeys: document.renamedKeys)
            guard let book = PhrasebookReader(context: context, text: contents.text).read(document.root) else { continue }
            if let first = merged, first.language != book.language { continue }
            merged = merged.map { $0.merged(with: book) } ?? book
        }
        return DiagnosticOrder.sorted(loaded.diagnostics + (merged.map { check($0) } ?? []))
    }

    /// One compiled phrase of the phrasebook, with its wordings as probe lines.
    struct Entry {
        var category: PhraseCategory
        var entry: PhraseEntry
        /// Index among all phrases, in file order.
        var order: Int
        /// Each expansion as tokens; wildcards and slots are a placeholder no word matches.
        var probes: [[String]]
        /// The expansions themselves, for finding duplicates.
        var expansions: Set<[PatternElement]>

        func location() -> SourceLocation { entry.location ?? SourceLocation(path: "", line: 0, column: 0) }

        var weight: Double { entry.weight ?? category.weight }
        var replacement: String? { entry.replacement ?? category.replacement }
    }

    /// A token no normalised word equals: what a wildcard or slot stands for in a probe.
    static let placeholder = "\u{1}"

    static func entries(of phrasebook: Phrasebook) -> [Entry] {
        var entries: [Entry] = []
        for category in phrasebook.categories {
            for entry in category.phrases {
                guard let sequences = try? PhrasePattern.expand(entry.pattern) else { continue }
                let probes = sequences.map { sequence in
                    sequence.map { element -> String in
                        switch element {
                        case .word(let word): word
                        case .slot(let name): SlotValues.placeholder(for: name) ?? placeholder
                        case .wildcard: placeholder
                        }
                    }
                }
                entries.append(Entry(category: category, entry: entry, order: entries.count, probes: probes, expansions: Set(sequences)))
            }
        }
        return entries
    }

    /// The phrases of `entries` found in every probe of `entry` (never `entry` itself).
    static func alwaysMatched(_ entry: Entry, by matcher: PhraseMatcher, among pool: [Entry]) -> [Entry] {
        var common: Set<Int>?
        for probe in entry.probes {
            let tokens = probe.map { Token(text: $0, start: 0, end: 0) }
            let found = Set(matcher.matches(in: NormalizedText(original: "", tokens: tokens)).map(\.phraseIndex))
            common = common.map { $0.intersection(found) } ?? found
            if common?.isEmpty ?? true { return [] }
        }
        return (common ?? []).sorted().map { pool[$0] }.filter { $0.order != entry.order }
    }

    /// A matcher of `pool`'s phrases, in order (phrase index = index in `pool`), exact words only.
    static func matcher(of pool: [Entry]) -> PhraseMatcher {
        let categories = pool.map { PhraseCategory(id: $0.category.id, kind: $0.category.kind, phrases: [$0.entry]) }
        return PhraseMatcher(phrasebook: Phrasebook(language: "", categories: categories), toleratesTypos: false)
            .with(slotValues: .placeholders)
    }

    private static func duplicatesAndShadows(_ entries: [Entry], in phrasebook: Phrasebook) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for category in phrasebook.categories {
            let pool = entries.filter { $0.category.id == category.id }
            guard pool.count > 1 else { continue }
            let matcher = matcher(of: pool)
            for entry in pool {
                if let original = pool.first(where: { $0.order < entry.order && $0.expansions == entry.expansions }) {
                    diagnostics.append(.warning(
                        "B010", "duplicate phrase: `\(entry.entry.pattern)` stands for the same words as `\(original.entry.pattern)` (\(place(original))) in category `\(category.id)`",
                        at: entry.location()))
                    continue
                }
                if entry.order == pool[0].order { continue }
                let shadows = alwaysMatched(entry, by: matcher, among: pool).filter { other in
                    other.expansions != entry.expansions && other.weight == entry.weight && other.replacement == entry.replacement
                }
                guard let shadow = shadows.first else { continue }
                // Two phrases that each contain the other: only the later one is reported.
                let mutual = alwaysMatched(shadow, by: matcher, among: pool).contains { $0.order == entry.order }
                if mutual, shadow.order > entry.order { continue }
                diagnostics.append(.warning(
                    "B011", "`\(entry.entry.pattern)` is shadowed by `\(shadow.entry.pattern)` (\(place(shadow))): every wording of it contains that phrase, so it adds nothing to category `\(category.id)`",
                    at: entry.location()))
            }
        }
        return diagnostics
    }

    private static func crossKind(_ entries: [Entry], in phrasebook: Phrasebook) -> [Diagnostic] {
        let recommended = entries.filter { $0.category.kind == .recommended }
        let flagged = entries.filter { $0.category.kind == .discouraged || $0.category.kind == .abusive }
        guard !recommended.isEmpty, !flagged.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        let goodMatcher = matcher(of: recommended)
        for entry in flagged {
            guard let good = alwaysMatched(entry, by: goodMatcher, among: recommended).first else { continue }
            diagnostics.append(.warning(
                "B012",
                "\(entry.category.kind.rawValue) phrase `\(entry.entry.pattern)` always contains the recommended phrase `\(good.entry.pattern)` (\(place(good)), category `\(good.category.id)`), so saying it also counts as good practice",
                at: entry.location()))
        }
        let badMatcher = matcher(of: flagged)
        for entry in recommended {
            guard let bad = alwaysMatched(entry, by: badMatcher, among: flagged).first else { continue }
            diagnostics.append(.warning(
                "B013",
                "recommended phrase `\(entry.entry.pattern)` always contains the \(bad.category.kind.rawValue) phrase `\(bad.entry.pattern)` (\(place(bad)), category `\(bad.category.id)`), so saying it is also flagged",
                at: entry.location()))
        }
        return diagnostics
    }

    /// Where an entry is written, for messages: `line N`, or `path:N` in another file.
    private static func place(_ entry: Entry) -> String {
        guard let location = entry.entry.location, location.line > 0 else { return "elsewhere" }
        let file = location.path.split(separator: "/").last.map(String.init) ?? location.path
        return "\(file):\(location.line)"
    }
}
