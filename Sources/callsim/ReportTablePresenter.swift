import CallSimCore
import CallSimStore
import CallSimTerminal

/// Reports as aligned text for the terminal, coloured when the style allows; every name and
/// word from the database is stripped of terminal control sequences.
enum ReportTablePresenter {
    static func clean(_ text: String) -> String { TerminalText.sanitize(text) }

    /// The report's lines.
    static func lines(_ document: ReportDocument, style: TerminalStyle) -> [String] {
        var lines = [style.bold("Report — \(clean(document.title))"), style.dim(document.selection)]
        if let metrics = document.metrics {
            lines += ReportFormatting.metricsLines(metrics)
        }
        switch document.body {
        case .trainee(let report): lines += trainee(report, passMark: document.passMark, style: style)
        case .scenario(let report): lines += scenario(report, style: style)
        case .cohort(let report): lines += cohort(report, style: style)
        case .rule(let report): lines += rule(report, style: style)
        }
        return lines
    }

    static func trainee(_ report: TraineeReport, passMark: Double, style: TerminalStyle) -> [String] {
        guard !report.calls.isEmpty else { return ["", "No calls in this selection."] }
        var lines = ["", style.bold("Scores")]
        lines += TrendChart.lines(scores: report.calls.compactMap(\.score), passMark: passMark, style: style).map { "  " + $0 }
        lines += ["", style.bold("Calls")]
        let table = TextTable(header: ["id", "when", "scenario", "mode", "outcome", "score", "reviews"], rightAligned: [0, 6])
        lines += table.lines(report.calls.map { call in
            [
                String(call.id), Timestamps.short(call.startedAt), clean(call.scenarioId ?? call.scenarioTitle), call.mode,
                call.outcome?.rawValue ?? "-", ReportFormatting.result(call), call.reviews == 0 ? "" : String(call.reviews),
            ]
        }, style: style) { row, column, text in
            guard column == 5 else { return text }
            let call = report.calls[row]
            return call.isIncomplete ? style.yellow(text) : call.passed == true ? style.green(text) : style.red(text)
        }.map { "  " + $0 }
        if !report.sections.isEmpty {
            lines += ["", style.bold("Sections (average share of points)")]
            for section in report.sections {
                let title = RuleSection(rawValue: section.section)?.title ?? section.section
                let filled = Int((section.percent / 10).rounded())
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: max(0, 10 - filled))
                lines.append("  \(clean(title).padded(to: 24)) \(ReportFormatting.score(section.percent).leftPadded(to: 3))%  \(bar)")
            }
        }
        lines += weakest(report.weakestRules, title: "Weakest rules", style: style)
        lines += reviewed(report.reviewedVerdicts, style: style)
        if !report.notes.isEmpty {
            lines += ["", style.bold("Coaching notes")]
            lines += report.notes.map { "  session \($0.sessionId) — \(clean($0.reviewer)): \(clean($0.note))" }
        }
        return lines
    }

    static func scenario(_ report: ScenarioReport, style: TerminalStyle) -> [String] {
        var lines = ["Trainees \(report.trainees)"]
        guard report.metrics.calls > 0 else { return lines + ["", "No calls of this scenario in this selection."] }
        lines += ["", style.bold("Scores") + style.dim("  0–9 … 90–100: ") + Sparkline.line(report.scoreBuckets.map(Double.init))
            + style.dim("  (\(report.scoreBuckets.map(String.init).joined(separator: " ")))")]
        lines += weakest(report.commonFailures, title: "Most common failures", style: style)
        return lines
    }

    static func cohort(_ report: CohortReport, style: TerminalStyle) -> [String] {
        guard !report.rows.isEmpty else { return ["", "No trainees yet. Practise a call with: callsim practice --as NAME"] }
        let table = TextTable(
            header: ["rank", "trainee", "team", "calls", "best", "average", "pass rate", "last activity"],
            rightAligned: [0, 3, 4, 5, 6])
        return [""] + table.lines(report.rows.map { row in
            [
                String(row.rank), clean(row.name), clean(row.team ?? ""), String(row.calls), row.bestScore.map(String.init) ?? "-",
                ReportFormatting.score(row.averageScore), ReportFormatting.percent(row.passRate), ReportFormatting.day(row.lastActivity),
            ]
        }, style: style) { row, column, text in
            column == 1 && row < 3 && report.rows[row].averageScore != nil ? style.bold(text) : text
        }
    }

    static func rule(_ report: RuleReport, style: TerminalStyle) -> [String] {
        let question = RuleCatalogue.rule(report.rule)?.question ?? ""
        var lines = [
            style.dim(question),
            "Applied in \(report.applicable) call\(report.applicable == 1 ? "" : "s") · failed \(report.failed) (\(ReportFormatting.percent(report.applicable == 0 ? nil : report.failureRate)))",
        ]
        guard !report.trainees.isEmpty else { return lines + ["", "No call in this selection where this rule applied."] }
        let table = TextTable(header: ["trainee", "team", "failed", "of", "rate", "last failed"], rightAligned: [2, 3, 4])
        lines += [""] + table.lines(report.trainees.map { row in
            [
                clean(row.name), clean(row.team ?? ""), String(row.failed), String(row.applicable),
                ReportFormatting.percent(row.failureRate), ReportFormatting.day(row.lastFailed),
            ]
        }, style: style) { row, column, text in
            column == 4 && report.trainees[row].failed > 0 ? style.red(text) : text
        }
        if !report.examples.isEmpty {
            lines += ["", style.bold("Words that failed it, most recent first")]
            lines += report.examples.map { "  " + ReportFormatting.example($0, clean: clean) }
        }
        lines += reviewed(report.reviewedVerdicts, style: style)
        return lines
    }

    /// Rules with their failure counts and example words.
    static func weakest(_ failures: [RuleFailures], title: String, style: TerminalStyle) -> [String] {
        guard !failures.isEmpty else { return [] }
        var lines = ["", style.bold(title)]
        let table = TextTable(header: ["rule", "failed", "of", "rate"], rightAligned: [1, 2, 3])
        let rows = failures.map { [$0.rule, String($0.failed), String($0.applicable), ReportFormatting.percent($0.failureRate)] }
        for (index, line) in table.lines(rows, style: style).enumerated() {
            lines.append("  " + line)
            guard index > 0 else { continue }
            for example in failures[index - 1].examples {
                lines.append("      " + style.dim(ReportFormatting.example(example, clean: clean)))
            }
        }
        return lines
    }

    /// Trainers' verdicts beside the automatic ones.
    static func reviewed(_ comparisons: [ReviewComparison], style: TerminalStyle) -> [String] {
        guard !comparisons.isEmpty else { return [] }
        let table = TextTable(header: ["session", "rule", "automatic", "trainer", "reviewer", ""], rightAligned: [0])
        return ["", style.bold("Trainer reviews: automatic and trainer verdicts side by side")] + table.lines(comparisons.map {
            [
                String($0.sessionId), $0.rule, $0.automatic?.rawValue ?? "-", $0.trainer.rawValue, clean($0.reviewer),
                $0.automatic == $0.trainer ? "" : "differs",
            ]
        }, style: style) { _, column, text in column == 5 ? style.yellow(text) : text }.map { "  " + $0 }
    }
}
