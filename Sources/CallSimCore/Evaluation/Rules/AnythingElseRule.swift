/// `anything-else` — the agent asks whether there is anything else: an `anything-else` phrase
/// in a line before `/end` (in any line when the agent did not end the call). Not applicable
/// when the customer left first without one.
///
/// Why: it gives the customer room for a second issue and cuts repeat calls (DOMAIN, FCR).
struct AnythingElseRule: CallRule {
    let id = "anything-else"
    let section = RuleSection.closing
    let question = "Did the agent ask whether there was anything else?"
    let advice = "Before you close, ask whether there is anything else you can help with."
    let praise = "Good: you offered further help."
    var exampleCategory: String? { "anything-else" }

    func evaluate(_ call: CallRecord) -> RuleStatus {
        call.closing(["anything-else"], in: call.linesBeforeEnd)
    }
}
