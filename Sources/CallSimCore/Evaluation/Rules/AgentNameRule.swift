/// `agent-name` — the agent gives their own name in the opening (their first two lines): a
/// `self-introduction` phrase, whose `{agent}` slot is the agent's name when known and any one
/// or two words when not.
///
/// Why: a name makes the agent a person the customer can trust and refer back to (DOMAIN:
/// "greet the customer and introduce yourself").
struct AgentNameRule: CallRule {
    let id = "agent-name"
    let section = RuleSection.opening
    let question = "Did the agent give their name in the opening?"
    let advice = "Introduce yourself by name in your first line."
    let praise = "You introduced yourself."
    var exampleCategory: String? { "self-introduction" }

    func evaluate(_ call: CallRecord) -> RuleStatus {
        call.firstMatch(of: ["self-introduction"], in: call.openingLines, window: 2)
    }
}
