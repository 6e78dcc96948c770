import CallSimCore
import Yams

/// Reads a composed phrasebook document into a `Phrasebook`, compiling every pattern.
final class PhrasebookReader {
    let context: ReadContext
    /// The file's lines, to place pattern errors inside the pattern's text.
    let lines: [[Unicode.Scalar]]
    /// The language, when it could be read.
    private(set) var language: String?
    /// Where the language is written.
    private(set) var languageLocation: SourceLocation?

    init(context: ReadContext, text: String) {
        self.context = context
        self.lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    }

    func read(_ root: Node) -> Phrasebook? {
        guard var top = MappingReader(root, owner: "the phrasebook", label: "the phrasebook", context: context, depth: 0) else {
            return nil
        }
        if let node = top.required("language") {
            languageLocation = context.location(node)
            language = context.oneOf(node, "`language`", ScenarioVocabulary.languages, depth: 1)
        }
        var categories: [PhraseCategory] = []
        if let node = top.required("categories"),
           var map = MappingReader(
               node, owner: "`categories`", label: "`categories`", context: context, depth: 1,
               duplicateCode: "B007", duplicateNoun: "category") {
            for entry in map.allEntries() {
                if let category = readCategory(entry, depth: 2) { categories.append(category) }
            }
        }
        top.finish()
        return Phrasebook(language: language ?? "en", categories: categories)
    }

    private func readCategory(_ entry: MappingReader.Entry, depth: Int) -> PhraseCategory? {
        let id = entry.key
        if !ReadContext.isIdentifier(id) {
            context.reportIdentifier(id, "category id", at: entry.keyNode)
        }
        guard var map = MappingReader(
            entry.value, owner: "category `\(Node.shortened(id))`", label: "category `\(Node.shortened(id))`",
            context: context, depth: depth)
        else { return nil }
        let kind = map.required("kind").flatMap { context.choice($0, "`kind`", CategoryKind.self, depth: depth + 1) }
        var category = PhraseCategory(
            id: id, kind: kind ?? .signal,
            summary: map.text("summary") ?? "",
            weight: map.number("weight", in: .positive) ?? 1,
            replacement: map.text("replacement"),
            moodEffect: map.number("mood", in: .moodChange),
            phrases: [],
            location: context.location(entry.keyNode))
        if let phrasesNode = map.required("phrases"), let items = context.items(phrasesNode, "`phrases`", depth: depth + 1) {
            if items.isEmpty {
                context.report(.warning("B009", "category `\(Node.shortened(id))` has no phrases", at: context.location(phrasesNode)))
            }
            category.phrases = items.compactMap { readPhrase($0, depth: depth + 2) }
        }
        map.finish()
        return category
    }

    private func readPhrase(_ node: Node, depth: Int) -> PhraseEntry? {
        if case .scalar = node {
            guard let pattern = context.text(node, "a phrase", depth: depth) else { return nil }
            compile(pattern, at: node)
            return PhraseEntry(pattern: pattern, location: context.location(node))
        }
        guard var map = MappingReader(node, owner: "a phrase", label: "a phrase", context: context, depth: depth) else {
            return nil
        }
        var phrase = PhraseEntry(pattern: "", location: context.location(node))
        if let patternNode = map.required("pattern"), let pattern = context.text(patternNode, "`pattern`", depth: depth + 1) {
            phrase.pattern = pattern
            phrase.location = context.location(patternNode)
            compile(pattern, at: patternNode)
        }
        phrase.weight = map.number("weight", in: .positive)
        phrase.replacement = map.text("replacement")
        map.finish()
        return phrase
    }

    /// Expands `pattern`, reporting a pattern error where it is in the file.
    private func compile(_ pattern: String, at node: Node) {
        do {
            _ = try PhrasePattern.expand(pattern)
        } catch {
            context.report(.error(error.code, error.message, at: PatternLocation.locate(column: error.column, in: node, context: context, lines: lines)))
        }
    }
}
