import CallSimCore

/// Reads phrasebook files into `Phrasebook` values; every pattern is compiled, and a bad
/// one is reported at its column in the file.
public enum PhrasebookLoader {
    /// Reads the phrasebook file at `path`.
    public static func load(path: String) -> LoadResult<Phrasebook> {
        loadDetailed(path: path).result
    }

    /// Reads a phrasebook from YAML text; `path` names it in diagnostics.
    public static func load(yaml: String, path: String) -> LoadResult<Phrasebook> {
        loadDetailed(yaml: yaml, path: path).result
    }

    /// What loading produced, with the language and where it is written.
    struct Details {
        var result: LoadResult<Phrasebook>
        var language: String?
        var languageLocation: SourceLocation?
    }

    static func loadDetailed(path: String) -> Details {
        switch SourceFile.read(path: path) {
        case .failure(let failure): return Details(result: .failure([failure.diagnostic]))
        case .success(let contents): return read(text: contents.text, path: path)
        }
    }

    static func loadDetailed(yaml: String, path: String) -> Details {
        if let tooLarge = SourceFile.check(text: yaml, path: path) {
            return Details(result: .failure([tooLarge.diagnostic]))
        }
        return read(text: SourceFile.withoutByteOrderMark(yaml), path: path)
    }

    private static func read(text: String, path: String) -> Details {
        let (document, problems) = YAMLComposer.compose(
            text: text, path: path, emptyHint: "a phrasebook needs `language` and `categories`")
        guard let document else { return Details(result: .failure(problems)) }
        let context = ReadContext(path: path, family: .phrasebook, renamedKeys: document.renamedKeys)
        let reader = PhrasebookReader(context: context, text: text)
        let phrasebook = reader.read(document.root)
        let diagnostics = DiagnosticOrder.sorted(problems + context.diagnostics)
        return Details(
            result: LoadResult(value: phrasebook, diagnostics: diagnostics),
            language: reader.language, languageLocation: reader.languageLocation)
    }
}
