import CallSimCore

extension ContentLibrary {
    /// The phrasebook files of one language (`phrasebooks/<language>/*.yaml` in each root),
    /// or of every language when `language` is nil; sorted within each root.
    public func phrasebookFiles(language: String?) -> [String] {
        var walker = FolderWalker()
        return phrasebookFiles(language: language, walker: &walker)
    }

    func phrasebookFiles(language: String?, walker: inout FolderWalker) -> [String] {
        var files: [String] = []
        for root in roots {
            let folder = FolderWalker.join(root, "phrasebooks")
            let languages = language.map { [FolderWalker.join(folder, $0)] } ?? walker.subfolders(of: folder)
            for languageFolder in languages {
                files += walker.yamlFiles(in: languageFolder, recursive: false)
            }
        }
        return files
    }

    /// Every phrasebook file of `language` across the roots, merged into one phrasebook.
    public func phrasebook(language: String) -> LoadResult<Phrasebook> {
        var walker = FolderWalker()
        let files = phrasebookFiles(language: language, walker: &walker)
        guard !files.isEmpty else {
            let folders = roots.map { FolderWalker.join(FolderWalker.join($0, "phrasebooks"), language) }
            let looked = folders.isEmpty ? "" : " (looked in \(folders.joined(separator: ", ")))"
            return .failure(walker.diagnostics + [.error("L005", "no phrasebooks for language `\(language)`\(looked)", at: .nowhere)])
        }
        let result = PhrasebookLibrary.load(paths: files)
        return LoadResult(value: result.value, diagnostics: walker.diagnostics + result.diagnostics)
    }
}
