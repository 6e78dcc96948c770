@testable import CallSimCore
import Testing

@Suite("Authoring: checks on the compiled model")
struct AuthoringLintTests {
    static let categories = Set(Fixtures.phrasebook.categories.map(\.id))

    @Test func billingScenarioOnlyWarnsAboutAnUnreadVariable() {
        // Given the billing scenario built in code, whose credit action sets a variable nothing reads
        // When it is checked
        let findings = ScenarioLint(scenario: Fixtures.scenario, categories: Self.categories).findings()

        // Then the only finding is that warning, placed nowhere in particular (no source map)
        #expect(findings == [LintFinding(
            code: "S019", severity: .warning,
            message: "the variable `credited` is set but never read; test it in a `when` or the `resolution` (`variables: { credited: ... }`), or remove it",
            location: nil)])
    }

    @Test func reachabilityFollowsTriggersThatCanFire() {
        // Given a beat reached only after a beat nothing reaches
        let scenario = Fixtures.scenario { scenario in
            var afterLost = Condition()
            afterLost.beat = "lost"
            scenario.beats.append(Beat(id: "lost", say: [Fixtures.line("Lost.")]))
            scenario.beats.append(Beat(id: "later", say: [Fixtures.line("Later.")]))
            scenario.anytime.append(Fixtures.trigger(afterLost, goto: "later"))
        }

        // When its flow is worked out
        let flow = ScenarioFlow(scenario: scenario)

        // Then neither is reachable, and the route to the resolving end is
        #expect(flow.reachable == ["complaint", "listened", "verifying", "refunded"])
        #expect(flow.canReachEnd(.resolved))
        #expect(!flow.canReachEnd(.hangUp))
        #expect(flow.canResolve)
        #expect(flow.givenFacts == ["name", "account-number", "date-of-birth"])
        #expect(flow.variableValues == ["refunded": ["yes"], "credited": ["yes"]])
    }

    @Test func placeholdersAndCommandMentions() {
        // Given texts with placeholders and commands
        // When they are read
        // Then placeholders and lowercase command names are found, capitals skipped
        #expect(ScenarioLint.placeholders(in: "Account {account-number}, {bad name}, {}") == ["account-number"])
        #expect(ScenarioLint.mentions(of: "/action", in: "Type /action refund 49.99, or /action NAME, or /action book-visit.") == ["refund", "book-visit"])
    }

    @Test func narrowerTriggerFirstIsNotShadowed() {
        // Given a narrow trigger before a broad one
        var narrow = Fixtures.said("verification-request")
        narrow.verified = false
        let broad = Fixtures.said("verification-request", "empathy")

        // When implication is checked both ways
        // Then the narrow one implies the broad one, not the other way round
        #expect(ScenarioLint.implies(narrow, broad))
        #expect(!ScenarioLint.implies(broad, narrow))
    }
}
