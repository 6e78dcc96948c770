import Testing
@testable import CallSimCore

@Suite("Rules: call control")
struct CallControlRulesTests {
    static let greeting = Fixtures.Line.agent("Good morning, thank you for calling Nile Telecom, my name is Sam.")
    static let customer = Fixtures.Line.customer("I was charged twice.")
    static let drift = Fixtures.Line.customer("By the way, my dog just had puppies.", tags: ["off-topic"])
    static let holdAdvice = "Ask before you put the customer on hold, say why, and thank them when you come back."

    // MARK: steer-chatty-caller

    @Test func steerPassesWithARedirectWithinTwoLines() throws {
        // Given a drifting customer brought back in the agent's second line
        let card = try Fixtures.grade([
            Self.greeting, Self.drift, .agent("Oh, lovely."), .agent("Coming back to your bill, shall I check it now?"),
        ])
        // When graded
        let finding = try #require(card.finding("steer-chatty-caller"))
        // Then it passes at the redirect
        #expect(finding.verdict == .pass)
        #expect(finding.turn == 4)
        #expect(finding.evidence == "Coming back to your")
        #expect(finding.section == "call-control")
    }

    @Test func steerAcceptsAClosedQuestion() throws {
        // Given a drifting customer answered with a closed question
        let card = try Fixtures.grade([Self.greeting, Self.drift, .agent("Would you like me to check the bill now?")])
        // Then the rule passes
        #expect(Fixtures.verdict("steer-chatty-caller", card) == .pass)
        #expect(card.finding("steer-chatty-caller")?.evidence == "Would you like")
    }

