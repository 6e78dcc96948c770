import ArgumentParser
import CallSimContent
import CallSimCore
import CallSimTerminal

/// `callsim scenario show ID`: the brief and the structure of one scenario.
struct ScenarioShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a scenario's brief and structure: persona, facts, policy, actions, transfers, beats and triggers.")

    @Argument(help: ArgumentHelp("The scenario id, or the path of a scenario file.", valueName: "id"))
    var scenario: String

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let workspace = ScenarioWorkspace(library: global.contentLibrary())
            let (scenario, _) = try ScenarioLookup(workspace: workspace).scenario(self.scenario)
            switch format {
            case .json: Output.out(try JSONOutput.encode(ScenarioShowJSON(scenario)))
            case .text: Output.out(ScenarioShowPresenter.lines(scenario, style: TerminalStyle.detect()))
            }
        }
    }
}
