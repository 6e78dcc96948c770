import Testing
@testable import CallSimCore

@Suite("Rules: opening")
struct OpeningRulesTests {
    static let customer = Fixtures.Line.customer("I've been charged twice.", tags: ["upset"])

    @Test func greetingPassesOnTheFirstLine() throws {
        // Given a call that opens with a greeting
        let card = try Fixtures.grade([.agent("Good morning, thank you for calling Nile Telecom, my name is Sam.")])
        // When graded
        let finding = try #require(card.finding("greeting"))
        // Then the greeting passes at turn 1, quoting the trainee's words
        #expect(finding.verdict == .pass)
        #expect(finding.turn == 1)
        #expect(finding.evidence == "Good morning")
        #expect(finding.section == "opening")
        #expect(finding.critical == false)
    }

    @Test func greetingFailsWhenOnlyALaterLineGreets() throws {
        // Given a call whose first line asks for the account before any greeting
        let card = try Fixtures.grade([
            .agent("Can I have your account number?"), Self.customer, .agent("Hello, sorry."),
        ])
        // When graded
        let finding = try #require(card.finding("greeting"))
        // Then the greeting fails at the first line, with advice and an example from the phrasebook
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 1)
        #expect(finding.evidence == "Can I have your account number?")
        #expect(finding.advice == "Open every call with a greeting before anything else. For example: “Hello”")
    }

    @Test func greetingFailsWhenTheAgentNeverSpeaks() throws {
        // Given a transcript where only the customer speaks
        let card = try Fixtures.grade([Self.customer])
        // When graded
        let finding = try #require(card.finding("greeting"))
        // Then the greeting fails with no turn or evidence
        #expect(finding.verdict == .fail)
        #expect(finding.turn == nil)
        #expect(finding.evidence == nil)
    }

    @Test func agentNamePassesInTheSecondLine() throws {
        // Given an agent who gives their name in their second line
        let card = try Fixtures.grade([.agent("Hello."), Self.customer, .agent("Sorry to hear that, my name is Sam.")])
        // When graded
        let finding = try #require(card.finding("agent-name"))
        // Then it passes at that line
        #expect(finding.verdict == .pass)
        #expect(finding.turn == 3)
        #expect(finding.evidence == "my name is Sam")
    }

    @Test func agentNameFailsAfterTheOpening() throws {
        // Given an agent who gives their name only in their third line
        let card = try Fixtures.grade([
            .agent("Hello."), Self.customer, .agent("I see."), .agent("My name is Sam."),
        ])
        // When graded
        let finding = try #require(card.finding("agent-name"))
        // Then it fails at the first line, with the phrasebook's example filled with the agent's name
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 1)
        #expect(finding.advice == "Introduce yourself by name in your first line. For example: “My name is Sam”")
    }

    @Test func agentNameMatchesAnyNameWhenTheAgentIsUnknown() throws {
        // Given a transcript with no agent name
        let card = try Fixtures.grade([.agent("Hello, my name is Bob.")], agent: nil)
        // When graded
        // Then any name after "my name is" counts
        #expect(Fixtures.verdict("agent-name", card) == .pass)
        #expect(card.finding("agent-name")?.evidence == "my name is Bob")
    }

    @Test func agentNameFailsForSomeoneElsesName() throws {
        // Given an agent called Sam who introduces himself as Bob
        let card = try Fixtures.grade([.agent("Hello, my name is Bob."), Self.customer, .agent("Right.")])
        // When graded
        // Then the introduction does not count
        #expect(Fixtures.verdict("agent-name", card) == .fail)
    }

    @Test func companyNamePassesWhenNamed() throws {
        // Given an opening that names the company
        let card = try Fixtures.grade([.agent("Good morning, thank you for calling Nile Telecom, my name is Sam.")])
        // When graded
        let finding = try #require(card.finding("company-name"))
        // Then it passes, quoting the phrase
        #expect(finding.verdict == .pass)
        #expect(finding.turn == 1)
        #expect(finding.evidence == "thank you for calling Nile Telecom")
    }

    @Test func companyNameFailsWhenNotNamed() throws {
        // Given an opening that does not name the company in two lines
        let card = try Fixtures.grade([.agent("Hello, my name is Sam."), Self.customer, .agent("How can I help?")])
        // When graded
        let finding = try #require(card.finding("company-name"))
        // Then it fails at the first line
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 1)
        #expect(finding.evidence == "Hello, my name is Sam.")
    }

    @Test func companyNameIsNotApplicableWithoutACompany() throws {
        // Given a generic call with no company known
        let card = try Fixtures.grade([.agent("Hello, my name is Sam.")], scenario: nil, company: nil)
        // When graded
        let finding = try #require(card.finding("company-name"))
        // Then the rule does not apply
        #expect(finding.verdict == .notApplicable)
        #expect(finding.turn == nil)
        #expect(finding.evidence == nil)
    }

    @Test func goodTimeCheckIsNotApplicableInbound() throws {
        // Given an inbound call
        let card = try Fixtures.grade([.agent("Hello, my name is Sam.")])
        // Then the rule does not apply
        #expect(Fixtures.verdict("good-time-check", card) == .notApplicable)
    }

    @Test func goodTimeCheckPassesOutboundWithinThreeLines() throws {
        // Given an outbound call that asks whether it is a good time in the third line
        let card = try Fixtures.grade([
            .agent("Hello, is this Karim?"), .customer("Yes."),
            .agent("This is Sam from Nile Telecom."), .customer("Okay."),
            .agent("Is this a good time to talk?"),
        ], scenario: nil, direction: .outbound)
        // When graded
        let finding = try #require(card.finding("good-time-check"))
        // Then it passes at that line, quoting the shortest form of the phrase
        #expect(finding.verdict == .pass)
        #expect(finding.turn == 5)
        #expect(finding.evidence == "Is this a good time")
    }

    @Test func goodTimeCheckFailsOutboundWhenLate() throws {
        // Given an outbound call that asks only in the fourth line
        let card = try Fixtures.grade([
            .agent("Hello."), .customer("Yes?"), .agent("This is Sam from Nile Telecom."), .customer("Okay."),
            .agent("We have a new offer."), .customer("Right."), .agent("Do you have a minute?"),
        ], scenario: nil, direction: .outbound)
        // When graded
        let finding = try #require(card.finding("good-time-check"))
        // Then it fails at the first line
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 1)
    }
}
