import ArgumentParser
import CallSimContent
import CallSimCore
import CallSimTerminal

/// `callsim scenario graph ID --format dot|mermaid`: the beats and their transitions.
struct ScenarioGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw a scenario's beats and transitions (Graphviz DOT or Mermaid).",
        discussion: """
            Edges are labelled with the trigger's condition. The start is marked; beats that resolve \
            the call are double-bordered (green), hang-ups red; beats nothing reaches are dashed and \
            triggers that can never fire dotted. Render DOT with Graphviz: \
            callsim scenario graph ID | dot -Tsvg > graph.svg
            """)

    @Argument(help: ArgumentHelp("The scenario id, or the path of a scenario file.", valueName: "id"))
    var scenario: String

    @Option(help: "dot or mermaid.")
    var format: GraphFormat = .dot

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let workspace = ScenarioWorkspace(library: global.contentLibrary())
            let (scenario, _) = try ScenarioLookup(workspace: workspace).scenario(self.scenario)
            let graph = ScenarioGraph(scenario: scenario)
            // Names and conditions come from the file: no terminal control sequences in the output.
            Output.out(TerminalText.sanitize(format == .dot ? graph.dot : graph.mermaid, keepingNewlines: true))
        }
    }
}

/// The graph languages `scenario graph` writes.
enum GraphFormat: String, ExpressibleByArgument, CaseIterable {
    case dot, mermaid
}
