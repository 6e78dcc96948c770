import ArgumentParser
import CallSimCore
import CallSimStore
import CallSimTerminal
import Foundation

/// `callsim calibrate [--reviewer NAME] [--since DATE] [--until DATE] [--format table|json]`.
struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "How far trainers' verdicts agree with the automatic ones, and with each other.",
        discussion: """
            Over every reviewed call: agreement per rule and Cohen's kappa, the rules where verdicts \
            differ most first, each held against the QA target: 90% for objective rules, 80% for \
            subjective ones (docs/reports.md says which are which). Calls reviewed by several trainers \
            are compared between trainers too.
            """)

    @Option(help: ArgumentHelp("Only this reviewer's verdicts.", valueName: "name"))
    var reviewer: String?

    @Option(help: ArgumentHelp("Only calls from this day on (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only calls up to and including this day (YYYY-MM-DD).", valueName: "date"))
    var until: String?

    @Option(help: "table or json.")
    var format: CalibrationFormat = .table

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let bounds = try ReportDates.bounds(since: since, until: until)
            let store = try global.openStore()
            let comparisons: [ReviewComparison]
            do {
                if let reviewer, !(try store.reviewers().contains { $0.caseInsensitiveCompare(reviewer.trimmingCharacters(in: .whitespaces)) == .orderedSame }) {
                    let known = try store.reviewers().map { TerminalText.sanitize($0) }
                    throw CLIError("no reviews by `\(TerminalText.sanitize(reviewer))`; "
                        + (known.isEmpty ? "no call has been reviewed yet: callsim review SESSION" : "the reviewers are: \(known.joined(separator: ", "))"))
                }
                comparisons = try store.reviewComparisons(filter: ReportFilter(since: bounds.since, until: bounds.until), reviewer: reviewer)
            } catch let error as StoreError {
                throw CLIError(error.description)
            }
            let result = CalibrationResult(comparisons: comparisons, reviewerFilter: reviewer)
            switch format {
            case .json:
                Output.out(try JSONOutput.encode(result))
            case .table:
                Output.out(CalibrationPresenter.lines(result, style: TerminalStyle.detect()))
            }
        }
    }
}

/// How `calibrate` prints.
enum CalibrationFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// Calibration of trainers against the automatic verdicts, and of trainers against each other.
struct CalibrationResult: Encodable {
    /// Verdicts compared with the automatic ones.
    var verdicts: Int
    /// Calls reviewed.
    var calls: Int
    /// Reviewers whose verdicts were compared.
    var reviewers: [String]
    /// Trainer against automatic.
    var againstAutomatic: Calibration
    /// Trainer against trainer, on calls reviewed by several.
    var betweenReviewers: Calibration

    init(comparisons: [ReviewComparison], reviewerFilter: String?) {
        let judged = comparisons.compactMap { c in c.automatic.map { VerdictPair(rule: c.rule, first: $0, second: c.trainer) } }
        verdicts = judged.count
        calls = Set(comparisons.map(\.sessionId)).count
        reviewers = Array(Set(comparisons.map(\.reviewer))).sorted { $0.lowercased() < $1.lowercased() }
        againstAutomatic = Calibration(pairs: judged)
        var pairs: [VerdictPair] = []
        let byItem = Dictionary(grouping: comparisons) { "\($0.sessionId) \($0.rule)" }
        for key in byItem.keys.sorted() {
            let group = (byItem[key] ?? []).sorted { $0.reviewer.lowercased() < $1.reviewer.lowercased() }
            for i in group.indices {
                for j in group.indices where j > i {
                    pairs.append(VerdictPair(rule: group[i].rule, first: group[i].trainer, second: group[j].trainer))
                }
            }
        }
        betweenReviewers = Calibration(pairs: reviewerFilter == nil ? pairs : [])
    }
}

/// The calibration tables.
enum CalibrationPresenter {
    static func lines(_ result: CalibrationResult, style: TerminalStyle) -> [String] {
        guard result.verdicts > 0 || result.betweenReviewers.overall.items > 0 else {
            return ["No trainer verdicts to compare yet. Review a call with: callsim review SESSION --rule RULE=fail --reviewer NAME"]
        }
        var lines = [
            style.bold("Calibration — trainers' verdicts against the automatic ones"),
            style.dim("\(result.verdicts) verdict\(result.verdicts == 1 ? "" : "s") on \(result.calls) reviewed call\(result.calls == 1 ? "" : "s") by \(result.reviewers.map { TerminalText.sanitize($0) }.joined(separator: ", "))"),
        ]
        lines += section(result.againstAutomatic, style: style)
        if result.betweenReviewers.overall.items > 0 {
            lines += ["", style.bold("Between reviewers (calls reviewed by more than one trainer)")]
            lines += section(result.betweenReviewers, style: style)
        }
        lines += ["", style.dim("Targets: 90% agreement on objective rules, 80% on subjective ones. Kappa: 1 is perfect, 0 is chance.")]
        return lines
    }

    static func section(_ calibration: Calibration, style: TerminalStyle) -> [String] {
        let overall = calibration.overall
        var lines = ["Overall agreement \(ReportFormatting.percent(overall.observed)) · kappa \(kappa(overall.kappa)) · \(overall.items) verdict\(overall.items == 1 ? "" : "s")", ""]
        let table = TextTable(header: ["rule", "kind", "verdicts", "agree", "kappa", "target", ""], rightAligned: [2, 3, 4, 5])
        lines += table.lines(calibration.rules.map {
            [
                $0.rule, $0.objectivity.rawValue, String($0.agreement.items), ReportFormatting.percent($0.agreement.observed),
                kappa($0.agreement.kappa), ReportFormatting.percent($0.target), $0.belowTarget ? "below target" : "",
            ]
        }, style: style) { row, column, text in
            guard column == 6 || column == 3 else { return text }
            return calibration.rules[row].belowTarget ? style.red(text) : style.green(text)
        }.map { "  " + $0 }
        return lines
    }

    static func kappa(_ value: Double?) -> String {
        guard let value else { return "-" }
        return String(format: "%.2f", value)
    }
}
