/// `greeting` — the agent's first line greets the customer.
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
