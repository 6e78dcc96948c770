import CallSimCore

/// The scorecard as a readable table: the score, the sections, every rule with its verdict,
/// the words that earned it and advice, then the call's metrics.
public enum ScorecardPresenter {
    /// The scorecard's lines.
    public static func lines(_ card: Scorecard, title: String, style: TerminalStyle) -> [String] {
        let clean = { (text: String) in TerminalText.sanitize(text) }
        var lines: [String] = []
        lines.append(style.bold("Scorecard — \(clean(title))"))
        let verdict = card.passed ? style.green("PASSED") : style.red("NOT PASSED")
        var headline = "Score \(style.bold("\(card.score)/100"))  \(verdict) (pass mark \(card.passMark.formattedMark))"
        if !card.autoFail.isEmpty {
            headline += "  " + style.red("auto-fail: \(card.autoFail.joined(separator: ", "))")
        }
        lines.append(headline)
        lines.append("")
        for section in card.sections {
            let points = "\(section.score.formattedPoints)/\(section.max.formattedPoints)"
            lines.append("  \(section.title.padded(to: 24)) \(points.leftPadded(to: 11))  \(bar(section.score, of: section.max))")
        }
        lines.append("")
        let ruleWidth = max(24, card.findings.map { $0.rule.count }.max() ?? 0)
        for finding in card.findings {
            let mark: String
            switch finding.verdict {
            case .pass: mark = style.green("pass")
            case .fail: mark = style.red("FAIL")
            case .notApplicable: mark = style.dim("n/a ")
            }
            let turn = finding.turn.map { "t\($0)" } ?? ""
            var line = "  \(mark)  \(finding.rule.padded(to: ruleWidth)) \(turn.padded(to: 4))"
            if let evidence = finding.evidence, finding.verdict != .notApplicable {
                line += " “\(clean(evidence))”"
            }
            if finding.critical, finding.verdict == .fail { line += " " + style.red("(critical)") }
            lines.append(line)
            if finding.verdict == .fail {
                lines.append("        \(style.dim("→")) \(clean(finding.advice))")
            }
        }
        lines.append("")
        let m = card.metrics
        lines.append(
            "Handle \(duration(m.handleSeconds)) (talk \(duration(m.talkSeconds)), hold \(duration(m.holdSeconds)), wrap \(duration(m.wrapSeconds)))"
                + " · CSAT \(m.csat)/5 · \(m.resolved ? "resolved" : "not resolved") · final mood \(MoodDisplay.label(m.finalMood))")
        return lines
    }

    /// `m:ss`.
    public static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let secs = total % 60
        return "\(total / 60):\(secs < 10 ? "0" : "")\(secs)"
    }

    static func bar(_ value: Double, of max: Double) -> String {
        guard max > 0 else { return "" }
        let filled = Int((value / max * 10).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
    }
}

extension Double {
    var formattedPoints: String {
        self == rounded() ? String(Int(self)) : String((self * 10).rounded() / 10)
    }

    var formattedMark: String { formattedPoints }
}
