extension CallRecord {
    /// For every customer line tagged `tag`, checks that one of the agent's next `window`
    /// lines has a phrase of `categories`. Passes with the first such response; fails at the
    /// first customer line left without one; not applicable when no line has the tag.
    func respondsWithin(_ window: Int, to tag: String, with categories: Set<String>) -> RuleStatus {
        let triggers = customerLines.filter { $0.tags.contains(tag) }
        guard !triggers.isEmpty else { return isOver ? .notApplicable : .pending }
        var firstResponse: CallTurn?
        var undecided = false
        for trigger in triggers {
            let next = agentLines(after: trigger.index, limit: window)
            if let response = next.first(where: { $0.shows(categories) }) {
                if firstResponse == nil { firstResponse = response }
                continue
            }
            if next.count < window, !isOver {
                undecided = true
                continue
            }
            // The customer left before the agent had a chance to answer.
            if next.isEmpty, customerLeft, trigger.index >= (turns.last?.index ?? 0) - 1 { continue }
            return .fail(turn: trigger.index, evidence: trigger.text.excerpt)
        }
        if undecided { return .pending }
        guard let response = firstResponse else { return isOver ? .notApplicable : .pending }
        return .pass(turn: response.index, evidence: response.evidence(for: categories))
    }
}
