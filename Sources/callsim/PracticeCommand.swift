import ArgumentParser
import CallSimCore

/// `callsim practice [SCENARIO] [--as NAME] [--seed N] [--mode coach|exam]`.
struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Practise a call against a scripted customer.",
        discussion: """
            Without a scenario, a numbered menu of the scenarios is shown. The call is recorded \
            turn by turn; at the end a QA scorecard explains every point. Pipe lines in for a \
            scripted, deterministic session: printf 'Hello...\\n/end\\n' | callsim practice ID --seed 7
            """)

    @Argument(help: "The scenario id (see `callsim scenario list`).")
    var scenario: String?

    @OptionGroup var trainee: TraineeOption

    @Option(help: ArgumentHelp("The seed for the customer's choices; the same seed and lines give the same call.", valueName: "n"))
    var seed: UInt64?

    @Option(help: "coach: sparse nudges and /hint; exam: nothing until the scorecard.")
    var mode: PracticeMode = .coach

    @Option(help: ArgumentHelp("Only offer scenarios in this language in the menu (en, ar, fa).", valueName: "lang"))
    var lang: String?

    @Option(help: "How to print the scorecard: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if mode == .grade { throw ValidationError("--mode must be coach or exam") }
    }

    func run() throws {
        try reportingErrors {
            let runner = PracticeRunner(
                scenarioID: scenario, trainee: trainee.name, seed: seed ?? UInt64.random(in: 1...999_999),
                mode: mode, language: lang, format: format, global: global)
            try runner.run()
        }
    }
}

extension PracticeMode: ExpressibleByArgument {}

/// Text for people, JSON for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
