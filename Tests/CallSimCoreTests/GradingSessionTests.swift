import Testing
@testable import CallSimCore

@Suite("CallSession: grading a recorded call")
struct GradingSessionTests {
    @Test func heardLinesWithoutTagsAreInferred() throws {
        // Given a grading session where the agent asked for the account number
        var session = Fixtures.grading()
        _ = session.replay(.say("Can I have your account number?"), at: nil)
        // When the customer's untagged line gives it angrily, and a tagged line gives nothing
        _ = session.hear("This is ridiculous, it's 40021987!", tags: nil)
        _ = session.hear("This is ridiculous!!", tags: [])
        // Then the first line's tags are inferred and the second's are kept empty
        #expect(session.turns[1].tags == ["upset", "gives:account-number"])
        #expect(session.turns[2].tags == [])
        #expect(session.state.given == ["account-number"])
    }

    @Test func gradingNeverSpeaksForTheCustomer() throws {
        // Given a grading session with the scenario
        var session = Fixtures.grading()
        // When the agent greets and apologises
        let first = session.replay(.say("Good morning, my name is Sam."), at: nil)
        let second = session.replay(.say("I'm so sorry, I understand how frustrating this is."), at: nil)
        // Then only the agent's lines are recorded, but the scenario's state still follows the call
        #expect(Fixtures.customerTexts(first + second).isEmpty)
        #expect(session.turns.map(\.speaker) == [.agent, .agent])
        #expect(session.state.beat == "listened")
        #expect(session.state.mood == 5)
    }

    @Test func gradedCustomerLinesAreNotMarkedUpsetByMood() throws {
        // Given a grading session with an angry persona (mood 7)
        var session = Fixtures.grading()
        _ = session.replay(.say("Hello."), at: nil)
        // When the customer's line is heard with explicit tags
        _ = session.hear("Okay.", tags: ["calm"])
        _ = session.hear("Fine.", tags: [])
        // Then the tags are exactly the transcript's
        #expect(session.turns[1].tags == ["calm"])
        #expect(session.turns[2].tags == [])
    }

    @Test func recordedCommandsAreNotValidatedAgainstTheScenario() throws {
        // Given a grading session with the scenario
        var session = Fixtures.grading()
        _ = session.replay(.say("Hello."), at: nil)
        // When the transcript has an action the scenario does not define
        let events = session.replay(.command(.action(name: "teleport", arguments: [])), at: nil)
        // Then it is recorded as it happened
        #expect(Fixtures.problems(events).isEmpty)
        #expect(session.turns.last?.text == "/action teleport")
    }

    @Test func timestampsMoveTheClock() throws {
        // Given a grading session
        var session = Fixtures.grading(nil)
        // When lines come with recorded times
        _ = session.replay(.say("Hello."), at: 5)
        _ = session.hear("Hi.", tags: [], at: 12)
        // Then the turns start at those times and the call is timed
        #expect(session.turns.map(\.at) == [5, 12])
        #expect(session.timed)
        #expect(session.clock.now == 13)
    }

    @Test func untimedLinesFollowTheSimulatedClock() throws {
        // Given a grading session
        var session = Fixtures.grading(nil)
        // When lines come without times
        _ = session.replay(.say("Hello there, my name is Sam."), at: nil)
        _ = session.hear("Hi.", tags: [])
        // Then each starts when the previous ended (6 words at 150 a minute take 2.4 s)
        #expect(session.turns.map(\.at) == [0, 2.4])
        #expect(session.timed == false)
    }

    @Test func aTranscriptThatRunsOutEndsAsTranscriptEnded() throws {
        // Given a grading session with two lines
        var session = Fixtures.grading()
        _ = session.replay(.say("Hello."), at: nil)
        _ = session.hear("Hi.", tags: [])
        // When finished
        _ = session.finish()
        // Then the transcript simply ended
        #expect(session.endReason == .transcriptEnded)
        #expect(session.outcome == .unresolved)
    }

    @Test func everyTranscriptLineIsJudgedEvenAfterTheSimulatedCustomerWouldHaveHungUp() throws {
        // Given a transcript where the agent insults the customer (the scenario's angry persona would
        // hang up), and the recorded call goes on with an unverified refund
        let card = try Fixtures.grade([
            .agent("Good morning, thank you for calling Nile Telecom, my name is Sam."),
            .customer("I've been charged twice!", tags: ["upset"]),
            .agent("Shut up."),
            .customer("Excuse me?", tags: ["upset"]),
            .agent("/action refund 49.99"),
            .agent("/end"),
        ])
        // Then the refund in the transcript is still judged: both critical rules fail
        #expect(card.autoFail == ["identity-verification", "no-abuse"])
        #expect(Fixtures.verdict("no-unauthorised-concessions", card) == .pass)
    }
}
