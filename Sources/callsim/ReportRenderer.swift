import CallSimStore
import CallSimTerminal
import Foundation

/// Writes a report in the chosen format, to standard output or a file.
enum ReportRenderer {
    /// The whole text of the report.
    static func render(_ document: ReportDocument, format: ReportFormat, style: TerminalStyle) throws -> String {
        switch format {
        case .table: ReportTablePresenter.lines(document, style: style).joined(separator: "\n") + "\n"
        case .csv: ReportCSV.text(document)
        case .json: try ReportJSON.encode(document) + "\n"
        case .html: ReportHTML.page(document)
        }
    }

    /// Prints `text`, or writes it to `path` (replacing the file whole) and says so on standard error.
    static func deliver(_ text: String, to path: String?) throws {
        guard let path else {
            Output.out(text, terminator: "")
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError("cannot write \(path): \((error as NSError).localizedDescription); choose another file with --output")
        }
        Output.err("callsim: wrote \(path)")
    }
}

/// Reports as JSON: the view, the selection and the data, with ISO 8601 dates and sorted keys.
enum ReportJSON {
    /// The document as one JSON object.
    static func encode(_ document: ReportDocument) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        do {
            return String(decoding: try encoder.encode(Envelope(document)), as: UTF8.self)
        } catch {
            throw CLIError("could not write JSON: \(error)")
        }
    }

    /// The top-level object.
    struct Envelope: Encodable {
        struct Selection: Encodable {
            var since, until, mode, team: String?
        }

        var view: String
        var selection: Selection
        var trainee: TraineeReport?
        var scenario: ScenarioReport?
        var cohort: CohortReport?
        var rule: RuleReport?

        init(_ document: ReportDocument) {
            view = document.view
            selection = Selection(since: document.since, until: document.until, mode: document.mode, team: document.team)
            switch document.body {
            case .trainee(let report): trainee = report
            case .scenario(let report): scenario = report
            case .cohort(let report): cohort = report
            case .rule(let report): rule = report
            }
        }
    }
}

/// Reports as CSV: the main table of each view, one row per line.
enum ReportCSV {
    /// The CSV text: calls for a trainee, failing rules for a scenario, trainees for the
    /// cohort and for a rule.
    static func text(_ document: ReportDocument) -> String {
        switch document.body {
        case .trainee(let report):
            return CSVWriter.text(
                header: ["session", "started", "trainee", "scenario", "mode", "outcome", "score", "passed", "reviews"],
                rows: report.calls.map { call in
                    [
                        String(call.id), Timestamps.iso(call.startedAt), report.trainee.name, call.scenarioId ?? call.scenarioTitle,
                        call.mode, call.outcome?.rawValue ?? "incomplete", call.score.map(String.init) ?? "",
                        call.passed.map { $0 ? "yes" : "no" } ?? "", String(call.reviews),
                    ]
                })
        case .scenario(let report):
            return CSVWriter.text(
                header: ["scenario", "rule", "applicable", "failed", "failure rate (%)"],
                rows: report.commonFailures.map {
                    [report.scenarioId, $0.rule, String($0.applicable), String($0.failed), percent($0.failureRate)]
                })
        case .cohort(let report):
            return CSVWriter.text(
                header: ["rank", "trainee", "team", "calls", "best", "average", "pass rate (%)", "last activity"],
                rows: report.rows.map {
                    [
                        String($0.rank), $0.name, $0.team ?? "", String($0.calls), $0.bestScore.map(String.init) ?? "",
                        $0.averageScore.map { String(Int($0.rounded())) } ?? "", $0.passRate.map(percent) ?? "",
                        $0.lastActivity.map(ReportFormatting.day) ?? "",
                    ]
                })
        case .rule(let report):
            return CSVWriter.text(
                header: ["rule", "trainee", "team", "applicable", "failed", "failure rate (%)", "last failed"],
                rows: report.trainees.map {
                    [
                        report.rule, $0.name, $0.team ?? "", String($0.applicable), String($0.failed), percent($0.failureRate),
                        $0.lastFailed.map(ReportFormatting.day) ?? "",
                    ]
                })
        }
    }

    /// A rate as a whole percentage, without the sign: spreadsheets read `83` as a number.
    static func percent(_ fraction: Double) -> String { String(Int((fraction * 100).rounded())) }
}
