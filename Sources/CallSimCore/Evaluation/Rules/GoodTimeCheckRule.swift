/// `good-time-check` — outbound only: the agent asks whether now is a convenient time
/// before the pitch (a `good-time-check` phrase within their first three lines). Not
/// applicable to inbound calls.
///
/// Why: outbound calls arrive at a moment the customer did not choose (DOMAIN, seed 002).
struct GoodTimeCheckRule: CallRule {
    let id = "good-time-check"
    let section = RuleSection.opening
    let question = "On an outbound call, did the agent check it is a good time before the pitch?"
    let advice = "On an outbound call, ask whether it is a good time before you explain why you are calling."
    let praise = "You checked it was a good time to talk."
    var exampleCategory: String? { "good-time-check" }

    func evaluate(_ call: CallRecord) -> RuleStatus {
        guard call.configuration.direction == .outbound else { return .notApplicable }
        return call.firstMatch(of: ["good-time-check"], in: Array(call.agentLines.prefix(3)), window: 3)
    }
}
