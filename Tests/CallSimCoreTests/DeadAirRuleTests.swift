import Testing
@testable import CallSimCore

@Suite("Rules: dead-air")
struct DeadAirRuleTests {
    // "Good morning, thank you for calling Nile Telecom." is 8 words: 3.2 s at 150 words a minute.
    static let greeting = Fixtures.Line.agent("Good morning, thank you for calling Nile Telecom.", at: 0)
    // 4 words: 1.6 s, so the customer stops talking at 5.6 s.
    static let customer = Fixtures.Line.customer("I was charged twice.", at: 4)

    @Test func notApplicableWithoutTimestamps() throws {
        // Given an untimed transcript
        let card = try Fixtures.grade([.agent("Hello."), .customer("Hi."), .agent("How can I help?")])
        // Then silences cannot be judged
        #expect(Fixtures.verdict("dead-air", card) == .notApplicable)
    }

    @Test func aTwentySecondSilenceFails() throws {
        // Given the agent answers 20.4 s after the customer stops talking
        let card = try Fixtures.grade([Self.greeting, Self.customer, .agent("I'm so sorry about that.", at: 26)])
        // When graded
        let finding = try #require(card.finding("dead-air"))
        // Then the silence fails the rule at the agent's line
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 3)
        #expect(finding.evidence == "I'm so sorry about that.")
        #expect(finding.advice == "20 s of silence before this line. Don't leave the customer in silence: say what you are doing, or ask to put them on hold.")
    }

    @Test func aTenSecondSilencePasses() throws {
        // Given the agent answers 10 s after the customer stops talking
        let card = try Fixtures.grade([Self.greeting, Self.customer, .agent("I'm so sorry about that.", at: 15.6)])
        // When graded
        let finding = try #require(card.finding("dead-air"))
        // Then the rule passes
        #expect(finding.verdict == .pass)
        #expect(finding.turn == nil)
    }

    @Test func aHoldIsNotDeadAir() throws {
        // Given a 60 s hold, asked for, and the agent back when it ends
        let card = try Fixtures.grade([
            Self.greeting, Self.customer,
            .agent("Bear with me while I check your payments.", at: 8),
            .agent("/hold 60", at: 12),
            .agent("Thank you for holding.", at: 73),
        ])
        // Then the hold is not dead air, and it lasted until the agent came back
        #expect(Fixtures.verdict("dead-air", card) == .pass)
        #expect(card.metrics.holdSeconds == 61)
    }

    @Test func theSameGapWithoutAHoldIsDeadAir() throws {
        // Given the same timings with no hold and no announcement
        let card = try Fixtures.grade([
            Self.greeting, Self.customer,
            .agent("Let me see.", at: 8),
            .agent("Right, I see it now.", at: 73),
        ])
        // Then the silence is dead air
        #expect(Fixtures.verdict("dead-air", card) == .fail)
        #expect(card.finding("dead-air")?.turn == 4)
    }

    @Test func anAnnouncedSilenceIsNotDeadAir() throws {
        // Given the agent says they are checking, then speaks 30 s later
        let card = try Fixtures.grade([
            Self.greeting, Self.customer,
            .agent("Bear with me while I check your payments.", at: 8),
            .agent("Thanks, I can see the two payments now.", at: 40),
        ])
        // Then the silence was explained
        #expect(Fixtures.verdict("dead-air", card) == .pass)
    }

    @Test func aHoldThatLastsUntilTheAgentsNextLineIsNotDeadAir() throws {
        // Given a hold with no time typed, timed in the transcript to last 90 s (until the /resume)
        let card = try Fixtures.grade([
            Self.greeting, Self.customer,
            .agent("/hold", at: 10),
            .agent("/resume", at: 100),
            .agent("Thank you for holding.", at: 101),
        ])
        // Then the time on hold is a hold, not dead air (hold etiquette is judged separately)
        #expect(Fixtures.verdict("dead-air", card) == .pass)
        #expect(Fixtures.verdict("hold-etiquette", card) == .fail)
    }

    @Test func chatAllowsSixtySeconds() throws {
        // Given a chat where the agent replies about 40 s after the customer stops typing
        let card = try Fixtures.grade([
            .agent("Hello, thank you for contacting Nile Telecom.", at: 0),
            .customer("I was charged twice.", at: 10),
            .agent("I'm so sorry about that.", at: 55),
        ], channel: .chat)
        // Then it is within the chat limit
        #expect(Fixtures.verdict("dead-air", card) == .pass)
    }

    @Test func theScenarioCanShortenTheLimit() throws {
        // Given a scenario that allows only 5 s of silence
        let scenario = Fixtures.scenario { $0.scorecard.deadAirLimit = 5 }
        let card = try Fixtures.grade([Self.greeting, Self.customer, .agent("I'm so sorry about that.", at: 15.6)], scenario: scenario)
        // Then a 10 s silence fails
        #expect(Fixtures.verdict("dead-air", card) == .fail)
    }

    @Test func wrapUpNotesAreNotDeadAir() throws {
        // Given notes written long after the call ended
        let card = try Fixtures.grade([
            Self.greeting, Self.customer, .agent("I'm so sorry about that.", at: 8), .agent("/end", at: 10),
            .agent("/notes Customer charged twice, apologised.", at: 200),
        ])
        // Then the wait before the notes is not dead air
        #expect(Fixtures.verdict("dead-air", card) == .pass)
    }
}
