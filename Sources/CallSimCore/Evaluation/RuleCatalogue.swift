/// Every rule of the scorecard, in the order of CONTRACTS.md §5.
public enum RuleCatalogue {
    /// All rules.
    public static let all: [any CallRule] = [
        GreetingRule(), AgentNameRule(), CompanyNameRule(), GoodTimeCheckRule(),
        IdentityVerificationRule(),
        AcknowledgeFeelingsRule(), NoArguingRule(), NoRepeatQuestionsRule(),
        SteerChattyCallerRule(), HoldEtiquetteRule(), TransferEtiquetteRule(), DeadAirRule(), ConciseTurnsRule(),
        DiscouragedPhrasesRule(), NoAbuseRule(),
        ResolutionRule(), NoUnauthorisedConcessionsRule(), SetExpectationsRule(),
        RecapRule(), AnythingElseRule(), FarewellRule(), WrapUpNotesRule(),
    ]

    /// The rule with this id.
    public static func rule(_ id: String) -> (any CallRule)? { all.first { $0.id == id } }

    /// Every rule id, in catalogue order.
    public static var ids: [String] { all.map(\.id) }
}
