import Testing
@testable import CallSimCore

@Suite("CallSession: a scripted call's flow")
struct CallSessionFlowTests {
    static let greeting = "Good morning, thank you for calling Nile Telecom, my name is Sam."

    @Test func inboundCallWaitsForTheAgentsGreeting() {
        // Given a live inbound call
        var session = Fixtures.practice()
        // When it starts
        let events = session.start()
        // Then the customer says nothing until the agent answers
        #expect(events.isEmpty)
        #expect(session.turns.isEmpty)
        #expect(session.phase == .opening)
        #expect(session.state.beat == "complaint")
        #expect(session.state.mood == 7)
        #expect(session.state.patience == 4)
    }

    @Test func theFirstLineIsAnsweredByTheStartBeat() throws {
        // Given a live inbound call
        var session = Fixtures.practice()
        // When the agent greets the customer
        let events = try Fixtures.type(Self.greeting, into: &session)
        // Then the agent's line is recorded and the customer explains with a line of the start beat
        let turns = Fixtures.turns(events)
        #expect(turns.map(\.speaker) == [.agent, .customer])
        #expect(turns[0].text == Self.greeting)
        #expect(turns[0].index == 0)
        #expect(turns[0].categories.contains("greeting"))
        #expect(turns[0].phase == .opening)
        #expect(Fixtures.complaintLines.map(\.text).contains(turns[1].text))
        #expect(turns[1].tags == ["upset"])
        #expect(turns[1].index == 1)
        #expect(session.turns == turns)
        #expect(session.state.beat == "complaint")
    }

    @Test func theSameSeedAndInputsGiveTheSameCall() throws {
        // Given two calls with the same seed
        let first = try Fixtures.run(Fixtures.goodLiveScript, seed: 42)
        let second = try Fixtures.run(Fixtures.goodLiveScript, seed: 42)
        // Then every turn and event is identical
        #expect(first.session.turns == second.session.turns)
        #expect(first.events == second.events)
        #expect(first.session.state == second.session.state)
        #expect(first.session.clock == second.session.clock)
    }

    @Test func differentSeedsChooseDifferentLines() throws {
        // Given calls with twenty different seeds
        var openings = Set<String>()
        for seed in UInt64(0)..<20 {
            var session = Fixtures.practice(seed: seed)
            // When the agent greets the customer
            let events = try Fixtures.type(Self.greeting, into: &session)
            openings.formUnion(Fixtures.customerTexts(events))
        }
        // Then the customer does not always open with the same line, and every line is the start beat's
        #expect(openings.count > 1)
        #expect(openings.isSubset(of: Set(Fixtures.complaintLines.map(\.text))))
    }

    @Test func aTriggerMovesTheCallToItsBeatAndTheCustomerSaysItsLine() throws {
        // Given a call just answered
        var session = Fixtures.practice()
        try Fixtures.type(Self.greeting, into: &session)
        // When the agent apologises and empathises
        let events = try Fixtures.type("I'm so sorry, I understand how frustrating this is.", into: &session)
        // Then the call moves to "listened", the customer says one of its lines, and calms down
        #expect(session.state.beat == "listened")
        #expect(session.state.reachedBeats == ["complaint", "listened"])
        let said = Fixtures.customerTexts(events)
        #expect(said.count == 1)
        #expect(Fixtures.listenedLines.map(\.text).contains(said[0]))
        #expect(events.contains(.mood(from: 7, to: 5)))
        #expect(session.state.mood == 5)
    }

