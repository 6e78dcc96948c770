import CallSimCore

/// Reads interview question banks (`kind: interview` files under `scenarios/`), reporting
/// every problem at its line and column with a `Q` code (`P` for phrase patterns, `Y` for YAML).
public enum QuestionBankLoader {
    /// Reads the question bank at `path`.
    public static func load(path: String) -> LoadResult<QuestionBank> {
        loadDetailed(path: path).result
    }

    /// Reads a question bank from YAML text; `path` names it in diagnostics.
    public static func load(yaml: String, path: String) -> LoadResult<QuestionBank> {
        loadDetailed(yaml: yaml, path: path).result
    }

    /// What loading produced, with the bank's id even when the file has errors.
    struct Details {
        var result: LoadResult<QuestionBank>
        var id: String?
        var idLocation: SourceLocation?
    }

    static func loadDetailed(path: String) -> Details {
        switch SourceFile.read(path: path) {
        case .failure(let failure):
            return Details(result: .failure([failure.diagnostic]))
        case .success(let contents):
            return read(text: contents.text, path: path, hash: ContentHash.fnv1a64(contents.bytes))
        }
    }

    static func loadDetailed(yaml: String, path: String) -> Details {
        if let tooLarge = SourceFile.check(text: yaml, path: path) {
            return Details(result: .failure([tooLarge.diagnostic]))
        }
        return read(text: SourceFile.withoutByteOrderMark(yaml), path: path, hash: ContentHash.fnv1a64(yaml.utf8))
    }

    private static func read(text: String, path: String, hash: String) -> Details {
        let (document, problems) = YAMLComposer.compose(
            text: text, path: path,
            emptyHint: "a question bank needs `kind: interview`, `id`, `title`, `language` and `questions`")
        guard let document else { return Details(result: .failure(problems)) }
        let context = ReadContext(path: path, family: .scenario, renamedKeys: document.renamedKeys)
        let reader = QuestionBankReader(context: context, text: text)
        var bank = reader.read(document.root)
        bank?.path = path
        bank?.fileHash = hash
        let diagnostics = DiagnosticOrder.sorted(InterviewFields.inInterviewFamily(problems + context.diagnostics))
        return Details(result: LoadResult(value: bank, diagnostics: diagnostics), id: reader.id, idLocation: reader.idLocation)
    }
}
