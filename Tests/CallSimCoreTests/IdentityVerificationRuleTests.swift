import Testing
@testable import CallSimCore

@Suite("Rules: identity-verification (critical)")
struct IdentityVerificationRuleTests {
    static let greeting = Fixtures.Line.agent("Good morning, thank you for calling Nile Telecom, my name is Sam.")
    static let complaint = Fixtures.Line.customer("I've been charged twice!", tags: ["upset"])
    static let ask = Fixtures.Line.agent("Can I have your account number and date of birth, please?")
    static let advice = "Ask for two identity details (such as account number and date of birth) before you act on or read out the account."

    @Test func notApplicableWithoutActionOrDisclosure() throws {
        // Given a call that never touches the account
        let card = try Fixtures.grade([Self.greeting, Self.complaint, .agent("I'm so sorry about that.")])
        // When graded
        let finding = try #require(card.finding("identity-verification"))
        // Then the rule does not apply and nothing fails automatically
        #expect(finding.verdict == .notApplicable)
        #expect(finding.section == "verification")
        #expect(finding.critical)
        #expect(card.autoFail.isEmpty)
        #expect(!card.sections.contains { $0.id == "verification" })
    }

    @Test func passesWhenTwoDetailsAreGivenBeforeTheAction() throws {
        // Given a call that verifies before refunding
        let card = try Fixtures.grade([
            Self.greeting, Self.complaint, Self.ask,
            .customer("40021987, 14 March 1988.", tags: ["gives:account-number", "gives:date-of-birth"]),
            .agent("/action refund 49.99"),
        ])
        // When graded
        let finding = try #require(card.finding("identity-verification"))
        // Then it passes at the request, quoting it
        #expect(finding.verdict == .pass)
        #expect(finding.turn == 3)
        #expect(finding.evidence == "Can I have your account number")
        #expect(card.autoFail.isEmpty)
    }

    @Test func passesWithDetailsInferredFromAnUntaggedLine() throws {
        // Given an untagged customer line that gives an account number and a date of birth
        let card = try Fixtures.grade([
            Self.greeting, Self.complaint, Self.ask,
            .customer("It's 40021987, and I was born 14 March 1988.", tags: nil),
            .agent("/action refund 49.99"),
        ])
        // When graded
        // Then the grader infers the details and the rule passes
        #expect(Fixtures.verdict("identity-verification", card) == .pass)
    }

    @Test func failingScoresTheCallZero() throws {
        // Given a call that refunds without asking for any identity detail
        let card = try Fixtures.grade([Self.greeting, Self.complaint, .agent("/action refund 49.99")])
        // When graded
        let finding = try #require(card.finding("identity-verification"))
        // Then the critical rule fails at the action, the score is 0 and the call fails
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 3)
        #expect(finding.evidence == "/action refund 49.99")
        #expect(finding.advice == "You used /action refund 49.99 without asking for identity details. \(Self.advice)")
        #expect(card.autoFail == ["identity-verification"])
        #expect(card.score == 0)
        #expect(card.passed == false)
    }

    @Test func oneDetailIsNotEnough() throws {
        // Given a call where the customer gave only the account number before the refund
        let card = try Fixtures.grade([
            Self.greeting, Self.complaint, Self.ask,
            .customer("40021987.", tags: ["gives:account-number"]),
            .agent("/action refund 49.99"),
        ])
        // When graded
        let finding = try #require(card.finding("identity-verification"))
        // Then it fails, saying how many details were given
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 5)
        #expect(finding.advice == "You used /action refund 49.99 after only 1 identity detail. \(Self.advice)")
        #expect(card.score == 0)
    }

    @Test func disclosingAccountDetailsFirstFails() throws {
        // Given an agent who reads out the account before asking anything
        let card = try Fixtures.grade([Self.greeting, Self.complaint, .agent("I can see two payments on your account.")])
        // When graded
        let finding = try #require(card.finding("identity-verification"))
        // Then the disclosure fails the rule
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 3)
        #expect(finding.evidence == "I can see two payments on your account.")
        #expect(finding.advice == "You disclosed account details without asking for identity details. \(Self.advice)")
        #expect(card.autoFail == ["identity-verification"])
    }

    @Test func detailsGivenAfterTheActionDoNotCount() throws {
        // Given a refund taken before the customer's details arrive
        let card = try Fixtures.grade([
            Self.greeting, Self.complaint, Self.ask, .agent("/action refund 49.99"),
            .customer("40021987, 14 March 1988.", tags: ["gives:account-number", "gives:date-of-birth"]),
        ])
        // When graded
        // Then the rule fails at the action, after 0 details
        let finding = try #require(card.finding("identity-verification"))
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 4)
        #expect(finding.advice == "You used /action refund 49.99 after only 0 identity details. \(Self.advice)")
    }

    @Test func actionsTheScenarioDoesNotGuardAreNotSensitive() throws {
        // Given an action that the policy does not list in verify-before
        let card = try Fixtures.grade([Self.greeting, Self.complaint, .agent("/action send-leaflet")])
        // When graded
        // Then the rule does not apply
        #expect(Fixtures.verdict("identity-verification", card) == .notApplicable)
        #expect(card.autoFail.isEmpty)
    }

    @Test func inAGenericCallEveryActionIsSensitive() throws {
        // Given a call graded without a scenario
        let card = try Fixtures.grade([Self.greeting, Self.complaint, .agent("/action update-email k@example.com")], scenario: nil)
        // When graded
        // Then an unverified action fails the rule
        #expect(Fixtures.verdict("identity-verification", card) == .fail)
        #expect(card.score == 0)
    }
}
