/// `no-unauthorised-concessions` — nothing granted beyond the scenario's policy (refund and
/// credit limits). Not applicable when nothing was granted.
///
/// Why: some customers invent problems to obtain perks; "the agent needs the confidence to
/// refuse illegitimate demands" (DOMAIN).
struct NoUnauthorisedConcessionsRule: CallRule {
    let id = "no-unauthorised-concessions"
    let section = RuleSection.resolution
    let question = "Did the agent stay within what the policy allows them to grant?"
    let advice = "Grant only what the policy allows; above your limit, escalate or explain what you can do instead."
    let praise = ""

    func evaluate(_ call: CallRecord) -> RuleStatus {
        guard let scenario = call.scenario else { return .notApplicable }
        var granted: CallTurn?
        for turn in call.turns {
            guard case .action(let name, let arguments) = turn.command, let action = scenario.action(name), let kind = action.grants else { continue }
            granted = granted ?? turn
            let limit: Double? = kind == .refund ? scenario.policy.refundLimit : scenario.policy.creditLimit
            let amount = arguments.first.flatMap(CallSession.amount) ?? 0
            if let limit, amount > limit {
                return .fail(
                    turn: turn.index, evidence: turn.text,
                    advice: "You granted \(amount.formattedAmount) but your \(kind.rawValue) limit is \(limit.formattedAmount). \(advice)")
            }
        }
        guard let granted else { return call.isOver ? .notApplicable : .pending }
        return call.isOver ? .pass(turn: granted.index, evidence: granted.text) : .pending
    }
}

extension Double {
    var formattedAmount: String {
        self == rounded() ? String(Int(self)) : String((self * 100).rounded() / 100)
    }
}
