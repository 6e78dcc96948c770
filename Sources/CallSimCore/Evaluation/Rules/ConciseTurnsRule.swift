/// `concise-turns` — no agent line over the word limit (60 words unless the scenario says otherwise).
///
/// Why: clear articulation avoids misunderstandings and having to repeat yourself (DOMAIN,
/// call control); a monologue loses the customer.
struct ConciseTurnsRule: CallRule {
    let id = "concise-turns"
    let section = RuleSection.callControl
    let question = "Did the agent keep every line short enough to follow?"
    let advice = "Keep each line short: one idea at a time, then let the customer answer."
    let praise = ""

    func evaluate(_ call: CallRecord) -> RuleStatus {
        for turn in call.agentLines {
            let words = turn.text.spokenWordCount
            if words > call.wordLimit {
                return .fail(
                    turn: turn.index, evidence: turn.text.excerpt,
                    advice: "This line has \(words) words (limit \(call.wordLimit)). \(advice)")
            }
        }
        return call.isOver ? .pass(turn: nil, evidence: nil) : .pending
    }
}
