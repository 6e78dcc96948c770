import CallSimContent
import CallSimCore
import Foundation

/// The bundled phrasebooks, loaded from the repository for tests that judge real phrasing.
enum BundledPhrasebooks {
    /// The repository's root, found from this file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The languages callsim ships phrasebooks for.
    static let languages = ["en", "ar", "fa"]

    /// Loading the phrasebook of `language`: the merged phrasebook and every problem found.
    static func result(_ language: String) -> LoadResult<Phrasebook> {
        let folder = root.appendingPathComponent("phrasebooks/\(language)")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0).path }
        return PhrasebookLibrary.load(paths: files)
    }

    /// The merged phrasebook of `language`, or nil when it does not load cleanly.
    static func load(_ language: String) -> Phrasebook? {
        let loaded = result(language)
        return loaded.hasErrors ? nil : loaded.value
    }

    /// Each language's phrasebook, loaded once.
    static let cache: [String: Phrasebook] = Dictionary(uniqueKeysWithValues: languages.compactMap { language in
        load(language).map { (language, $0) }
    })

    /// Each language's phrasebook compiled once, shared by the tests' calls (slots are filled per call).
    static let matchers: [String: PhraseMatcher] = cache.mapValues { PhraseMatcher(phrasebook: $0) }
}
