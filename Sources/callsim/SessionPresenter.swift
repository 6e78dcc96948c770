import CallSimCore
import CallSimStore
import CallSimTerminal

/// A recorded call as `callsim show` prints it.
enum SessionPresenter {
    static func lines(_ stored: StoredSession, customer: String, style: TerminalStyle) -> [String] {
        let clean = { (text: String) in TerminalText.sanitize(text) }
        var lines = [style.bold("Session \(stored.id) — \(clean(stored.scenarioTitle))")]
        var facts = ["trainee \(clean(stored.trainee))", "\(stored.mode) mode"]
        if let seed = stored.seed { facts.append("seed \(seed)") }
        facts.append(Timestamps.short(stored.startedAt))
        if let outcome = stored.outcome { facts.append("outcome \(outcome.rawValue)") }
        lines.append(style.dim(facts.joined(separator: " · ")))
        if stored.isIncomplete {
            lines.append(style.yellow("This call was cut off before it ended: \(stored.turns.count) turn\(stored.turns.count == 1 ? " was" : "s were") recorded, and it has no scorecard."))
        }
        lines.append("")
        for turn in stored.turns {
            let stamp = style.dim("[\(TranscriptTextFormat.timestamp(turn.at))]")
            switch turn.speaker {
            case .agent:
                lines.append("\(stamp) \(style.cyan("You")): \(clean(turn.text))")
            case .customer:
                lines.append("\(stamp) \(style.bold(clean(customer))) (\(MoodDisplay.styled(turn.moodAfter, style: style))): \(clean(turn.text))")
            }
        }
        return lines
    }
}
