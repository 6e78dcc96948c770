/// `hold-etiquette` — before `/hold` the agent asks permission (`hold-request` in one of their
/// two lines before it) and gives a reason (the command's REASON or a `hold-reason` phrase);
/// the hold (its SECONDS, 60 when not given) is no longer than the policy's `hold-limit`
/// (default 120 s); their next line thanks the customer (`hold-return` or `thanks`). Not
/// applicable without a hold.
///
/// Why: "ask permission, give a reason and an estimate, thank the customer on return"
/// (DOMAIN, how quality is judged).
struct HoldEtiquetteRule: CallRule {
    let id = "hold-etiquette"
    let section = RuleSection.callControl
    let question = "Did the agent ask before holding, give a reason, keep it short and thank the customer after?"
    let advice = "Ask before you put the customer on hold, say why, and thank them when you come back."
    let praise = "Good hold etiquette."
    var exampleCategory: String? { "hold-request" }

    func evaluate(_ call: CallRecord) -> RuleStatus {
        let holds = call.turns.filter { if case .hold = $0.command { true } else { false } }
        guard !holds.isEmpty else { return call.isOver ? .notApplicable : .pending }
        var evidence: String?
        for hold in holds {
            guard case .hold(let seconds, let reason) = hold.command else { continue }
            let before = call.agentLines(before: hold.index, limit: 2)
            guard let request = before.first(where: { $0.shows("hold-request") }) else {
                return .fail(turn: hold.index, evidence: hold.text, advice: "You put the customer on hold without asking first. \(advice)")
            }
            let hasReason = (reason?.isEmpty == false) || request.shows("hold-reason")
            guard hasReason else {
                return .fail(turn: request.index, evidence: request.text.excerpt, advice: "Say why you need the hold, e.g. “while I check your payments”.")
            }
            let duration = seconds ?? 60
            if duration > call.holdLimit {
                return .fail(turn: hold.index, evidence: hold.text, advice: "The hold lasted \(Int(duration)) s; keep holds under \(Int(call.holdLimit)) s, or come back and update the customer.")
            }
            let after = call.agentLines(after: hold.index, limit: 1)
            guard let back = after.first else {
                if !call.isOver { return .pending }
                return .fail(turn: hold.index, evidence: hold.text, advice: "You never came back from the hold to the customer.")
            }
            guard back.shows(["hold-return", "thanks"]) else {
                return .fail(turn: back.index, evidence: back.text.excerpt, advice: "Thank the customer for holding when you come back.")
            }
            if evidence == nil { evidence = request.evidence(for: ["hold-request"]) }
        }
        return .pass(turn: holds.first?.index, evidence: evidence)
    }
}
