import ArgumentParser
import CallSimContent
import CallSimCore
import Foundation

/// `callsim drill lint [PATH...]`: checks flashcard decks.
struct DrillLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check flashcard decks and report every problem.",
        discussion: """
            Without paths, every deck in the library (decks/<language>/*.yaml) is checked. "Say it \
            better" cards are checked against their language's phrasebook: the front must be \
            discouraged wording and `better` must name recommended categories. Problems are \
            printed on standard error as path:line:col: error[CODE]: message; the exit status is \
            1 when any file has an error.
            """)

    @Argument(help: ArgumentHelp("Deck files (default: every deck in the library).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let library = global.contentLibrary()
            let files = paths.isEmpty ? library.deckFiles(language: nil) : paths
            var phrasebooks: [String: Phrasebook] = [:]
            var diagnostics: [Diagnostic] = paths.isEmpty ? library.diagnostics : []
            for path in files {
                let language = DeckLoader.declaredLanguage(path: path) ?? "en"
                if phrasebooks[language] == nil, ["en", "ar", "fa"].contains(language) {
                    phrasebooks[language] = library.phrasebook(language: language).value
                }
                diagnostics += DeckLoader.load(path: path, phrasebook: phrasebooks[language]).diagnostics
            }
            try LintReport.finish(diagnostics, checked: files.count, noun: "deck")
        }
    }
}
