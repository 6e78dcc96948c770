import CallSimCore
import CallSimStore
import CallSimTerminal

/// A recorded call as `callsim replay` plays it: each turn, then the findings that rest on
/// it (findings name 1-based turns), with any trainer's verdict beside the automatic one.
struct ReplayPresenter {
    /// The longest pause between two lines, in seconds, whatever the recording says.
    static let longestWait = 3.0

    let stored: StoredSession
    let reviews: [Review]
    let customer: String
    let style: TerminalStyle

    /// The pause before the next line: the recorded gap divided by `speed`, at most `longestWait`.
    static func wait(from: Double, to: Double, speed: Double) -> Double {
        guard speed > 0 else { return 0 }
        return min(longestWait, max(0, to - from) / speed)
    }

    private func clean(_ text: String) -> String { TerminalText.sanitize(text) }

    /// The title and facts of the call.
    func heading() -> [String] {
        var facts = ["trainee \(clean(stored.trainee))", "\(stored.mode) mode", Timestamps.short(stored.startedAt)]
        if let outcome = stored.outcome { facts.append("outcome \(outcome.rawValue)") }
        if let score = stored.score { facts.append("score \(score) \(stored.passed == true ? "pass" : "fail")") }
        var lines = [style.bold("Replay of session \(stored.id) — \(clean(stored.scenarioTitle))"), style.dim(facts.joined(separator: " · "))]
        if stored.isIncomplete { lines.append(style.yellow("This call was cut off before it ended; it has no findings.")) }
        return lines + [""]
    }

    /// The turn at `index` (0-based) and the findings that rest on it.
    func lines(forTurnAt index: Int) -> [String] {
        let turn = stored.turns[index]
        let stamp = style.dim("[\(TranscriptTextFormat.timestamp(turn.at))]")
        var lines: [String] = []
        switch turn.speaker {
        case .agent:
            lines.append("\(stamp) \(style.cyan("You")): \(clean(turn.text))")
        case .customer:
            lines.append("\(stamp) \(style.bold(clean(customer))) (\(MoodDisplay.styled(turn.moodAfter, style: style))): \(clean(turn.text))")
        }
        for finding in stored.findings where finding.turn == index + 1 && finding.verdict != .notApplicable {
            lines += findingLines(finding)
        }
        return lines
    }

    /// Findings that rest on no turn (or on a turn not recorded), and the score.
    func ending() -> [String] {
        let count = stored.turns.count
        let loose = stored.findings.filter { finding in
            finding.verdict != .notApplicable && (finding.turn.map { $0 < 1 || $0 > count } ?? true)
        }
        var lines: [String] = []
        if !loose.isEmpty {
            lines += ["", style.bold("Over the whole call")]
            for finding in loose { lines += findingLines(finding) }
        }
        if let score = stored.score {
            let verdict = stored.passed == true ? style.green("PASSED") : style.red("NOT PASSED")
            lines += ["", "Score \(style.bold("\(score)/100"))  \(verdict)  ·  the full scorecard: callsim show \(stored.id)"]
        }
        return lines
    }

    private func findingLines(_ finding: Finding) -> [String] {
        let mark = finding.verdict == .pass ? style.green("✓") : style.red("✗")
        var line = "        \(mark) \(finding.rule)"
        if let evidence = finding.evidence, !evidence.isEmpty { line += style.dim(" “\(clean(evidence))”") }
        for review in reviews {
            if let verdict = review.verdict(finding.rule) {
                let text = "trainer \(clean(review.reviewer)): \(verdict.rawValue)"
                line += "  " + (verdict == finding.verdict ? style.dim(text) : style.yellow(text))
            }
        }
        var lines = [line]
        if finding.verdict == .fail { lines.append("          \(style.dim("→")) \(clean(finding.advice))") }
        return lines
    }
}
