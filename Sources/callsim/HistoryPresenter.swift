import CallSimStore
import CallSimTerminal

/// The table of `callsim history`.
enum HistoryPresenter {
    static func lines(_ sessions: [SessionSummary], trainee: String, style: TerminalStyle, interviews: [Int64: InterviewTally] = [:]) -> [String] {
        guard !sessions.isEmpty else { return ["No calls recorded for \(TerminalText.sanitize(trainee)) yet."] }
        let interviewCount = sessions.filter { $0.kind == CallStore.interviewKind }.count
        var lines = [style.bold("\(interviewCount > 0 ? "Sessions" : "Calls") of \(TerminalText.sanitize(trainee))")]
        let header = ["id", "when", "scenario", "mode", "outcome", "score"]
        var rows: [[String]] = []
        for session in sessions {
            if session.kind == CallStore.interviewKind {
                rows.append(InterviewHistoryRow.cells(session, tally: interviews[session.id]))
                continue
            }
            let score: String
            if session.isIncomplete {
                score = "incomplete"
            } else if let value = session.score {
                score = "\(value) \(session.passed == true ? "pass" : "fail")"
            } else {
                score = "-"
            }
            rows.append([
                String(session.id), Timestamps.short(session.startedAt), TerminalText.sanitize(session.scenarioId ?? session.scenarioTitle),
                session.mode, session.isIncomplete ? "-" : (session.outcome?.rawValue ?? "-"), score,
            ])
        }
        let widths = header.indices.map { column in max(header[column].count, rows.map { $0[column].unicodeScalars.count }.max() ?? 0) }
        func format(_ row: [String]) -> String {
            row.enumerated().map { column, cell in
                let pad = widths[column] - cell.unicodeScalars.count
                return cell + String(repeating: " ", count: max(0, pad))
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        lines.append(style.dim(format(header)))
        for (row, session) in zip(rows, sessions) {
            let line = format(row)
            lines.append(session.isIncomplete ? style.yellow(line) : line)
        }
        let calls = sessions.count - interviewCount
        let counted = "\(calls) call\(calls == 1 ? "" : "s")" + (interviewCount > 0 ? ", \(interviewCount) interview\(interviewCount == 1 ? "" : "s")" : "")
        lines.append(style.dim("\(counted). See one with: callsim show ID"))
        return lines
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.hasSuffix(" ") { copy.removeLast() }
        return copy
    }
}
