import CallSimCore
import CallSimStore
import CallSimTerminal

/// Trainers' reviews of a call as `callsim show` prints them to the trainee: each
/// reviewer's coaching note and the verdicts they gave beside the automatic ones.
enum ReviewNotesPresenter {
    /// The lines; none when nobody reviewed the call.
    static func lines(_ reviews: [Review], of stored: StoredSession, style: TerminalStyle) -> [String] {
        var lines: [String] = []
        for review in reviews {
            lines += ["", style.bold("Trainer review — \(TerminalText.sanitize(review.reviewer))") + style.dim(" (\(Timestamps.short(review.updatedAt)))")]
            if let note = review.note {
                lines.append("  Coaching note: \(TerminalText.sanitize(note))")
            }
            for verdict in review.verdicts {
                let automatic = stored.findings.first { $0.rule == verdict.rule }?.verdict
                let line = "  \(verdict.rule.padded(to: 28)) automatic \((automatic?.rawValue ?? "-").padded(to: 14)) trainer \(verdict.verdict.rawValue)"
                lines.append(automatic == verdict.verdict ? line : style.yellow(line))
            }
        }
        return lines
    }
}