    @Test func verificationTriggerAppliesItsMoodAndTheCustomerGivesFacts() throws {
        // Given a call just answered
        var session = Fixtures.practice()
        try Fixtures.type(Self.greeting, into: &session)
        // When the agent asks for identity details
        let events = try Fixtures.type("Can I have your account number and date of birth, please?", into: &session)
        // Then the trigger's mood applies, and the customer's line fills in the facts and gives them
        #expect(session.state.beat == "verifying")
        #expect(session.state.mood == 6.5)
        let turn = try #require(Fixtures.turns(events).last)
        #expect(turn.speaker == .customer)
        #expect([
            "Karim Haddad. Account 40021987, date of birth 14 March 1988.",
            "It's Karim Haddad, born 14 March 1988. The account number is 40021987.",
        ].contains(turn.text))
        #expect(Set(turn.givenFacts) == ["name", "account-number", "date-of-birth"])
        #expect(session.state.given == ["name", "account-number", "date-of-birth"])
        #expect(session.state.verificationAsked)
        #expect(session.state.verified)
    }

    @Test func aOnceTriggerFiresOnlyOnceThenTheFallbackIsSaid() throws {
        // Given a call in the "verifying" beat
        var session = Fixtures.practice()
        try Fixtures.type(Self.greeting, into: &session)
        try Fixtures.type("Can I have your account number and date of birth, please?", into: &session)
        // When the agent empathises twice
        let first = try Fixtures.type("I understand how frustrating this is.", into: &session)
        let second = try Fixtures.type("I understand how frustrating this is.", into: &session)
        // Then the once-only reply comes first, then the beat's fallback that fits the calmer mood
        #expect(Fixtures.customerTexts(first) == [Fixtures.verifyingEmpathyReply])
        #expect(session.state.fired.contains("verifying#2"))
        #expect(Fixtures.customerTexts(second) == ["So can you see the two payments?"])
        #expect(session.state.beat == "verifying")
        #expect(session.state.mood == 5)
    }

    @Test func anytimeTriggersFireInEveryBeat() throws {
        // Given a call just answered
        var session = Fixtures.practice()
        try Fixtures.type(Self.greeting, into: &session)
        // When the agent tells the customer to calm down
        let events = try Fixtures.type("Calm down.", into: &session)
        // Then the anytime trigger answers, and the beat does not change
        let said = Fixtures.customerTexts(events)
        #expect(said.count == 1)
        #expect(Fixtures.anytimeAbuseReplies.map(\.text).contains(said[0]))
        #expect(session.state.beat == "complaint")
        #expect(session.state.fired.contains("anytime#0"))
        #expect(session.endReason == nil)
    }

    @Test func anUnverifiedRefundGetsTheAnytimeReplyAndStillResolves() throws {
        // Given a call just answered, with no identity check
        var session = Fixtures.practice()
        try Fixtures.type(Self.greeting, into: &session)
        // When the agent refunds straight away
        let events = try Fixtures.type("/action refund 49.99", into: &session)
        // Then the action is done, the customer objects, and the resolving variable is set
        #expect(events.contains(.notice("Done on the account: refund 49.99.")))
        #expect(Fixtures.customerTexts(events) == [Fixtures.unverifiedRefundReply])
        #expect(session.state.variables == ["refunded": "yes"])
        #expect(session.state.actionsTaken == ["refund"])
        #expect(session.state.resolvedTurn == 2)
        #expect(session.isResolved)
        #expect(session.state.beat == "complaint")
    }

    @Test func anUnhelpfulLineGetsTheFallbackAndCostsPatience() throws {
        // Given a call just answered
        var session = Fixtures.practice()
        try Fixtures.type(Self.greeting, into: &session)
        // When the agent says something that helps nobody
        let events = try Fixtures.type("Okay.", into: &session)
        // Then the customer says a fallback line, loses patience and gets angrier
        let said = Fixtures.customerTexts(events)
        #expect(said.count == 1)
        #expect(Fixtures.complaintFallback.map(\.text).contains(said[0]))
        #expect(session.state.patience == 3)
        #expect(session.state.mood == 7.8)
    }

    @Test func resolutionByVariableMakesTheOutcomeResolved() throws {
        // Given a model call played to the end
        let (session, events) = try Fixtures.run(Fixtures.goodLiveScript)
        // Then the refund resolved it at the action's turn, and the call ended resolved by the agent
        let action = try #require(session.turns.first { $0.command == .action(name: "refund", arguments: ["49.99"]) })
        #expect(session.state.resolvedTurn == action.index)
        #expect(session.state.beat == "refunded")
        #expect(session.endReason == .agentEnded)
        #expect(session.outcome == .resolved)
        #expect(events[8].contains(.callEnded(outcome: .resolved, reason: .agentEnded)))
        #expect(Fixtures.customerTexts(events[7]) == ["Bye."])
        #expect(events[9].last == .notice("Notes saved."))
    }

    @Test func reachingAResolvedEndBeatResolvesWithoutAResolutionCondition() throws {
        // Given the scenario without a resolving condition (only the "refunded" beat's `end: resolved`)
        let scenario = Fixtures.scenario { $0.resolution = Condition() }
        var session = Fixtures.practice(scenario)
        try Fixtures.type(Self.greeting, into: &session)
        try Fixtures.type("Can I have your account number and date of birth, please?", into: &session)
        #expect(!session.isResolved)
        // When the refund moves the call to the resolved beat
        try Fixtures.type("/action refund 49.99", into: &session)
        // Then the call is resolved at the action's turn
        #expect(session.state.beat == "refunded")
        #expect(session.state.resolvedTurn == 4)
        #expect(session.turns[4].text == "/action refund 49.99")
        #expect(session.isResolved)
    }

    @Test func anOutboundCallIsOpenedByTheCustomer() throws {
        // Given an outbound version of the scenario
        let scenario = Fixtures.scenario { $0.direction = .outbound }
        var session = Fixtures.practice(scenario)
        // When the call starts
        let events = session.start()
        // Then the customer answers with a line of the start beat
        let said = Fixtures.customerTexts(events)
        #expect(said.count == 1)
        #expect(Fixtures.complaintLines.map(\.text).contains(said[0]))
    }

    @Test func theCallIsInTheBodyAfterAnOpeningThatThanksTheCustomerForCalling() throws {
        // Given a call opened with "thank you for calling ..." (also a farewell phrase)
        var session = Fixtures.practice()
        try Fixtures.type(Self.greeting, into: &session)
        try Fixtures.type("I'm so sorry, I understand how frustrating this is.", into: &session)
        // When the agent continues with the body of the call (after the two opening lines)
        let events = try Fixtures.type("Can I have your account number and date of birth, please?", into: &session)
        // Then that line belongs to the body, not the closing
        #expect(session.turns[2].phase == .opening)
        #expect(Fixtures.turns(events).first?.phase == .body)
    }
}
