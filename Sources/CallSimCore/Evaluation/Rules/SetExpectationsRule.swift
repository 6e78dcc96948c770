/// `set-expectations` — after the first `/action` or `ownership` promise, that line or a later
/// one shows `next-steps`: what happens next and when. Not applicable when the agent neither
/// acted nor promised.
///
/// Why: resolving properly includes preventing the next call: a customer who knows when the
/// refund arrives does not call back to ask (DOMAIN, "solve the problem quickly and correctly,
/// and prevent it from recurring").
struct SetExpectationsRule: CallRule {
    let id = "set-expectations"
    let section = RuleSection.resolution
    let question = "After acting or promising, did the agent say what happens next and when?"
    let advice = "After you act or promise something, tell the customer what happens next and when."
    let praise = "You set clear expectations."
    var exampleCategory: String? { "next-steps" }

    func evaluate(_ call: CallRecord) -> RuleStatus {
        let trigger = call.turns.first { turn in
            if case .action = turn.command { return true }
            return turn.speaker == .agent && turn.shows("ownership")
        }
        guard let trigger else { return call.isOver ? .notApplicable : .pending }
        // The promise itself may carry the timeline ("I'll refund it; you'll see it in 3 days").
        let candidates = call.turns[trigger.index...].filter { $0.speaker == .agent && $0.isUtterance }
        if let next = candidates.first(where: { $0.shows("next-steps") }) {
            return .pass(turn: next.index, evidence: next.evidence(for: ["next-steps"]))
        }
        guard call.isOver else { return .pending }
        return .fail(turn: trigger.index, evidence: trigger.text.excerpt)
    }
}
