import ArgumentParser

/// `callsim scenario ...`: the scenario library and the tools for writing scenarios.
struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "List, inspect, check, test and write scenarios.",
        discussion: """
            Scenarios are YAML files under scenarios/ in the bundled library and in each --library \
            folder (or CALLSIM_LIBRARY). docs/scenarios.md describes the format, docs/testplans.md \
            the test plans, and docs/diagnostics.md every problem `lint` reports.
            """,
        subcommands: [
            ScenarioListCommand.self, ScenarioShowCommand.self, ScenarioLintCommand.self, ScenarioTestCommand.self,
            ScenarioGraphCommand.self, ScenarioNewCommand.self, ScenarioSchemaCommand.self,
        ])
}
