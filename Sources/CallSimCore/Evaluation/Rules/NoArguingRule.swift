/// `no-arguing` — the agent never contradicts, blames or argues with the customer: no phrase
/// of the `arguing` or `blaming` categories, whatever its weight.
///
/// Why: "Do not argue with the customer: you will never win" (DOMAIN, angry customers).
struct NoArguingRule: CallRule {
    let id = "no-arguing"
    let section = RuleSection.empathy
    let question = "Did the agent avoid contradicting, blaming or arguing with the customer?"
    let advice = "Don't contradict or blame the customer; acknowledge their view, then explain what you can do."
    let praise = ""

    func evaluate(_ call: CallRecord) -> RuleStatus {
        call.never({ $0.category == "arguing" || $0.category == "blaming" }) { match in
            match.replacement.map { "Don't argue or blame. Instead: “\($0)”" }
        }
    }
}
