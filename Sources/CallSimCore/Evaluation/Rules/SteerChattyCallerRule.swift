/// `steer-chatty-caller` — for every customer line tagged `off-topic` (written or inferred),
/// one of the agent's next two lines shows a `closed-question` or a `redirect`. Not applicable
/// without drift.
///
/// Why: "With a chatty customer use closed questions, politely, so the call completes without
/// useless side issues" (DOMAIN, call control).
struct SteerChattyCallerRule: CallRule {
    let id = "steer-chatty-caller"
    let section = RuleSection.callControl
    let question = "When the customer drifted off topic, did the agent steer back within two lines?"
    let advice = "When the customer drifts, bring the call back politely with a closed question."
    let praise = "Nicely steered back to the point."
    var exampleCategory: String? { "redirect" }

    func evaluate(_ call: CallRecord) -> RuleStatus {
        call.respondsWithin(2, to: "off-topic", with: ["closed-question", "redirect"])
    }
}
