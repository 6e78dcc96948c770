import CallSimCore
import CallSimStore

/// The body of each report view in HTML.
enum ReportHTMLViews {
    static func trainee(_ report: TraineeReport, passMark: Double) -> String {
        guard !report.calls.isEmpty else { return "<p>No calls in this selection.</p>\n" }
        var html = "<h2>Scores</h2>\n" + ReportSVG.scoreTrend(report.calls.compactMap(\.score), passMark: passMark) + "\n"
        if !report.sections.isEmpty {
            html += "<h2>Sections</h2>\n" + ReportSVG.bars(
                report.sections.map {
                    (RuleSection(rawValue: $0.section)?.title ?? $0.section, $0.percent, "\(ReportFormatting.score($0.percent))%", $0.percent < passMark)
                }, maximum: 100, title: "Average share of points per section") + "\n"
        }
        html += "<h2>Calls</h2>\n" + ReportHTML.table(
            ["session", "when", "scenario", "mode", "outcome", "score", "reviews"],
            report.calls.map {
                [
                    String($0.id), Timestamps.short($0.startedAt), $0.scenarioId ?? $0.scenarioTitle, $0.mode,
                    $0.outcome?.rawValue ?? "-", ReportFormatting.result($0), $0.reviews == 0 ? "" : String($0.reviews),
                ]
            }, numeric: [0, 6]) { row in
                report.calls[row].isIncomplete ? nil : report.calls[row].passed == true ? "pass" : "fail"
            }
        html += failures(report.weakestRules, title: "Weakest rules")
        html += reviewed(report.reviewedVerdicts)
        if !report.notes.isEmpty {
            html += "<h2>Coaching notes</h2>\n"
            for note in report.notes {
                html += "<p class=\"muted\">Session \(note.sessionId) — \(ReportHTML.escape(note.reviewer))</p><blockquote>\(ReportHTML.escape(note.note))</blockquote>\n"
            }
        }
        return html
    }

    static func scenario(_ report: ScenarioReport, passMark: Double) -> String {
        var html = "<p>\(report.trainees) trainee\(report.trainees == 1 ? "" : "s") called this scenario in the selection.</p>\n"
        guard report.metrics.calls > 0 else { return html + "<p>No calls of this scenario in this selection.</p>\n" }
        html += "<h2>Scores</h2>\n" + ReportSVG.histogram(report.scoreBuckets, passMark: passMark) + "\n"
        html += failures(report.commonFailures, title: "Most common failures")
        return html
    }

    static func cohort(_ report: CohortReport) -> String {
        guard !report.rows.isEmpty else { return "<p>No trainees yet.</p>\n" }
        let scored = report.rows.filter { $0.averageScore != nil }.prefix(25)
        var html = ""
        if !scored.isEmpty {
            html += "<h2>Average score\(report.rows.count > scored.count ? ", top \(scored.count)" : "")</h2>\n" + ReportSVG.bars(
                scored.map { ($0.name, $0.averageScore ?? 0, "\(ReportFormatting.score($0.averageScore)) · \(ReportFormatting.percent($0.passRate)) pass", ($0.averageScore ?? 0) < 80) },
                maximum: 100, title: "Average score per trainee") + "\n"
        }
        html += "<h2>Trainees</h2>\n" + ReportHTML.table(
            ["rank", "trainee", "team", "calls", "best", "average", "pass rate", "last activity"],
            report.rows.map {
                [
                    String($0.rank), $0.name, $0.team ?? "", String($0.calls), $0.bestScore.map(String.init) ?? "-",
                    ReportFormatting.score($0.averageScore), ReportFormatting.percent($0.passRate), ReportFormatting.day($0.lastActivity),
                ]
            }, numeric: [0, 3, 4, 5, 6])
        return html
    }

    static func rule(_ report: RuleReport) -> String {
        var html = "<p>\(ReportHTML.escape(RuleCatalogue.rule(report.rule)?.question ?? ""))</p>\n"
        html += "<p>Applied in \(report.applicable) calls; failed \(report.failed) (\(ReportFormatting.percent(report.applicable == 0 ? nil : report.failureRate))).</p>\n"
        guard !report.trainees.isEmpty else { return html + "<p>No call in this selection where this rule applied.</p>\n" }
        let top = report.trainees.prefix(20)
        html += "<h2>Failure rate\(report.trainees.count > top.count ? ", the \(top.count) who fail it most" : "")</h2>\n" + ReportSVG.bars(
            top.map { ($0.name, $0.failureRate * 100, "\($0.failed) of \($0.applicable)", $0.failureRate > 0.2) },
            maximum: 100, title: "Failure rate per trainee") + "\n"
        html += "<h2>Trainees</h2>\n" + ReportHTML.table(
            ["trainee", "team", "failed", "of", "rate", "last failed"],
            report.trainees.map {
                [$0.name, $0.team ?? "", String($0.failed), String($0.applicable), ReportFormatting.percent($0.failureRate), ReportFormatting.day($0.lastFailed)]
            }, numeric: [2, 3, 4])
        if !report.examples.isEmpty {
            html += "<h2>Words that failed it</h2>\n<ul>"
            html += report.examples.map { "<li>\(ReportHTML.escape(ReportFormatting.example($0) { $0 }))</li>" }.joined()
            html += "</ul>\n"
        }
        return html + reviewed(report.reviewedVerdicts)
    }

    static func failures(_ failures: [RuleFailures], title: String) -> String {
        guard !failures.isEmpty else { return "" }
        var html = "<h2>\(ReportHTML.escape(title))</h2>\n" + ReportSVG.bars(
            failures.map { ($0.rule, $0.failureRate * 100, "\($0.failed) of \($0.applicable)", true) }, maximum: 100, title: title)
        html += ReportHTML.table(
            ["rule", "failed", "of", "rate", "words that failed it"],
            failures.map {
                [
                    $0.rule, String($0.failed), String($0.applicable), ReportFormatting.percent($0.failureRate),
                    $0.examples.map { ReportFormatting.example($0) { $0 } }.joined(separator: "  "),
                ]
            }, numeric: [1, 2, 3])
        return html
    }

    static func reviewed(_ comparisons: [ReviewComparison]) -> String {
        guard !comparisons.isEmpty else { return "" }
        return "<h2>Trainer reviews: automatic and trainer verdicts side by side</h2>\n" + ReportHTML.table(
            ["session", "rule", "automatic", "trainer", "reviewer"],
            comparisons.map { [String($0.sessionId), $0.rule, $0.automatic?.rawValue ?? "-", $0.trainer.rawValue, $0.reviewer] },
            numeric: [0]) { row in comparisons[row].automatic == comparisons[row].trainer ? nil : "differs" }
    }
}
