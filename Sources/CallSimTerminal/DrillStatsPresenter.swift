import CallSimCore

/// `callsim drill --stats`: per deck, the cards new, due today and tomorrow, learnt, the
/// reviews and retention; then the streak.
public enum DrillStatsPresenter {
    /// The table and the streak.
    public static func lines(trainee: String, decks: [DeckStats], streak: DrillStreak, scheduler: String, style: TerminalStyle) -> [String] {
        var lines = [style.bold("Drills of \(TerminalText.sanitize(trainee))")]
        let header = ["deck", "cards", "new", "due today", "due tomorrow", "learnt", "reviews", "retention"]
        let rows = decks.map { deck in
            [
                deck.deck, String(deck.cards), String(deck.new), String(deck.dueToday), String(deck.dueTomorrow),
                String(deck.learnt), String(deck.reviews), deck.retention.map { "\(Int(($0 * 100).rounded()))%" } ?? "-",
            ]
        }
        let widths = header.indices.map { column in max(header[column].count, rows.map { $0[column].unicodeScalars.count }.max() ?? 0) }
        func format(_ row: [String]) -> String {
            var line = row.enumerated().map { $0.element.padded(to: widths[$0.offset]) }.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
        lines.append(style.dim(format(header)))
        lines += rows.map(format)
        lines.append("")
        lines.append("Streak: \(streak.current) day\(streak.current == 1 ? "" : "s") (longest \(streak.longest)) · \(streak.reviewsToday) review\(streak.reviewsToday == 1 ? "" : "s") today")
        lines.append(style.dim("Retention: passing repeat reviews in the last \(DrillStatistics.retentionWindowDays) days. Scheduler: \(scheduler), computed from the stored reviews."))
        return lines
    }
}
