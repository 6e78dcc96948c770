import CallSimStore
import CallSimTerminal
import Foundation

/// How report figures are written, the same in every format that shows them to people.
enum ReportFormatting {
    /// `83%`, or `-` for no figure.
    static func percent(_ fraction: Double?) -> String {
        guard let fraction else { return "-" }
        return "\(Int((fraction * 100).rounded()))%"
    }

    /// `74`, or `-`.
    static func score(_ value: Double?) -> String {
        guard let value else { return "-" }
        return String(Int(value.rounded()))
    }

    /// `3.6`, or `-`.
    static func oneDecimal(_ value: Double?) -> String {
        guard let value else { return "-" }
        return String(format: "%.1f", value)
    }

    /// `4:05`, or `-`.
    static func duration(_ seconds: Double?) -> String {
        guard let seconds else { return "-" }
        return ScorecardPresenter.duration(seconds)
    }

    /// `2026-03-01`, in local time.
    static func day(_ date: Date?) -> String {
        guard let date else { return "-" }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter.string(from: date)
    }

    /// `100 pass`, `62 fail`, or `incomplete`.
    static func result(_ call: ReportCall) -> String {
        guard let score = call.score else { return "incomplete" }
        return "\(score) \(call.passed == true ? "pass" : "fail")"
    }

    /// The figures of a selection as two lines of text.
    static func metricsLines(_ m: ContactMetrics) -> [String] {
        [
            "Calls \(m.calls) (\(m.finishedCalls) finished) · average score \(score(m.averageScore)) · pass rate \(percent(m.passRate))",
            "AHT \(duration(m.averageHandleSeconds)) · FCR \(percent(m.fcrRate)) · abandonment \(percent(m.abandonmentRate))"
                + " · CSAT \(oneDecimal(m.averageCSAT))/5 · average hold \(duration(m.averageHoldSeconds))",
        ]
    }

    /// The figures as (label, value, explanation) triples, for HTML tiles.
    static func metricTiles(_ m: ContactMetrics) -> [(String, String, String)] {
        [
            ("Calls", "\(m.calls)", "\(m.finishedCalls) finished"),
            ("Average score", score(m.averageScore), "pass rate \(percent(m.passRate))"),
            ("AHT", duration(m.averageHandleSeconds), "talk + hold + wrap"),
            ("FCR", percent(m.fcrRate), "resolved / calls"),
            ("Abandonment", percent(m.abandonmentRate), "hung up or left"),
            ("CSAT", "\(oneDecimal(m.averageCSAT))/5", "average"),
            ("Average hold", duration(m.averageHoldSeconds), "per call"),
        ]
    }

    /// `“words” (session 4, turn 7)`.
    static func example(_ example: FailureExample, clean: (String) -> String) -> String {
        let turn = example.turn.map { ", turn \($0)" } ?? ""
        return "“\(clean(example.evidence))” (session \(example.sessionId)\(turn))"
    }
}
