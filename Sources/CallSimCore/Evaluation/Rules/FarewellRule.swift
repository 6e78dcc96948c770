/// `farewell` — the agent thanks the customer and says goodbye before `/end`: a `farewell`
/// phrase ("thank you for calling, have a great day", "bye") in their last two lines before
/// it. Not applicable when the customer left first without one.
///
/// Why: "Closing: a goodbye message; then close the call" (DOMAIN, the structure of a call).
struct FarewellRule: CallRule {
    let id = "farewell"
    let section = RuleSection.closing
    let question = "Did the agent thank the customer and say goodbye before ending the call?"
    let advice = "End with thanks and a goodbye before you hang up."
    let praise = "Warm close."
    var exampleCategory: String? { "farewell" }

    func evaluate(_ call: CallRecord) -> RuleStatus {
        call.closing(["farewell"], in: Array(call.linesBeforeEnd.suffix(2)))
    }
}
