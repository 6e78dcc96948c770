/// Whether a rule can be checked against plain facts of the call (objective) or needs
/// judgement of tone, meaning or sufficiency (subjective). Calibration holds objective
/// rules to 90% agreement and subjective ones to 80% (DOMAIN.md, "Calibration").
public enum RuleObjectivity: String, Sendable, Hashable, Codable, CaseIterable {
    /// Checkable from what was said, in what order and when: two careful reviewers should
    /// nearly always agree.
    case objective
    /// A matter of judgement: reviewers may reasonably differ now and then.
    case subjective

    /// The agreement QA practice aims for, 0 to 1.
    public var target: Double {
        switch self {
        case .objective: 0.9
        case .subjective: 0.8
        }
    }

    /// The rules that need judgement. Everything else in the catalogue is objective:
    /// greeting, agent-name, company-name, good-time-check, identity-verification,
    /// hold-etiquette, transfer-etiquette, dead-air, concise-turns, discouraged-phrases,
    /// no-unauthorised-concessions, anything-else, farewell.
    public static let subjectiveRules: Set<String> = [
        "acknowledge-feelings",  // was it real empathy, and soon enough?
        "no-arguing",  // contradicting versus correcting a fact
        "no-repeat-questions",  // asking again versus confirming
        "steer-chatty-caller",  // was the redirect polite and effective?
        "no-abuse",  // where rudeness becomes an insult
        "resolution",  // solved, or explained well enough when out of hand
        "set-expectations",  // clear enough about what happens next
        "recap",  // a real summary or a token one
        "wrap-up-notes",  // do the notes state the issue and the outcome?
    ]

    /// The kind of `rule`; rules outside the catalogue count as subjective.
    public static func of(_ rule: String) -> RuleObjectivity {
        if subjectiveRules.contains(rule) { return .subjective }
        return RuleCatalogue.rule(rule) == nil ? .subjective : .objective
    }
}
