import CallSimCore

/// A drill as it unfolds: the header, each card, the verdict on each answer, the end.
public enum DrillPresenter {
    /// The lines shown before the first card.
    public static func header(deck: Deck, plan: DrillPlan, style: TerminalStyle) -> [String] {
        let task = deck.style == .meaning
            ? "Type what each term means, in your own words."
            : "Each card shows wording to avoid; type a better way to say it."
        return [
            style.bold("Drill — \(TerminalText.sanitize(deck.title))"),
            style.dim("\(plan.due.count) due · \(plan.new.count) new · /skip shows the answer · /quit stops (every review is kept)"),
            task,
        ]
    }

    /// What to show for one event (standard output), and any message for standard error.
    public static func render(_ event: DrillEvent, deck: Deck, style: TerminalStyle) -> (out: [String], err: [String]) {
        let clean = { (text: String) in TerminalText.sanitize(text) }
        switch event {
        case .card(let number, let total, let card, let again):
            let label = again ? "Card \(number) of \(total) · again" : "Card \(number) of \(total)"
            let front = deck.style == .meaning ? clean(card.front) : "“\(clean(card.front))”"
            return (["", style.dim(label), style.bold(front)], [])
        case .reviewed(let card, let review, let verdict):
            return (verdictLines(card: card, review: review, verdict: verdict, style: deck.style, terminal: style), [])
        case .emptyAnswer:
            return ([], ["callsim: the answer is empty; type your answer, or /skip to see it"])
        case .unknownCommand(let text):
            return ([], ["callsim: unknown command \(clean(text)); the commands are " + DrillSlashCommand.names.joined(separator: " ")])
        case .help:
            return (["  /skip   show the answer (the card comes back sooner)", "  /help   this list", "  /quit   stop; every review so far is kept"], [])
        case .finished(let summary):
            var line = "Drill over: \(summary.reviews) review\(summary.reviews == 1 ? "" : "s"), \(summary.passed) passed"
            if summary.left > 0 { line += ", \(summary.left) card\(summary.left == 1 ? "" : "s") left for next time" }
            return (["", style.bold(line)], [])
        }
    }

    static func verdictLines(card: DrillCard, review: DrillReview, verdict: CardVerdict, style: DeckStyle, terminal: TerminalStyle) -> [String] {
        let clean = { (text: String) in TerminalText.sanitize(text) }
        var lines: [String] = []
        let head = verdict.passed ? terminal.green("Pass") : terminal.red("Not yet")
        lines.append("\(head) (grade \(review.grade) of 5)")
        switch style {
        case .meaning:
            for key in verdict.keysFound { lines.append("  \(terminal.green("+")) \(clean(key.label)): “\(clean(key.evidence))”") }
            for key in verdict.keysMissing { lines.append("  \(terminal.red("-")) \(clean(key.label))") }
        case .betterPhrase:
            for found in verdict.avoid {
                var line = "  \(terminal.red("-")) still \(found.category) wording: “\(clean(found.evidence))”"
                if let replacement = found.replacement { line += " → “\(clean(replacement))”" }
                lines.append(line)
            }
            for found in verdict.recommended { lines.append("  \(terminal.green("+")) \(found.category): “\(clean(found.evidence))”") }
            if verdict.avoid.isEmpty, verdict.recommended.isEmpty, review.grade > 0 {
                lines.append("  It avoids the wording; a phrase from the phrasebook (\(card.better.joined(separator: ", "))) would make it stronger.")
            }
        }
        lines.append(terminal.dim("  Answer: ") + clean(card.back))
        return lines
    }
}
