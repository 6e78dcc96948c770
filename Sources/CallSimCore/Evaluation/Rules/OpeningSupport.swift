extension CallRecord {
    /// The agent's opening: their first two lines.
    var openingLines: [CallTurn] { Array(agentLines.prefix(2)) }

    /// Passes with the first of `lines` that has a phrase of `categories`; otherwise fails at
    /// the first line (or stays pending while the call is young and going).
    func firstMatch(of categories: Set<String>, in lines: [CallTurn], window: Int) -> RuleStatus {
        if let turn = lines.first(where: { $0.shows(categories) }) {
            return .pass(turn: turn.index, evidence: turn.evidence(for: categories))
        }
        if !isOver, lines.count < window { return .pending }
        guard let first = lines.first else { return isOver ? .fail(turn: nil, evidence: nil) : .pending }
        return .fail(turn: first.index, evidence: first.text.excerpt)
    }
}

extension String {
    /// The first dozen words, for quoting a long line.
    var excerpt: String {
        let words = split(separator: " ", omittingEmptySubsequences: true)
        guard words.count > 12 else { return self }
        return words.prefix(12).joined(separator: " ") + " …"
    }
}
