import ArgumentParser
import CallSimCore
import CallSimStore
import CallSimTerminal
import Foundation

/// `callsim report [--trainee NAME|--scenario ID|--cohort|--rule ID] [filters] [--format ...]`.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Progress reports for trainers: a trainee, a scenario, the cohort, or a rule.",
        discussion: """
            Choose one view: --trainee NAME (every call, a trend chart, pass rate, sections, the \
            weakest rules with the words that failed them, trainers' verdicts and notes), --scenario ID \
            (average score, pass rate, abandonment, the most common failures), --cohort (every \
            trainee ranked; the default), or --rule ID (who fails it and how often). Each shows \
            the contact-centre figures of the calls selected: AHT, FCR, abandonment, CSAT and hold. \
            --format html writes one self-contained page with charts that opens offline.
            """)

    @Option(help: ArgumentHelp("One trainee's progress.", valueName: "name"))
    var trainee: String?

    @Option(help: ArgumentHelp("One scenario's results.", valueName: "id"))
    var scenario: String?

    @Flag(help: "Every trainee, ranked (the default view).")
    var cohort = false

    @Option(help: ArgumentHelp("Who fails one rule, and how often.", valueName: "id"))
    var rule: String?

    @Option(help: ArgumentHelp("Only calls from this day on (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only calls up to and including this day (YYYY-MM-DD).", valueName: "date"))
    var until: String?

    @Option(help: ArgumentHelp("Only calls in this mode: coach, exam or grade.", valueName: "mode"))
    var mode: PracticeMode?

    @Option(help: ArgumentHelp("Only trainees of this team.", valueName: "team"))
    var team: String?

    @Option(help: "table, csv, json or html.")
    var format: ReportFormat = .table

    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        let views = [trainee != nil, scenario != nil, cohort, rule != nil].filter { $0 }.count
        if views > 1 { throw ValidationError("choose one view: --trainee, --scenario, --cohort or --rule") }
    }

    func run() throws {
        try reportingErrors {
            let bounds = try ReportDates.bounds(since: since, until: until)
            if let rule, RuleCatalogue.rule(rule) == nil {
                throw CLIError("no rule `\(TerminalText.sanitize(rule))`; the rules are: \(RuleCatalogue.ids.joined(separator: ", "))")
            }
            let store = try global.openStore()
            let filter = ReportFilter(since: bounds.since, until: bounds.until, mode: mode?.rawValue, team: team)
            let document: ReportDocument
            do {
                document = try build(store: store, filter: filter)
                if let team, !(try store.teams().contains { $0.caseInsensitiveCompare(team) == .orderedSame }) {
                    Output.err("callsim: note: no trainee is in team `\(TerminalText.sanitize(team))`; `callsim trainee list` shows the teams")
                }
            } catch let error as StoreError {
                throw CLIError(error.description)
            }
            let text = try ReportRenderer.render(document, format: format, style: output == nil ? TerminalStyle.detect() : .plain)
            try ReportRenderer.deliver(text, to: output)
        }
    }

    /// Reads the chosen view from the store.
    private func build(store: CallStore, filter: ReportFilter) throws -> ReportDocument {
        let body: ReportDocument.Body
        if let trainee {
            body = .trainee(try store.traineeReport(trainee, filter: filter))
        } else if let scenario {
            body = .scenario(try scenarioReport(scenario, store: store, filter: filter))
        } else if let rule {
            body = .rule(try store.ruleReport(rule, filter: filter))
        } else {
            body = .cohort(try store.cohortReport(filter: filter))
        }
        return ReportDocument(body: body, since: since, until: until, mode: mode?.rawValue, team: team)
    }

    /// The scenario's report; an empty one for a scenario in the library that nobody has called yet.
    private func scenarioReport(_ id: String, store: CallStore, filter: ReportFilter) throws -> ScenarioReport {
        if let report = try store.scenarioReport(id, filter: filter) { return report }
        guard let known = global.contentLibrary().loadScenarios().scenarios.first(where: { $0.id == id }) else {
            throw CLIError("no scenario `\(TerminalText.sanitize(id))` in the library or the records; `callsim scenario list` shows the installed ones")
        }
        return ScenarioReport(
            scenarioId: id, title: known.title, trainees: 0, metrics: try store.metrics(filter: filter, scenarioId: id),
            commonFailures: [], scoreBuckets: Array(repeating: 0, count: 10))
    }
}

/// How `report` writes.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json, html
}
