import ArgumentParser
import CallSimContent
import CallSimCore
import Foundation

/// `callsim phrasebook lint [PATH...]`: checks phrasebooks.
struct PhrasebookLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check phrasebooks and report every problem.",
        discussion: """
            Without paths, every phrasebook in the library (phrasebooks/<language>/*.yaml) is \
            checked, each language's files together; with paths, those files, grouped by their \
            language. Besides what stops a phrasebook loading (bad YAML, bad patterns), lint \
            reports duplicate phrases, phrases shadowed by others of their category, discouraged \
            phrases that always contain a recommended one and the reverse, and words that can \
            never be matched. Problems are printed on standard error as \
            path:line:col: error|warning[CODE]: message, with the line and a caret; the exit \
            status is 1 when any file has an error.
            """)

    @Argument(help: ArgumentHelp("Phrasebook files (default: every phrasebook in the library).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let library = global.contentLibrary()
            let groups = paths.isEmpty ? Self.libraryGroups(library) : Self.groups(of: paths)
            var diagnostics: [Diagnostic] = paths.isEmpty ? library.diagnostics : []
            for files in groups { diagnostics += PhrasebookLint.check(paths: files) }
            try LintReport.finish(diagnostics, checked: groups.reduce(0) { $0 + $1.count }, noun: "phrasebook file")
        }
    }

    /// The library's phrasebook files, one group per language folder.
    static func libraryGroups(_ library: ContentLibrary) -> [[String]] {
        PhrasebookListCommand.languages(in: library).map { library.phrasebookFiles(language: $0) }.filter { !$0.isEmpty }
    }

    /// The given files grouped by the language they declare (in the order first seen); a file
    /// whose language cannot be read is a group of its own, so its problems are reported.
    static func groups(of paths: [String]) -> [[String]] {
        var order: [String] = []
        var byLanguage: [String: [String]] = [:]
        var alone: [[String]] = []
        for path in paths {
            guard let language = PhrasebookLoader.load(path: path).value?.language, !language.isEmpty else {
                alone.append([path])
                continue
            }
            if byLanguage[language] == nil { order.append(language) }
            byLanguage[language, default: []].append(path)
        }
        return order.compactMap { byLanguage[$0] } + alone
    }
}
