import Testing
@testable import CallSimCore

@Suite("CallSession: mood and hanging up")
struct CallSessionMoodTests {
    static let greeting = CallSessionFlowTests.greeting

    private func answered(_ scenario: Scenario = Fixtures.scenario) throws -> CallSession {
        var session = Fixtures.practice(scenario)
        try Fixtures.type(Self.greeting, into: &session)
        return session
    }

    @Test func empathyCalmsAndRepeatingItCountsForLess() throws {
        // Given an angry customer at mood 7
        var session = try answered()
        // When the agent empathises twice
        let first = try Fixtures.type("I understand how you feel.", into: &session)
        let second = try Fixtures.type("I understand how you feel.", into: &session)
        // Then the first calms by 1 and the second by half as much
        #expect(first.contains(.mood(from: 7, to: 6)))
        #expect(second.contains(.mood(from: 6, to: 5.5)))
        #expect(session.turns.filter { $0.speaker == .agent }.map(\.moodAfter) == [7, 6, 5.5])
    }

    @Test func goodHandlingCalmsAManipulativeCustomerLess() throws {
        // Given a manipulative customer (calm factor 0.6)
        var session = try answered(Fixtures.scenario { $0.persona.temperament = .manipulative })
        // When the agent empathises
        try Fixtures.type("I understand how you feel.", into: &session)
        // Then the mood falls by 0.6
        #expect(session.state.mood == 6.4)
    }

    @Test func calmDownInflamesScaledByTemperament() throws {
        // Given an angry customer (inflame factor 1.5) and a calm one (0.6), both at mood 7
        var angry = try answered()
        var calm = try answered(Fixtures.scenario { $0.persona.temperament = .calm })
        // When the agent tells each to calm down (a discouraged phrase with mood effect 1.5)
        let events = try Fixtures.type("Calm down.", into: &angry)
        try Fixtures.type("Calm down.", into: &calm)
        // Then the angry customer's mood rises by 2.25 (to 9.3, rounded to a tenth), the calm one's by 0.9
        #expect(events.contains(.mood(from: 7, to: 9.3)))
        #expect(angry.state.mood == 9.3)
        #expect(calm.state.mood == 7.9)
    }

    @Test func temperamentFactors() {
        // Given every temperament
        // Then bad handling inflames and good handling calms by the documented factors
        #expect(Temperament.allCases.map(\.inflameFactor) == [1.5, 1.0, 1.0, 0.6, 1.2])
        #expect(Temperament.allCases.map(\.calmFactor) == [1.0, 1.0, 1.0, 1.0, 0.6])
    }

    @Test func theCustomerHangsUpWhenMoodReachesTen() throws {
        // Given an angry customer told once to calm down (mood 9.3)
        var session = try answered()
        try Fixtures.type("Calm down.", into: &session)
        // When the agent says it again
        let events = try Fixtures.type("Calm down.", into: &session)
        // Then the mood tops out at 10, the customer answers and hangs up, and the call is abandoned
        #expect(session.state.mood == 10)
        #expect(events.contains(.notice("The customer has had enough and hangs up.")))
        #expect(Fixtures.callEnded(events)! == (.abandoned, .customerHungUp))
        #expect(session.endReason == .customerHungUp)
        #expect(session.outcome == .abandoned)
        #expect(session.hasEnded)
        #expect(session.phase == .wrapUp)
        #expect(Fixtures.customerTexts(events).count == 1)
    }

    @Test func theCustomerHangsUpWhenPatienceRunsOut() throws {
        // Given a customer who tolerates two unhelpful turns
        var session = try answered(Fixtures.scenario { $0.persona.patience = 2 })
        // When the agent is unhelpful twice
        let first = try Fixtures.type("Okay.", into: &session)
        let second = try Fixtures.type("Right.", into: &session)
        // Then the customer hangs up after the second, before the mood reaches 10
        #expect(Fixtures.callEnded(first) == nil)
        #expect(second.contains(.notice("The customer runs out of patience and hangs up.")))
        #expect(Fixtures.callEnded(second)! == (.abandoned, .customerHungUp))
        #expect(session.state.patience == 0)
        #expect(session.state.mood == 8.6)
    }

    @Test func aHoldOverTheLimitUpsetsTheCustomer() throws {
        // Given a customer calmed to mood 5
        var session = try answered()
        try Fixtures.type("I'm so sorry, I understand how frustrating this is.", into: &session)
        #expect(session.state.mood == 5)
        // When the agent holds for 180 s (limit 120 s)
        let events = try Fixtures.type("/hold 180 checking your payments", into: &session)
        // Then the hold is announced and the mood rises by 2, scaled by the angry temperament
        #expect(events.contains(.notice("The customer is on hold for 180 s.")))
        #expect(events.contains(.mood(from: 5, to: 8)))
        #expect(session.clock.holdSeconds == 180)
    }

    @Test func aHoldWithinTheLimitDoesNotMoveTheMood() throws {
        // Given a call just answered
        var session = try answered()
        // When the agent holds without saying for how long (60 s)
        let events = try Fixtures.type("/hold", into: &session)
        // Then the hold is recorded and announced, and the mood does not move
        let hold = try #require(session.turns.last)
        #expect(hold.command == .hold(seconds: nil, reason: nil))
        #expect(hold.duration == 60)
        #expect(events == [.turn(hold), .notice("The customer is on hold for 60 s.")])
        #expect(session.state.mood == 7)
        #expect(session.clock.holdSeconds == 60)
    }

    @Test func csatFollowsFinalMoodAndResolution() {
        // Given final moods and outcomes
        // Then CSAT is 1 to 5
        #expect(CallMetrics.csat(finalMood: 1, resolved: true, abandoned: false) == 5)
        #expect(CallMetrics.csat(finalMood: 4, resolved: true, abandoned: false) == 4)
        #expect(CallMetrics.csat(finalMood: 8, resolved: true, abandoned: false) == 3)
        #expect(CallMetrics.csat(finalMood: 4, resolved: false, abandoned: false) == 3)
        #expect(CallMetrics.csat(finalMood: 9, resolved: false, abandoned: false) == 1)
        #expect(CallMetrics.csat(finalMood: 0, resolved: true, abandoned: true) == 1)
    }
}
