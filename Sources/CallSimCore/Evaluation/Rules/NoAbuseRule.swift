/// `no-abuse` (critical) — no insult, profanity or threat.
///
/// Why: insulting a customer is an auto-fail on every QA scorecard (DOMAIN).
struct NoAbuseRule: CallRule {
    let id = "no-abuse"
    let section = RuleSection.language
    let critical = true
    let question = "Did the agent stay free of insults, profanity and threats?"
    let advice = "Never insult, swear at or threaten a customer, however they behave; if a call gets out of hand, escalate it."
    let praise = ""

    func evaluate(_ call: CallRecord) -> RuleStatus {
        call.never({ $0.kind == .abusive }) { _ in nil }
    }
}
