/// `identity-verification` (critical) — before the first account action or disclosure of
/// account details, the agent has asked for identity details and the customer has given at
/// least two. Not applicable when the call has neither.
///
/// The account is touched by an `/action` (in a scenario whose policy lists `verify-before`
/// actions, only by those), by an agent line with an `account-disclosure` phrase ("your
/// balance is ..."), and, when no `verify-before` list narrows it, by a line reporting a
/// change made to the account (`account-change`: "the money has been transferred", "I've
/// ordered your replacement card") — in a recording of a real call, where no `/action` was
/// typed, those words are the only trace of the change. Identity details given are the
/// customer lines' `gives:FACT` tags, written or inferred (`TagInference`); the request is a
/// `verification-request` phrase or any `ask-FACT` phrase.
///
/// Why: changing an account or reading it out to an unverified caller is the classic
/// auto-fail of QA scorecards (DOMAIN: "at least two personal details before account details
/// or changes").
struct IdentityVerificationRule: CallRule {
    let id = "identity-verification"
    let section = RuleSection.verification
    let critical = true
    let question = "Was the caller's identity verified before the account was touched or disclosed?"
    let advice = "Ask for two identity details (such as account number and date of birth) before you act on or read out the account."
    let praise = "Identity verified before touching the account."
    var exampleCategory: String? { "verification-request" }

    func evaluate(_ call: CallRecord) -> RuleStatus {
        guard let sensitive = call.turns.first(where: { isSensitive($0, call: call) }) else {
            return call.isOver ? .notApplicable : .pending
        }
        var asked: CallTurn?
        var given = Set<String>()
        for turn in call.turns[..<sensitive.index] {
            if turn.speaker == .agent, asked == nil, turn.shows("verification-request") || turn.categories.contains(where: { $0.hasPrefix("ask-") }) {
                asked = turn
            }
            if turn.speaker == .customer { given.formUnion(turn.givenFacts) }
        }
        if let asked, given.count >= 2 {
            let questions = Set(asked.categories.filter { $0.hasPrefix("ask-") })
            let words = asked.evidence(for: ["verification-request"]) ?? asked.evidence(for: questions) ?? asked.text.excerpt
            return .pass(turn: asked.index, evidence: words)
        }
        let what = sensitive.command != nil ? "You used \(sensitive.text)"
            : sensitive.shows("account-disclosure") ? "You disclosed account details" : "You changed the account"
        let missing = asked == nil ? "without asking for identity details" : "after only \(given.count) identity detail\(given.count == 1 ? "" : "s")"
        return .fail(turn: sensitive.index, evidence: sensitive.text.excerpt, advice: "\(what) \(missing). \(advice)")
    }

    private func isSensitive(_ turn: CallTurn, call: CallRecord) -> Bool {
        guard turn.speaker == .agent else { return false }
        if case .action(let name, _) = turn.command {
            guard let scenario = call.scenario, !scenario.policy.verifyBefore.isEmpty else { return true }
            return scenario.policy.verifyBefore.contains(name)
        }
        if turn.shows("account-disclosure") { return true }
        let narrowed = !(call.scenario?.policy.verifyBefore.isEmpty ?? true)
        return !narrowed && turn.shows("account-change")
    }
}
