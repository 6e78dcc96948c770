import CallSimCore

/// Small in-code scenarios for rules that need a scenario's facts or limits.
enum TestScenarios {
    /// A billing call in `language`: the refund (up to the refund limit) resolves it; the
    /// scorecard and policy can be changed by `change`.
    static func billing(_ language: String, _ change: (inout Scenario) -> Void = { _ in }) -> Scenario {
        var resolution = Condition()
        resolution.variables = ["refunded": "yes"]
        var scenario = Scenario(
            id: "test-billing-\(language)", title: "Charged twice", language: language,
            company: Agents.names[language]?.company,
            brief: Brief(situation: "A customer was charged twice.", goal: "Refund the duplicate payment."),
            persona: Persona(name: "Karim Haddad", temperament: .calm, mood: 3, patience: 5),
            policy: Policy(refundLimit: 60, creditLimit: 10, holdLimit: 120),
            actions: [
                ActionDefinition(name: "refund", arguments: ["amount"], grants: .refund, sets: ["refunded": "yes"]),
                ActionDefinition(name: "credit", arguments: ["amount"], grants: .credit),
                ActionDefinition(name: "send-leaflet"),
            ],
            start: "start", beats: [Beat(id: "start")], resolution: resolution)
        change(&scenario)
        return scenario
    }

    /// An outage call in `language` that is out of the agent's hands: resolving it means
    /// explaining that, regretting it and offering an alternative.
    static func outage(_ language: String) -> Scenario {
        billing(language) { scenario in
            scenario.id = "test-outage-\(language)"
            scenario.resolution = Condition()
            scenario.outOfHands = true
        }
    }

    /// The billing call with `rules` switched off.
    static func disabling(_ language: String, _ rules: Set<String>) -> Scenario {
        billing(language) { $0.scorecard.disabled = rules }
    }
}
