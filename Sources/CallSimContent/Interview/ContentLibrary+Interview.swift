import CallSimCore

extension ContentLibrary {
    /// Every interview question bank: the `kind: interview` files under each root's
    /// `scenarios/`, sorted within each root.
    public func questionBankFiles() -> [String] {
        var walker = FolderWalker()
        return questionBankFiles(walker: &walker)
    }

    func questionBankFiles(walker: inout FolderWalker) -> [String] {
        roots.flatMap { walker.yamlFiles(in: FolderWalker.join($0, "scenarios"), recursive: true) }
            .filter(ContentKind.isQuestionBank)
    }

    /// Every question bank that loads without errors, and every problem found. Two banks with
    /// the same id are an error; the first one found is kept.
    public func loadQuestionBanks() -> (banks: [QuestionBank], diagnostics: [Diagnostic]) {
        var walker = FolderWalker()
        let files = questionBankFiles(walker: &walker)
        var diagnostics: [Diagnostic] = []
        var banks: [QuestionBank] = []
        var firstPath: [String: String] = [:]
        for path in files {
            let details = QuestionBankLoader.loadDetailed(path: path)
            diagnostics += details.result.diagnostics
            if let id = details.id {
                if let first = firstPath[id] {
                    diagnostics.append(.error(
                        "Q015", "question bank id `\(id)` is already used by \(first); each bank needs its own id",
                        at: details.idLocation ?? .whole(path)))
                    continue
                }
                firstPath[id] = path
            }
            if let bank = details.result.value { banks.append(bank) }
        }
        return (banks, walker.diagnostics + diagnostics)
    }

    /// The question bank to use: the one with `id` when given, otherwise the first bank in
    /// `language`. A bank with errors is not used; the diagnostics say why.
    public func questionBank(id: String?, language: String) -> LoadResult<QuestionBank> {
        let (banks, diagnostics) = loadQuestionBanks()
        let chosen = id.map { wanted in banks.first { $0.id == wanted } } ?? banks.first { $0.language == language }
        if let chosen {
            return LoadResult(value: chosen, diagnostics: diagnostics.filter { $0.location.path == chosen.path })
        }
        let errors = diagnostics.filter { $0.severity == .error }
        let what = id.map { "no question bank `\($0)`" } ?? "no question bank in `\(language)`"
        let why = errors.isEmpty ? "" : " that loads without errors"
        return .failure(errors + [.error("Q016", what + why + "; run `callsim interview lint` to see the banks and their problems", at: .nowhere)])
    }
}
