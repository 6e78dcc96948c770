/// `greeting` — the agent's first line greets the customer: it shows the `greeting` category
/// (its phrases weigh at least 1, so an offer of help alone, weight 0.5, is not a greeting).
/// Not applicable only when the scenario disables it.
///
/// Why: the opening sets the tone of the call (DOMAIN: "Opening: greet the customer and
/// introduce yourself"); QA scorecards check it on every call.
struct GreetingRule: CallRule {
    let id = "greeting"
    let section = RuleSection.opening
    let question = "Did the agent greet the customer in their first line?"
    let advice = "Open every call with a greeting before anything else."
    let praise = "Good opening greeting."
    var exampleCategory: String? { "greeting" }

    func evaluate(_ call: CallRecord) -> RuleStatus {
        call.firstMatch(of: ["greeting"], in: Array(call.agentLines.prefix(1)), window: 1)
    }
}
