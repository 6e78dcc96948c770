import CallSimCore

/// Reads several phrasebook files of one language into one phrasebook.
public enum PhrasebookLibrary {
    /// Loads every file and merges them in order (`Phrasebook.merged(with:)`): categories
    /// both files have are combined. Files in different languages are an error.
    public static func load(paths: [String]) -> LoadResult<Phrasebook> {
        guard !paths.isEmpty else {
            return .failure([.error("L005", "no phrasebook files to load", at: .nowhere)])
        }
        var diagnostics: [Diagnostic] = []
        var merged: Phrasebook?
        var firstLanguage: (language: String, path: String)?
        for path in paths {
            let details = PhrasebookLoader.loadDetailed(path: path)
            diagnostics += details.result.diagnostics
            if let language = details.language {
                if let first = firstLanguage, first.language != language {
                    diagnostics.append(.error(
                        "B008",
                        "this phrasebook is in `\(language)` but \(first.path) is in `\(first.language)`; files merged into one phrasebook share one language",
                        at: details.languageLocation ?? .whole(path)))
                    continue
                }
                if firstLanguage == nil { firstLanguage = (language, path) }
            }
            guard let phrasebook = details.result.value else { continue }
            merged = merged.map { $0.merged(with: phrasebook) } ?? phrasebook
        }
        return LoadResult(value: merged, diagnostics: diagnostics)
    }
}
