import ArgumentParser
import CallSimContent
import CallSimCore
import CallSimTerminal

/// `callsim phrasebook ...`: the phrase categories the rules rely on.
struct PhrasebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phrasebook",
        abstract: "Inspect, check and search with the phrasebooks.",
        subcommands: [PhrasebookListCommand.self, PhrasebookCheckCommand.self, PhrasebookLintCommand.self, PhrasebookScanCommand.self])
}

/// `callsim phrasebook check "TEXT" [--lang L]`.
struct PhrasebookCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Show the phrase categories and phrases found in a line, with their spans.")

    @Argument(help: "The line to check.")
    var text: String

    @Option(help: ArgumentHelp("The phrasebook's language: en, ar or fa.", valueName: "lang"))
    var lang: String = "en"

    @Option(help: ArgumentHelp("Fill {agent} with this name.", valueName: "name"))
    var agent: String?

    @Option(help: ArgumentHelp("Fill {company} with this name.", valueName: "name"))
    var company: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let result = global.contentLibrary().phrasebook(language: lang)
            guard let phrasebook = result.value, !result.hasErrors else {
                throw CLIError("the `\(lang)` phrasebook could not be loaded; run `callsim phrasebook lint` to see why")
            }
            var slots: [String: String] = [:]
            if let agent { slots["agent"] = agent }
            if let company { slots["company"] = company }
            let matcher = PhraseMatcher(phrasebook: phrasebook, slots: slots)
            let line = matcher.match(text)
            let style = TerminalStyle.detect()
            Output.out(style.dim("normalised: \(line.text.joined)"))
            guard !line.matches.isEmpty else {
                Output.out("No phrases found.")
                return
            }
            for match in line.matches {
                let span = "\(match.tokens.lowerBound)-\(match.tokens.upperBound)"
                var row = "\(match.category.padded(to: 26)) \(match.kind.rawValue.padded(to: 12)) \(span.padded(to: 6)) “\(TerminalText.sanitize(line.quote(match)))”  \(style.dim("[\(TerminalText.sanitize(match.pattern))]"))"
                if match.fuzzy { row += style.yellow(" (one typo)") }
                Output.out(row)
            }
        }
    }
}
