import Testing
@testable import CallSimCore

@Suite("Rules: empathy and listening")
struct EmpathyRulesTests {
    static let greeting = Fixtures.Line.agent("Good morning, thank you for calling Nile Telecom, my name is Sam.")
    static let upset = Fixtures.Line.customer("I've been charged twice and nobody helps!", tags: ["upset"])

    @Test func acknowledgeFeelingsPassesWithinTwoLines() throws {
        // Given an upset customer, answered with an apology in the agent's second line
        let card = try Fixtures.grade([
            Self.greeting, Self.upset, .agent("Let me look at that."), .agent("I'm so sorry about this."),
        ])
        // When graded
        let finding = try #require(card.finding("acknowledge-feelings"))
        // Then the rule passes at the apology, quoting it
        #expect(finding.verdict == .pass)
        #expect(finding.turn == 4)
        #expect(finding.evidence == "I'm so sorry")
        #expect(finding.section == "empathy")
    }

    @Test func acknowledgeFeelingsFailsAfterTwoLinesWithout() throws {
        // Given an upset customer whose feelings are acknowledged only in the agent's third line
        let card = try Fixtures.grade([
            Self.greeting, Self.upset, .agent("Let me look at that."), .agent("What happened?"),
            .agent("I'm so sorry about this."),
        ])
        // When graded
        let finding = try #require(card.finding("acknowledge-feelings"))
        // Then the rule fails at the customer's line
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 2)
        #expect(finding.evidence == "I've been charged twice and nobody helps!")
        #expect(finding.advice == "When the customer is upset, acknowledge the feeling before you solve the problem. For example: “I completely understand how frustrating this is”")
    }

    @Test func acknowledgeFeelingsIsNotApplicableWhenNobodyIsUpset() throws {
        // Given a calm customer
        let card = try Fixtures.grade([Self.greeting, .customer("Hi, a quick question about my bill."), .agent("Of course.")])
        // Then the rule does not apply
        #expect(Fixtures.verdict("acknowledge-feelings", card) == .notApplicable)
    }

    @Test func acknowledgeFeelingsUsesInferredUpset() throws {
        // Given an untagged customer line that is plainly upset
        let card = try Fixtures.grade([
            Self.greeting, .customer("This is ridiculous!", tags: nil), .agent("What is the problem?"), .agent("Go on."),
        ])
        // Then the inferred upset is not acknowledged, and the rule fails
        #expect(Fixtures.verdict("acknowledge-feelings", card) == .fail)
    }

    @Test func noArguingPassesWhenTheAgentNeverArgues() throws {
        // Given a polite call
        let card = try Fixtures.grade([Self.greeting, Self.upset, .agent("I'm so sorry about this.")])
        // When graded
        let finding = try #require(card.finding("no-arguing"))
        // Then it passes with no turn
        #expect(finding.verdict == .pass)
        #expect(finding.turn == nil)
    }

    @Test func noArguingFailsOnContradiction() throws {
        // Given an agent who contradicts the customer
        let card = try Fixtures.grade([Self.greeting, Self.upset, .agent("Well, you are wrong about that.")])
        // When graded
        let finding = try #require(card.finding("no-arguing"))
        // Then it fails, quoting the words and offering the category's better phrase
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 3)
        #expect(finding.evidence == "you are wrong")
        #expect(finding.advice == "Don't argue or blame. Instead: “\(Fixtures.arguingReplacement)”")
    }

    @Test func noArguingFailsOnBlame() throws {
        // Given an agent who blames the customer
        let card = try Fixtures.grade([Self.greeting, Self.upset, .agent("You should have checked your statement.")])
        // When graded
        let finding = try #require(card.finding("no-arguing"))
        // Then it fails with the blaming category's better phrase
        #expect(finding.verdict == .fail)
        #expect(finding.evidence == "You should have")
        #expect(finding.advice == "Don't argue or blame. Instead: “\(Fixtures.blamingReplacement)”")
    }

    @Test func noRepeatQuestionsIsNotApplicableWithoutDetails() throws {
        // Given a call where the customer gives no details
        let card = try Fixtures.grade([Self.greeting, Self.upset, .agent("What is your account number?")])
        // Then the rule does not apply
        #expect(Fixtures.verdict("no-repeat-questions", card) == .notApplicable)
    }

    @Test func noRepeatQuestionsPassesWhenNothingIsAskedAgain() throws {
        // Given details asked once and given
        let card = try Fixtures.grade([
            Self.greeting, .agent("Can I have your account number and date of birth, please?"),
            .customer("40021987, 14 March 1988.", tags: ["gives:account-number", "gives:date-of-birth"]),
            .agent("Thank you."),
        ])
        // Then the rule passes
        #expect(Fixtures.verdict("no-repeat-questions", card) == .pass)
    }

    @Test func noRepeatQuestionsFailsWhenADetailIsAskedAgain() throws {
        // Given an account number asked for after the customer gave it
        let card = try Fixtures.grade([
            Self.greeting, .customer("My account number is 40021987.", tags: ["gives:account-number"]),
            .agent("Thanks. What is your account number?"),
        ])
        // When graded
        let finding = try #require(card.finding("no-repeat-questions"))
        // Then it fails, naming the detail
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 3)
        #expect(finding.evidence == "your account number")
        #expect(finding.advice == "The customer already gave their account number; confirm it instead of asking again.")
    }
}
