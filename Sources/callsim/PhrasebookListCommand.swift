import ArgumentParser
import CallSimContent
import CallSimCore
import CallSimTerminal

/// `callsim phrasebook list [--lang L] [--format text|json]`.
struct PhrasebookListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the phrase categories of each language, with their kind and number of phrases.")

    @Option(help: ArgumentHelp("Only this language: en, ar or fa (default: every language in the library).", valueName: "lang"))
    var lang: String?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let library = global.contentLibrary()
            let languages = lang.map { [$0] } ?? Self.languages(in: library)
            var rows: [PhrasebookRow] = []
            var broken: [String] = []
            for language in languages {
                let result = library.phrasebook(language: language)
                if result.hasErrors { broken.append(language) }
                guard let book = result.value else { continue }
                rows += book.categories.map { PhrasebookRow(language: language, category: $0) }
            }
            for language in broken {
                Output.err("callsim: the `\(language)` phrasebook has errors; run `callsim phrasebook lint` to see them")
            }
            switch format {
            case .json:
                Output.out(try JSONOutput.encode(rows))
            case .text:
                guard !rows.isEmpty else {
                    Output.out("No phrasebooks found.")
                    return
                }
                let style = TerminalStyle.detect()
                for row in rows {
                    let count = "\(row.phrases) phrase\(row.phrases == 1 ? "" : "s")"
                    Output.out("\(row.language)  \(style.bold(row.id.padded(to: 26))) \(row.kind.padded(to: 12)) \(count.padded(to: 12)) \(style.dim(TerminalText.sanitize(row.summary)))")
                }
            }
            if !broken.isEmpty { throw ExitCode(1) }
        }
    }

    /// The languages with a phrasebook folder in the library, sorted.
    static func languages(in library: ContentLibrary) -> [String] {
        var found = Set<String>()
        for path in library.phrasebookFiles(language: nil) {
            let parts = path.split(separator: "/")
            if parts.count >= 2 { found.insert(String(parts[parts.count - 2])) }
        }
        return found.sorted()
    }
}

/// One category in `phrasebook list --format json`.
struct PhrasebookRow: Encodable {
    var language, id, kind, summary: String
    var phrases: Int
    var path: String?

    init(language: String, category: PhraseCategory) {
        self.language = language
        id = category.id
        kind = category.kind.rawValue
        summary = category.summary
        phrases = category.phrases.count
        path = category.location?.path
    }
}
