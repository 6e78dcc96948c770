import CallSimCore

/// Every rule's cases, in catalogue order: a pass, a fail and a not-applicable call at least,
/// in English, Arabic and Persian.
enum RuleCases {
    static var all: [RuleCase] {
        greeting + agentName + companyName + goodTimeCheck
            + identityVerification
            + acknowledgeFeelings + noArguing + noRepeatQuestions
            + steerChattyCaller + holdEtiquette + transferEtiquette + deadAir + conciseTurns
            + discouragedPhrases + noAbuse
            + resolution + noUnauthorisedConcessions + setExpectations
            + recap + anythingElse + farewell + wrapUpNotes
    }

    /// A rule the scenario switches off: not applicable whatever the call does.
    static func disabled(_ rule: String, _ language: String, _ transcript: [String]) -> RuleCase {
        RuleCase(
            rule: rule, language: language, verdict: .notApplicable, given: "the scenario disables the rule",
            transcript: transcript, scenario: TestScenarios.disabling(language, [rule]))
    }
}
