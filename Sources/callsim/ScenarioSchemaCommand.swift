import ArgumentParser
import CallSimContent

/// `callsim scenario schema [--testplan] [--format json|markdown]`: the file formats.
struct ScenarioSchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of scenario files (or test plans), for editors.",
        discussion: """
            The schema (draft 2020-12) is generated from the same description of the keys the \
            loader reads. With the YAML language server (VS Code's YAML extension, and others), \
            save it and add a first line to a scenario: \
            # yaml-language-server: $schema=./scenario.schema.json \
            --format markdown prints the key reference of docs/scenarios.md (docs/testplans.md).
            """)

    @Flag(help: "The test plan format instead of the scenario format.")
    var testplan = false

    @Option(help: "json (the JSON Schema) or markdown (the key reference).")
    var format: SchemaFormat = .json

    func run() throws {
        switch (format, testplan) {
        case (.json, false): Output.out(FormatDocuments.scenarioSchema(), terminator: "")
        case (.json, true): Output.out(FormatDocuments.testPlanSchema(), terminator: "")
        case (.markdown, false): Output.out(FormatDocuments.scenarioReference(), terminator: "")
        case (.markdown, true): Output.out(FormatDocuments.testPlanReference(), terminator: "")
        }
    }
}

/// What `scenario schema` prints.
enum SchemaFormat: String, ExpressibleByArgument, CaseIterable {
    case json, markdown
}
