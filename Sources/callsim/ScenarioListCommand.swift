import Foundation
import ArgumentParser
import CallSimContent
import CallSimCore
import CallSimTerminal

/// `callsim scenario list [filters] [--format table|json|markdown]`.
struct ScenarioListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the scenarios, bundled and from your libraries.",
        discussion: "Filters combine: `scenario list --direction inbound --temperament angry` lists angry inbound callers.")

    @Option(help: "Only inbound or outbound calls.")
    var direction: CallDirection?

    @Option(help: ArgumentHelp("Only this department (ignoring case).", valueName: "name"))
    var department: String?

    @Option(help: "Only customers of this temperament: angry, chatty, confused, calm or manipulative.")
    var temperament: Temperament?

    @Option(name: [.customLong("language"), .customLong("lang")], help: ArgumentHelp("Only scenarios in this language (en, ar, fa).", valueName: "lang"))
    var language: String?

    @Option(help: "Only easy, medium or hard scenarios.")
    var difficulty: Difficulty?

    @Option(help: "Only phone or chat calls.")
    var channel: CallChannel?

    @Option(help: "table (also: text), json or markdown.")
    var format: ScenarioListFormat = .table

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let (all, diagnostics) = global.contentLibrary().loadScenarios()
            let errors = diagnostics.filter { $0.severity == .error }
            if !errors.isEmpty {
                Output.err("callsim: \(errors.count) scenario problem\(errors.count == 1 ? "" : "s") hide some scenarios; run `callsim scenario lint` to see them")
            }
            let scenarios = all.filter(matches)
            switch format {
            case .json:
                Output.out(try JSONOutput.encode(scenarios.map(ScenarioRow.init)))
            case .markdown:
                Output.out(ScenarioListPresenter.markdown(scenarios))
            case .table, .text:
                guard !scenarios.isEmpty else {
                    Output.out(all.isEmpty ? "No scenarios found." : "No scenarios match these filters.")
                    return
                }
                Output.out(ScenarioListPresenter.table(scenarios, style: TerminalStyle.detect()))
            }
        }
    }

    private func matches(_ scenario: Scenario) -> Bool {
        if let direction, scenario.direction != direction { return false }
        if let department, scenario.department.lowercased() != department.lowercased() { return false }
        if let temperament, scenario.persona.temperament != temperament { return false }
        if let language, scenario.language != language { return false }
        if let difficulty, scenario.difficulty != difficulty { return false }
        if let channel, scenario.channel != channel { return false }
        return true
    }
}

/// How `scenario list` prints.
enum ScenarioListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, text, json, markdown
}

extension CallDirection: ExpressibleByArgument {}
extension CallChannel: ExpressibleByArgument {}
extension Temperament: ExpressibleByArgument {}
extension Difficulty: ExpressibleByArgument {}

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

/// The table and Markdown forms of `scenario list`.
enum ScenarioListPresenter {
    static let header = ["ID", "TITLE", "DIRECTION", "TEMPERAMENT", "DIFFICULTY", "LANGUAGE", "CHANNEL", "DEPARTMENT"]

    static func cells(_ scenario: Scenario) -> [String] {
        [scenario.id, scenario.title, scenario.direction.rawValue, scenario.persona.temperament.rawValue,
         scenario.difficulty.rawValue, scenario.language, scenario.channel.rawValue, scenario.department]
            .map { TerminalText.sanitize($0) }
    }

    static func table(_ scenarios: [Scenario], style: TerminalStyle) -> [String] {
        TextTable(header: header).lines(scenarios.map(cells), style: style) { _, column, text in
            column == 0 ? style.bold(text) : text
        }
    }

    static func markdown(_ scenarios: [Scenario]) -> [String] {
        let escape = { (text: String) in text.replacingOccurrences(of: "|", with: "\\|") }
        let titles = header.map { $0.prefix(1) + $0.dropFirst().lowercased() }
        return ["| " + titles.joined(separator: " | ") + " |", "|" + String(repeating: "---|", count: header.count)]
            + scenarios.map { scenario in
                var row = cells(scenario).map(escape)
                row[0] = "`\(row[0])`"
                return "| " + row.joined(separator: " | ") + " |"
            }
    }
}
