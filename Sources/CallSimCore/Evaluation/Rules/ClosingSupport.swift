extension CallRecord {
    /// The agent's lines that count for the close: everything before `/end` (or all of them
    /// when the call was not ended by the agent).
    var linesBeforeEnd: [CallTurn] {
        let limit = endTurn ?? turns.count
        return turns[..<limit].filter { $0.speaker == .agent && $0.isUtterance }
    }

    /// Closing rules: not applicable when the customer left first; pending while the call is going.
    func closing(_ categories: Set<String>, in lines: [CallTurn]) -> RuleStatus {
        if let turn = lines.last(where: { $0.shows(categories) }) {
            return .pass(turn: turn.index, evidence: turn.evidence(for: categories))
        }
        if customerLeft { return .notApplicable }
        guard isOver else { return .pending }
        return .fail(turn: lines.last?.index, evidence: nil)
    }
}
