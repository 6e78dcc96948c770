/// `transfer-etiquette` — before `/transfer` or `/escalate` the agent says why and to whom (a
/// `transfer-explanation` phrase in one of their two lines before it). Not applicable without
/// either.
///
/// Why: a transfer without explanation feels like being passed around; QA scorecards require
/// the agent to explain why and to whom (DOMAIN: escalations go to the team leader).
struct TransferEtiquetteRule: CallRule {
    let id = "transfer-etiquette"
    let section = RuleSection.callControl
    let question = "Before transferring or escalating, did the agent say why and to whom?"
    let advice = "Before you transfer, tell the customer who you are transferring them to and why."
    let praise = "You explained the transfer."
    var exampleCategory: String? { "transfer-explanation" }

    func evaluate(_ call: CallRecord) -> RuleStatus {
        let transfers = call.turns.filter {
            switch $0.command {
            case .transfer, .escalate: true
            default: false
            }
        }
        guard let first = transfers.first else { return call.isOver ? .notApplicable : .pending }
        for transfer in transfers {
            let before = call.agentLines(before: transfer.index, limit: 2)
            if !before.contains(where: { $0.shows("transfer-explanation") }) {
                return .fail(turn: transfer.index, evidence: transfer.text, advice: "You transferred without telling the customer why and to whom. \(advice)")
            }
        }
        let explanation = call.agentLines(before: first.index, limit: 2).first { $0.shows("transfer-explanation") }
        return .pass(turn: explanation?.index, evidence: explanation?.evidence(for: ["transfer-explanation"]))
    }
}