    @Test func steerFailsWhenTheAgentFollowsTheDrift() throws {
        // Given a drifting customer the agent chats along with for two lines
        let card = try Fixtures.grade([
            Self.greeting, Self.drift, .agent("Oh, lovely."), .agent("What breed are they?"),
        ])
        // When graded
        let finding = try #require(card.finding("steer-chatty-caller"))
        // Then it fails at the drifting line
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 2)
        #expect(finding.evidence == "By the way, my dog just had puppies.")
    }

    @Test func steerIsNotApplicableWithoutDrift() throws {
        // Given a customer who stays on topic
        let card = try Fixtures.grade([Self.greeting, Self.customer, .agent("I'm so sorry.")])
        // Then the rule does not apply
        #expect(Fixtures.verdict("steer-chatty-caller", card) == .notApplicable)
    }

    // MARK: hold-etiquette

    @Test func holdEtiquettePassesWithPermissionReasonAndThanks() throws {
        // Given a hold asked for with a reason, and thanks on return
        let card = try Fixtures.grade([
            Self.greeting, Self.customer, .agent("May I put you on hold while I check your payments?"),
            .customer("Okay."), .agent("/hold 30"), .agent("Thank you for holding."),
        ])
        // When graded
        let finding = try #require(card.finding("hold-etiquette"))
        // Then it passes at the hold, quoting the request
        #expect(finding.verdict == .pass)
        #expect(finding.turn == 5)
        #expect(finding.evidence == "May I put you on hold")
    }

    @Test func holdEtiquetteAcceptsTheReasonTypedWithTheCommand() throws {
        // Given a request without a reason, and the reason typed after /hold
        let card = try Fixtures.grade([
            Self.greeting, Self.customer, .agent("May I put you on hold?"), .agent("/hold 30 checking your bill"),
            .agent("Thanks for waiting."),
        ])
        // Then the rule passes
        #expect(Fixtures.verdict("hold-etiquette", card) == .pass)
    }

    @Test func holdEtiquetteFailsWithoutPermission() throws {
        // Given a hold with no request
        let card = try Fixtures.grade([Self.greeting, Self.customer, .agent("/hold 30 checking"), .agent("Thank you for holding.")])
        // When graded
        let finding = try #require(card.finding("hold-etiquette"))
        // Then it fails at the hold
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 3)
        #expect(finding.evidence == "/hold 30 checking")
        #expect(finding.advice == "You put the customer on hold without asking first. \(Self.holdAdvice)")
    }

    @Test func holdEtiquetteFailsWithoutAReason() throws {
        // Given a hold asked for with no reason anywhere
        let card = try Fixtures.grade([
            Self.greeting, Self.customer, .agent("May I put you on hold?"), .agent("/hold 30"), .agent("Thank you for holding."),
        ])
        // When graded
        let finding = try #require(card.finding("hold-etiquette"))
        // Then it fails at the request
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 3)
        #expect(finding.evidence == "May I put you on hold?")
        #expect(finding.advice == "Say why you need the hold, e.g. “while I check your payments”.")
    }

    @Test func holdEtiquetteFailsOverTheLimit() throws {
        // Given a proper hold that lasts 180 s (limit 120 s)
        let card = try Fixtures.grade([
            Self.greeting, Self.customer, .agent("May I put you on hold while I check your payments?"),
            .agent("/hold 180"), .agent("Thank you for holding."),
        ])
        // When graded
        let finding = try #require(card.finding("hold-etiquette"))
        // Then it fails at the hold
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 4)
        #expect(finding.advice == "The hold lasted 180 s; keep holds under 120 s, or come back and update the customer.")
    }

    @Test func holdEtiquetteFailsWithoutThanksOnReturn() throws {
        // Given a proper hold, and a return with no thanks
        let card = try Fixtures.grade([
            Self.greeting, Self.customer, .agent("May I put you on hold while I check your payments?"),
            .agent("/hold 30"), .agent("Right, I see two payments."),
        ])
        // When graded
        let finding = try #require(card.finding("hold-etiquette"))
        // Then it fails at the return
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 5)
        #expect(finding.evidence == "Right, I see two payments.")
        #expect(finding.advice == "Thank the customer for holding when you come back.")
    }

    @Test func holdEtiquetteFailsWhenTheAgentNeverComesBack() throws {
        // Given a proper hold that is the last thing the agent does
        let card = try Fixtures.grade([
            Self.greeting, Self.customer, .agent("May I put you on hold while I check your payments?"), .agent("/hold 30"),
        ])
        // When graded
        let finding = try #require(card.finding("hold-etiquette"))
        // Then it fails at the hold
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 4)
        #expect(finding.advice == "You never came back from the hold to the customer.")
    }

    @Test func holdEtiquetteIsNotApplicableWithoutHold() throws {
        // Given a call with no hold
        let card = try Fixtures.grade([Self.greeting, Self.customer])
        // Then the rule does not apply
        #expect(Fixtures.verdict("hold-etiquette", card) == .notApplicable)
    }

    // MARK: transfer-etiquette

    @Test func transferEtiquettePassesWithAnExplanation() throws {
        // Given a transfer explained just before
        let card = try Fixtures.grade([
            Self.greeting, Self.customer, .agent("I'm going to transfer you to our billing specialists, who handle disputes."),
            .agent("/transfer billing-specialists"),
        ])
        // When graded
        let finding = try #require(card.finding("transfer-etiquette"))
        // Then it passes at the explanation
        #expect(finding.verdict == .pass)
        #expect(finding.turn == 3)
        #expect(finding.evidence == "I'm going to transfer you to")
    }

    @Test func transferEtiquetteFailsForASilentEscalation() throws {
        // Given an escalation with no explanation
        let card = try Fixtures.grade([Self.greeting, Self.customer, .agent("One moment."), .agent("/escalate")])
        // When graded
        let finding = try #require(card.finding("transfer-etiquette"))
        // Then it fails at the escalation
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 4)
        #expect(finding.evidence == "/escalate")
        #expect(finding.advice == "You transferred without telling the customer why and to whom. Before you transfer, tell the customer who you are transferring them to and why.")
    }

    @Test func transferEtiquetteIsNotApplicableWithoutTransfer() throws {
        // Given a call with no transfer
        let card = try Fixtures.grade([Self.greeting, Self.customer])
        // Then the rule does not apply
        #expect(Fixtures.verdict("transfer-etiquette", card) == .notApplicable)
    }

    // MARK: concise-turns

    @Test func conciseTurnsFailsAtSixtyOneWords() throws {
        // Given an agent line of 61 words
        let long = Array(repeating: "okay", count: 61).joined(separator: " ")
        let card = try Fixtures.grade([Self.greeting, Self.customer, .agent(long)])
        // When graded
        let finding = try #require(card.finding("concise-turns"))
        // Then it fails, counting the words, and quotes the start of the line
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 3)
        #expect(finding.evidence == Array(repeating: "okay", count: 12).joined(separator: " ") + " …")
        #expect(finding.advice == "This line has 61 words (limit 60). Keep each line short: one idea at a time, then let the customer answer.")
    }

    @Test func conciseTurnsPassesAtSixtyWords() throws {
        // Given an agent line of exactly 60 words
        let card = try Fixtures.grade([Self.greeting, Self.customer, .agent(Array(repeating: "okay", count: 60).joined(separator: " "))])
        // Then the rule passes
        #expect(Fixtures.verdict("concise-turns", card) == .pass)
    }

    @Test func conciseTurnsCountsContractionsAsTheWordsTyped() throws {
        // Given a line of 60 typed words, ten of them contractions ("I'm")
        let line = (Array(repeating: "I'm", count: 10) + Array(repeating: "okay", count: 50)).joined(separator: " ")
        let card = try Fixtures.grade([Self.greeting, Self.customer, .agent(line)])
        // Then it is within the 60-word limit
        #expect(Fixtures.verdict("concise-turns", card) == .pass)
    }

    @Test func conciseTurnsUsesTheScenarioWordLimit() throws {
        // Given a scenario that limits lines to 10 words
        let scenario = Fixtures.scenario { $0.scorecard.wordLimit = 10 }
        let card = try Fixtures.grade([.agent("Hello there, my name is Sam, how can I help you today?")], scenario: scenario)
        // Then a 12-word line fails against that limit
        #expect(Fixtures.verdict("concise-turns", card) == .fail)
        #expect(card.finding("concise-turns")?.advice.hasPrefix("This line has 12 words (limit 10).") == true)
    }
}
