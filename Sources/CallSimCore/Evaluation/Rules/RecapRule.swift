/// `recap` — the agent summarises what was done before closing: a `recap` phrase in a line
/// before `/end` (in any line when the agent did not end the call). Not applicable when the
/// customer left first without one.
///
/// Why: a recap confirms the outcome and catches misunderstandings (DOMAIN, how quality is
/// judged: "recap and 'anything else?'").
struct RecapRule: CallRule {
    let id = "recap"
    let section = RuleSection.closing
    let question = "Did the agent summarise what was done before closing?"
    let advice = "Before you close, sum up what was done and what happens next."
    let praise = "Clear recap."
    var exampleCategory: String? { "recap" }

    func evaluate(_ call: CallRecord) -> RuleStatus {
        call.closing(["recap"], in: call.linesBeforeEnd)
    }
}
