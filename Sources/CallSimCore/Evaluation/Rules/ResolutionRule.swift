/// `resolution` — the scenario's resolving condition is met, or, when the issue is out of
/// the agent's hands, the agent explains, regrets and offers an alternative. Needs a scenario.
///
/// Why: "Once the problem is understood: solve it if you can. If you cannot, make clear that
/// the solution is out of your hands and that you regret the experience" (DOMAIN).
struct ResolutionRule: CallRule {
    let id = "resolution"
    let section = RuleSection.resolution
    let question = "Was the customer's issue resolved (or, out of the agent's hands, explained with regret and an alternative)?"
    let advice = "Work towards the scenario's goal: read the brief again with /brief."
    let praise = "Issue resolved."

    func evaluate(_ call: CallRecord) -> RuleStatus {
        guard let scenario = call.scenario else { return .notApplicable }
        if let turn = call.state.resolvedTurn {
            return .pass(turn: turn, evidence: call.turns.indices.contains(turn) ? call.turns[turn].text.excerpt : nil)
        }
        if scenario.outOfHands {
            if OutOfHandsResolution.isMet(by: call.turns) {
                let last = call.agentLines.last { $0.shows(OutOfHandsResolution.alternative) }
                return .pass(turn: last?.index, evidence: last?.evidence(for: OutOfHandsResolution.alternative))
            }
            guard call.isOver else { return .pending }
            let missing = OutOfHandsResolution.missing(in: call.turns).joined(separator: ", ")
            return .fail(turn: nil, evidence: nil, advice: "This issue is out of your hands: \(missing).")
        }
        guard call.isOver else { return .pending }
        return .fail(turn: nil, evidence: nil, advice: "The issue was not resolved. Goal: \(scenario.brief.goal)")
    }
}
