/// `acknowledge-feelings` — for every customer line tagged `upset` (written or inferred), one of
/// the agent's next two lines shows `empathy`, `apology` or `regret` (their phrases weigh
/// together). Not applicable when the customer never is upset; an upset last line the agent
/// had no chance to answer, because the customer left, does not fail.
///
/// Why: "Listen, listen, and listen some more ... Empathise: tell the customer how well you
/// understand their situation" (DOMAIN, angry customers).
struct AcknowledgeFeelingsRule: CallRule {
    let id = "acknowledge-feelings"
    let section = RuleSection.empathy
    let question = "When the customer was upset, did the agent acknowledge their feelings within two lines?"
    let advice = "When the customer is upset, acknowledge the feeling before you solve the problem."
    let praise = "You acknowledged how the customer feels."
    var exampleCategory: String? { "empathy" }

    func evaluate(_ call: CallRecord) -> RuleStatus {
        call.respondsWithin(2, to: "upset", with: ["empathy", "apology", "regret"])
    }
}
