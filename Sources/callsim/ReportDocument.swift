import CallSimStore
import Foundation

/// A report ready to be written in any format: the view's data and what was selected.
struct ReportDocument {
    /// The data of one view.
    enum Body {
        case trainee(TraineeReport)
        case scenario(ScenarioReport)
        case cohort(CohortReport)
        case rule(RuleReport)
    }

    var body: Body
    /// The filter's options as given (`--since 2025-01-01`, ...), for the heading.
    var since: String?
    var until: String?
    var mode: String?
    var team: String?
    /// The pass mark the trend chart marks.
    var passMark: Double = 80

    /// `trainee`, `scenario`, `cohort` or `rule`.
    var view: String {
        switch body {
        case .trainee: "trainee"
        case .scenario: "scenario"
        case .cohort: "cohort"
        case .rule: "rule"
        }
    }

    /// The heading: which view, of what (raw text: sanitise or escape before printing).
    var title: String {
        switch body {
        case .trainee(let report): "Trainee \(report.trainee.name)" + (report.trainee.team.map { " (team \($0))" } ?? "")
        case .scenario(let report): "Scenario \(report.scenarioId) — \(report.title)"
        case .cohort: "Cohort" + (team.map { " — team \($0)" } ?? "")
        case .rule(let report): "Rule \(report.rule)"
        }
    }

    /// What the selection covers: `2025-01-01 to 2025-03-31 · exam mode · team North`.
    var selection: String {
        var parts: [String] = []
        switch (since, until) {
        case (nil, nil): parts.append("all dates")
        case (let since?, nil): parts.append("since \(since)")
        case (nil, let until?): parts.append("until \(until)")
        case (let since?, let until?): parts.append("\(since) to \(until)")
        }
        parts.append(mode.map { "\($0) mode" } ?? "all modes")
        if let team, view != "cohort" { parts.append("team \(team)") }
        return parts.joined(separator: " · ")
    }

    /// The figures of the selection.
    var metrics: ContactMetrics? {
        switch body {
        case .trainee(let report): report.metrics
        case .scenario(let report): report.metrics
        case .cohort(let report): report.metrics
        case .rule: nil
        }
    }
}
