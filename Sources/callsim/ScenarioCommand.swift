import ArgumentParser
import CallSimContent
import CallSimCore
import CallSimTerminal

/// `callsim scenario ...`: the scenario library.
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "List and inspect the scenarios.",
        subcommands: [ScenarioListCommand.self])
}

/// `callsim scenario list`.
struct ScenarioListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the scenarios, bundled and from your libraries.")

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let (scenarios, diagnostics) = global.contentLibrary().loadScenarios()
            let errors = diagnostics.filter { $0.severity == .error }
            if !errors.isEmpty {
                Output.err("callsim: \(errors.count) scenario problem\(errors.count == 1 ? "" : "s") hide some scenarios; run `callsim scenario lint` to see them")
            }
            switch format {
            case .json:
                Output.out(try JSONOutput.encode(scenarios.map(ScenarioRow.init)))
            case .text:
                let style = TerminalStyle.detect()
                guard !scenarios.isEmpty else {
                    Output.out("No scenarios found.")
                    return
                }
                for scenario in scenarios {
                    let kind = "\(scenario.direction.rawValue) · \(scenario.persona.temperament.rawValue) · \(scenario.difficulty.rawValue) · \(scenario.language) · \(scenario.channel.rawValue)"
                    Output.out("\(style.bold(scenario.id.padded(to: 30))) \(TerminalText.sanitize(scenario.title))  \(style.dim(kind))")
                }
            }
        }
    }
}

/// One scenario in `scenario list --format json`.
struct ScenarioRow: Encodable {
    var id, title, language, channel, direction, department, difficulty, temperament, path: String

    init(_ scenario: Scenario) {
        id = scenario.id
        title = scenario.title
        language = scenario.language
        channel = scenario.channel.rawValue
        direction = scenario.direction.rawValue
        department = scenario.department
        difficulty = scenario.difficulty.rawValue
        temperament = scenario.persona.temperament.rawValue
        path = scenario.path
    }
}
