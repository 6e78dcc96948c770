import CallSimCore

extension ContentLibrary {
    /// The deck files of one language (`decks/<language>/*.yaml` in each root), or of every
    /// language when `language` is nil; sorted within each root.
    public func deckFiles(language: String?) -> [String] {
        var walker = FolderWalker()
        return deckFiles(language: language, walker: &walker)
    }

    func deckFiles(language: String?, walker: inout FolderWalker) -> [String] {
        var files: [String] = []
        for root in roots {
            let folder = FolderWalker.join(root, "decks")
            let languages = language.map { [FolderWalker.join(folder, $0)] } ?? walker.subfolders(of: folder)
            for languageFolder in languages {
                files += walker.yamlFiles(in: languageFolder, recursive: false)
            }
        }
        return files
    }

    /// Every deck of `language` that loads without errors, checked against `phrasebook`, and
    /// every problem found. Two decks of one language with the same id are an error.
    public func loadDecks(language: String, phrasebook: Phrasebook?) -> (decks: [Deck], diagnostics: [Diagnostic]) {
        var walker = FolderWalker()
        let files = deckFiles(language: language, walker: &walker)
        var diagnostics: [Diagnostic] = []
        var decks: [Deck] = []
        var firstPath: [String: String] = [:]
        for path in files {
            let details = DeckLoader.loadDetailed(path: path, phrasebook: phrasebook)
            diagnostics += details.result.diagnostics
            if let id = details.id {
                if let first = firstPath[id] {
                    diagnostics.append(.error(
                        "Q015", "deck id `\(id)` is already used by \(first); each deck of a language needs its own id",
                        at: details.idLocation ?? .whole(path)))
                    continue
                }
                firstPath[id] = path
            }
            if let deck = details.result.value { decks.append(deck) }
        }
        return (decks, walker.diagnostics + diagnostics)
    }

    /// The deck named `id` in `language`, with the problems of its file.
    public func deck(id: String, language: String, phrasebook: Phrasebook?) -> LoadResult<Deck> {
        let (decks, diagnostics) = loadDecks(language: language, phrasebook: phrasebook)
        if let deck = decks.first(where: { $0.id == id }) {
            return LoadResult(value: deck, diagnostics: diagnostics.filter { $0.location.path == deck.path })
        }
        let names = decks.map(\.id)
        let hint = Suggestion.closest(to: id, in: names).map { " (did you mean `\($0)`?)" }
            ?? (names.isEmpty ? "" : " (decks: \(names.joined(separator: ", ")))")
        let errors = diagnostics.filter { $0.severity == .error }
        return .failure(errors + [.error("Q016", "no deck `\(id)` in `\(language)`\(hint); run `callsim drill lint` to see the decks and their problems", at: .nowhere)])
    }
}

extension DeckLoader {
    /// The `language:` a deck file declares at its top level, read without parsing the file,
    /// to pick the phrasebook it is checked against; nil when it declares none.
    public static func declaredLanguage(path: String) -> String? {
        ContentKind.declared(atPath: path, key: "language")
    }
}
