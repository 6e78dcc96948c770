import Testing
@testable import CallSimCore

@Suite("Rules: resolution")
struct ResolutionRulesTests {
    static let greeting = Fixtures.Line.agent("Good morning, thank you for calling Nile Telecom, my name is Sam.")
    static let complaint = Fixtures.Line.customer("I've been charged twice!", tags: ["upset"])
    static let verified: [Fixtures.Line] = [
        greeting, complaint, .agent("Can I have your account number and date of birth, please?"),
        .customer("40021987, 14 March 1988.", tags: ["gives:account-number", "gives:date-of-birth"]),
    ]
    static let policyAdvice = "Grant only what the policy allows; above your limit, escalate or explain what you can do instead."

    static let outOfHands = Fixtures.scenario {
        $0.outOfHands = true
        $0.resolution = Condition()
    }

    // MARK: resolution

    @Test func resolutionPassesWhenTheResolvingVariableIsSet() throws {
        // Given a call where the refund sets refunded=yes
        let card = try Fixtures.grade(Self.verified + [.agent("/action refund 49.99")])
        // When graded
        let finding = try #require(card.finding("resolution"))
        // Then it passes at the action
        #expect(finding.verdict == .pass)
        #expect(finding.turn == 5)
        #expect(finding.evidence == "/action refund 49.99")
        #expect(card.metrics.resolved)
    }

    @Test func resolutionFailsWithTheGoal() throws {
        // Given a call that never refunds
        let card = try Fixtures.grade(Self.verified + [.agent("I'm so sorry about that.")])
        // When graded
        let finding = try #require(card.finding("resolution"))
        // Then it fails, reminding the trainee of the goal
        #expect(finding.verdict == .fail)
        #expect(finding.turn == nil)
        #expect(finding.advice == "The issue was not resolved. Goal: \(Fixtures.goal)")
        #expect(card.metrics.resolved == false)
    }

    @Test func resolutionIsNotApplicableWithoutAScenario() throws {
        // Given a generic call
        let card = try Fixtures.grade(Self.verified, scenario: nil)
        // Then the scenario's rules do not apply
        #expect(Fixtures.verdict("resolution", card) == .notApplicable)
        #expect(Fixtures.verdict("no-unauthorised-concessions", card) == .notApplicable)
    }

    @Test func outOfHandsPassesWithExplanationRegretAndAlternative() throws {
        // Given an out-of-hands issue handled by explaining, regretting and offering an alternative
        let card = try Fixtures.grade([
            Self.greeting, Self.complaint, .agent("I'm afraid this is outside our control."),
            .agent("I'm so sorry about that."), .agent("What I can do is send you a new router."),
        ], scenario: Self.outOfHands)
        // When graded
        let finding = try #require(card.finding("resolution"))
        // Then it passes at the alternative
        #expect(finding.verdict == .pass)
        #expect(finding.turn == 5)
        #expect(finding.evidence == "What I can do is")
        #expect(card.metrics.resolved)
    }

    @Test func outOfHandsFailsNamingWhatIsMissing() throws {
        // Given an out-of-hands issue explained with regret but no alternative
        let card = try Fixtures.grade([
            Self.greeting, Self.complaint, .agent("This is outside our control, and I'm so sorry."),
        ], scenario: Self.outOfHands)
        // When graded
        let finding = try #require(card.finding("resolution"))
        // Then it fails, naming the missing part
        #expect(finding.verdict == .fail)
        #expect(finding.advice == "This issue is out of your hands: offer an alternative.")
    }

    @Test func outOfHandsFailsNamingEveryMissingPart() throws {
        // Given an out-of-hands issue the agent does nothing about
        let card = try Fixtures.grade([Self.greeting, Self.complaint, .agent("Okay.")], scenario: Self.outOfHands)
        // Then all three parts are named
        #expect(card.finding("resolution")?.advice == "This issue is out of your hands: explain that it is out of your hands, say you regret their experience, offer an alternative.")
    }

    // MARK: no-unauthorised-concessions

