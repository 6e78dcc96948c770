import CallSimCore

/// Reads flashcard decks (`kind: deck` files under `decks/<language>/`), reporting every
/// problem at its line and column.
public enum DeckLoader {
    /// Reads the deck at `path`; "say it better" cards are checked against `phrasebook`.
    public static func load(path: String, phrasebook: Phrasebook?) -> LoadResult<Deck> {
        loadDetailed(path: path, phrasebook: phrasebook).result
    }

    /// Reads a deck from YAML text; `path` names it in diagnostics.
    public static func load(yaml: String, path: String, phrasebook: Phrasebook?) -> LoadResult<Deck> {
        if let tooLarge = SourceFile.check(text: yaml, path: path) { return .failure([tooLarge.diagnostic]) }
        return read(text: SourceFile.withoutByteOrderMark(yaml), path: path, phrasebook: phrasebook).result
    }

    struct Details {
        var result: LoadResult<Deck>
        var id: String?
        var idLocation: SourceLocation?
    }

    static func loadDetailed(path: String, phrasebook: Phrasebook?) -> Details {
        switch SourceFile.read(path: path) {
        case .failure(let failure): return Details(result: .failure([failure.diagnostic]))
        case .success(let contents): return read(text: contents.text, path: path, phrasebook: phrasebook)
        }
    }

    private static func read(text: String, path: String, phrasebook: Phrasebook?) -> Details {
        let (document, problems) = YAMLComposer.compose(
            text: text, path: path, emptyHint: "a deck needs `kind: deck`, `id`, `title`, `language`, `style` and `cards`")
        guard let document else { return Details(result: .failure(problems)) }
        let context = ReadContext(path: path, family: .scenario, renamedKeys: document.renamedKeys)
        let reader = DeckReader(context: context, text: text, phrasebook: phrasebook)
        var deck = reader.read(document.root)
        deck?.path = path
        let diagnostics = DiagnosticOrder.sorted(InterviewFields.inInterviewFamily(problems + context.diagnostics))
        return Details(result: LoadResult(value: deck, diagnostics: diagnostics), id: reader.id, idLocation: reader.idLocation)
    }
}
