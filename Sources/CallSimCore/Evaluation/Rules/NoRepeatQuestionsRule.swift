/// `no-repeat-questions` — the agent never asks (an `ask-FACT` phrase) for a detail the
/// customer already gave (`gives:FACT`). Not applicable when the customer gave no details.
///
/// Why: active listening means the customer should not have to repeat themselves (DOMAIN,
/// how quality is judged).
struct NoRepeatQuestionsRule: CallRule {
    let id = "no-repeat-questions"
    let section = RuleSection.empathy
    let question = "Did the agent avoid asking again for details the customer had already given?"
    let advice = "Note what the customer has told you, and don't ask for it again."
    let praise = ""

    func evaluate(_ call: CallRecord) -> RuleStatus {
        var given = Set<String>()
        var anyGiven = false
        for turn in call.turns {
            if turn.speaker == .customer {
                given.formUnion(turn.givenFacts)
                anyGiven = anyGiven || !turn.givenFacts.isEmpty
                continue
            }
            guard turn.isUtterance else { continue }
            for (index, match) in turn.matches.enumerated() where match.category.hasPrefix("ask-") {
                let fact = String(match.category.dropFirst(4))
                if given.contains(fact) {
                    let words = index < turn.evidence.count ? turn.evidence[index] : turn.text.excerpt
                    return .fail(
                        turn: turn.index, evidence: words,
                        advice: "The customer already gave their \(fact.replacingHyphens); confirm it instead of asking again.")
                }
            }
        }
        guard call.isOver else { return .pending }
        return anyGiven ? .pass(turn: nil, evidence: nil) : .notApplicable
    }
}

extension String {
    var replacingHyphens: String { split(separator: "-").joined(separator: " ") }
}