    @Test func aRefundOverTheLimitFails() throws {
        // Given a refund of 80 with a limit of 60
        let card = try Fixtures.grade(Self.verified + [.agent("/action refund 80")])
        // When graded
        let finding = try #require(card.finding("no-unauthorised-concessions"))
        // Then it fails at the refund, naming the amount and the limit
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 5)
        #expect(finding.evidence == "/action refund 80")
        #expect(finding.advice == "You granted 80 but your refund limit is 60. \(Self.policyAdvice)")
    }

    @Test func aRefundWithinTheLimitPasses() throws {
        // Given a refund of 49.99
        let card = try Fixtures.grade(Self.verified + [.agent("/action refund 49.99")])
        // When graded
        let finding = try #require(card.finding("no-unauthorised-concessions"))
        // Then it passes, quoting the refund
        #expect(finding.verdict == .pass)
        #expect(finding.turn == 5)
        #expect(finding.evidence == "/action refund 49.99")
    }

    @Test func noConcessionIsNotApplicable() throws {
        // Given a call with no refund or credit (only an action that grants nothing)
        let card = try Fixtures.grade(Self.verified + [.agent("/action send-leaflet")])
        // Then the rule does not apply
        #expect(Fixtures.verdict("no-unauthorised-concessions", card) == .notApplicable)
    }

    @Test func creditsHaveTheirOwnLimit() throws {
        // Given a credit of 15 with a limit of 10
        let card = try Fixtures.grade(Self.verified + [.agent("/action credit 15")])
        // Then it fails against the credit limit
        #expect(card.finding("no-unauthorised-concessions")?.advice == "You granted 15 but your credit limit is 10. \(Self.policyAdvice)")
    }

    @Test(arguments: [("€80", "80"), ("60.50", "60.5"), ("80,00", "80")])
    func amountsAreReadWithCurrencyAndDecimalCommas(typed: String, read: String) throws {
        // Given refunds over the limit typed with a currency sign or a decimal comma
        let card = try Fixtures.grade(Self.verified + [.agent("/action refund \(typed)")])
        // Then the amount is read and fails the limit
        #expect(Fixtures.verdict("no-unauthorised-concessions", card) == .fail)
        #expect(card.finding("no-unauthorised-concessions")?.advice.hasPrefix("You granted \(read) but") == true)
    }

    @Test func aDecimalCommaWithinTheLimitPasses() throws {
        // Given a refund of 49,99
        let card = try Fixtures.grade(Self.verified + [.agent("/action refund 49,99")])
        // Then it is 49.99 and passes
        #expect(Fixtures.verdict("no-unauthorised-concessions", card) == .pass)
    }

    @Test func aThousandsSeparatorIsNotADecimalComma() throws {
        // Given a refund of one thousand typed with a thousands separator
        let card = try Fixtures.grade(Self.verified + [.agent("/action refund 1,000")])
        // Then it is read as 1000 and fails the limit of 60
        #expect(Fixtures.verdict("no-unauthorised-concessions", card) == .fail)
        #expect(card.finding("no-unauthorised-concessions")?.advice.hasPrefix("You granted 1000 but") == true)
    }

    // MARK: set-expectations

    @Test func setExpectationsPassesWhenTheNextStepsFollowTheAction() throws {
        // Given a refund followed by when the money arrives
        let card = try Fixtures.grade(Self.verified + [
            .agent("/action refund 49.99"), .agent("You'll see the refund within 3 to 5 working days."),
        ])
        // When graded
        let finding = try #require(card.finding("set-expectations"))
        // Then it passes at that line
        #expect(finding.verdict == .pass)
        #expect(finding.turn == 6)
        #expect(finding.evidence == "You'll see")
    }

    @Test func aPromiseMayCarryItsOwnTimeline() throws {
        // Given a promise that says when
        let card = try Fixtures.grade([
            Self.greeting, Self.complaint, .agent("I'll sort this out for you; the refund will arrive within 3 working days."),
        ])
        // Then the rule passes on that line
        #expect(Fixtures.verdict("set-expectations", card) == .pass)
        #expect(card.finding("set-expectations")?.turn == 3)
    }

    @Test func setExpectationsFailsWithoutNextSteps() throws {
        // Given a refund with nothing said about what happens next
        let card = try Fixtures.grade(Self.verified + [.agent("/action refund 49.99"), .agent("Done.")])
        // When graded
        let finding = try #require(card.finding("set-expectations"))
        // Then it fails at the action, with an example from the phrasebook
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 5)
        #expect(finding.evidence == "/action refund 49.99")
        #expect(finding.advice == "After you act or promise something, tell the customer what happens next and when. For example: “Within … working days”")
    }

    @Test func setExpectationsIsNotApplicableWithoutActionOrPromise() throws {
        // Given a call with no action and no promise
        let card = try Fixtures.grade([Self.greeting, Self.complaint, .agent("I'm so sorry about that.")])
        // Then the rule does not apply
        #expect(Fixtures.verdict("set-expectations", card) == .notApplicable)
    }
}
