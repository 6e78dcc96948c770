extension CallRecord {
    /// A rule that passes when no agent line has a phrase matching `isBad`: fails at the first
    /// that does (with the trainee's words and the phrase's replacement); pending until the end.
    func never(_ isBad: (PhraseMatch) -> Bool, advice: (PhraseMatch) -> String?) -> RuleStatus {
        for turn in agentLines {
            if let index = turn.matches.firstIndex(where: isBad) {
                let match = turn.matches[index]
                let words = index < turn.evidence.count ? turn.evidence[index] : turn.text.excerpt
                return .fail(turn: turn.index, evidence: words, advice: advice(match))
            }
        }
        return isOver ? .pass(turn: nil, evidence: nil) : .pending
    }
}
