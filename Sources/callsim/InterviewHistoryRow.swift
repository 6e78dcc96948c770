import CallSimStore
import CallSimTerminal

/// An interview's row in `callsim history`: the bank, the mode, whether it was finished, and
/// how many questions were answered with how many talking points covered (never a score).
enum InterviewHistoryRow {
    /// The cells under id, when, scenario, mode, outcome and score.
    static func cells(_ session: SessionSummary, tally: InterviewTally?) -> [String] {
        let outcome: String
        if session.isIncomplete {
            outcome = "-"
        } else {
            outcome = session.outcome == .abandoned ? "left early" : "finished"
        }
        var figures = session.isIncomplete ? "incomplete" : "-"
        if let tally {
            figures = "\(tally.answered) answered"
            if tally.pointsTotal > 0 { figures += ", \(tally.pointsCovered)/\(tally.pointsTotal) points" }
            if session.isIncomplete { figures += " (incomplete)" }
        }
        return [
            String(session.id), Timestamps.short(session.startedAt), TerminalText.sanitize(session.scenarioId ?? session.scenarioTitle),
            "\(session.mode) interview", outcome, figures,
        ]
    }
}
