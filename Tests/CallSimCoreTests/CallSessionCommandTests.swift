import Testing
@testable import CallSimCore

@Suite("CallSession: in-call commands")
struct CallSessionCommandTests {
    private func answered(mode: PracticeMode = .exam) throws -> CallSession {
        var session = Fixtures.practice(mode: mode)
        try Fixtures.type(CallSessionFlowTests.greeting, into: &session)
        return session
    }

    @Test func quitLeavesTheExerciseAsAbandoned() throws {
        // Given a call under way
        var session = try answered()
        // When the trainee quits
        let events = try Fixtures.type("/quit", into: &session)
        // Then the quit is recorded (its turn first), and the call ends abandoned
        let quit = try #require(session.turns.last)
        #expect(quit.command == .quit)
        #expect(quit.text == "/quit")
        #expect(events == [.turn(quit), .callEnded(outcome: .abandoned, reason: .traineeQuit)])
        #expect(session.outcome == .abandoned)
        // And quitting again does nothing
        #expect(try Fixtures.type("/quit", into: &session).isEmpty)
    }

    @Test func endMovesToWrapUpWhereNotesAreWritten() throws {
        // Given a call under way, not resolved
        var session = try answered()
        // When the agent ends it
        let ended = try Fixtures.type("/end", into: &session)
        // Then it ends unresolved by the agent, in wrap-up
        #expect(Fixtures.callEnded(ended)! == (.unresolved, .agentEnded))
        #expect(session.phase == .wrapUp)
        // And notes, as a command or as plain text, are recorded as notes with wrap time
        // (typing at 40 words a minute, at least 5 s each: 5 s for 3 words, 6 s for 4)
        let first = try Fixtures.type("/notes Customer charged twice.", into: &session)
        let second = try Fixtures.type("Refund still to do.", into: &session)
        let notes = Array(session.turns.suffix(2))
        #expect(first == [.turn(notes[0]), .notice("Notes saved.")])
        #expect(second == [.turn(notes[1]), .notice("Notes saved.")])
        #expect(notes.map(\.command) == [.notes("Customer charged twice."), .notes("Refund still to do.")])
        #expect(notes.map(\.text) == ["/notes Customer charged twice.", "/notes Refund still to do."])
        #expect(notes.allSatisfy { $0.phase == .wrapUp })
        #expect(session.clock.wrapSeconds == 11)
    }

    @Test func commandsAfterTheEndAreRefused() throws {
        // Given a call the agent has ended
        var session = try answered()
        try Fixtures.type("/end", into: &session)
        let count = session.turns.count
        // When the agent tries to hold
        let events = try Fixtures.type("/hold 30", into: &session)
        // Then it is refused and nothing is recorded
        #expect(events == [.problem("the call has ended: write your notes with /notes TEXT, or press Ctrl-D to finish")])
        #expect(session.turns.count == count)
    }

    @Test func unknownActionIsAProblemAndNothingIsRecorded() throws {
        // Given a call under way
        var session = try answered()
        let count = session.turns.count
        // When the agent takes actions that do not exist or lack arguments
        // Then each is refused with what to type instead, and no turn is recorded
        #expect(try Fixtures.type("/action teleport", into: &session) == [.problem("no action called 'teleport'; the actions are: refund, credit, send-leaflet")])
        #expect(try Fixtures.type("/action refund", into: &session) == [.problem("refund needs amount; type /action refund AMOUNT")])
        #expect(try Fixtures.type("/action refund lots", into: &session) == [.problem("'lots' is not an amount; type e.g. /action refund 49.99")])
        #expect(session.turns.count == count)
        #expect(session.state.actionsTaken.isEmpty)
    }

    @Test func unknownTransferTargetIsAProblem() throws {
        // Given a call under way
        var session = try answered()
        let count = session.turns.count
        // When the agent transfers to a team the scenario does not have
        let events = try Fixtures.type("/transfer accounts", into: &session)
        // Then the known teams are listed and nothing is recorded
        #expect(events == [.problem("no team called 'accounts'; transfer to one of: billing-specialists, team-leader")])
        #expect(session.turns.count == count)
        #expect(session.endReason == nil)
    }

    @Test func transferAndEscalateEndTheCall() throws {
        // Given two calls under way
        var transferred = try answered()
        var escalated = try answered()
        // When one is transferred and one escalated
        let transfer = try Fixtures.type("/transfer billing-specialists", into: &transferred)
        let escalate = try Fixtures.type("/escalate", into: &escalated)
        // Then both end as transferred, to the right team
        #expect(transfer.contains(.notice("Transferring the call to billing-specialists.")))
        #expect(Fixtures.callEnded(transfer)! == (.transferred, .transferred))
        #expect(transferred.state.transfers == ["billing-specialists"])
        #expect(escalate.contains(.notice("Escalating the call to your team leader.")))
        #expect(Fixtures.callEnded(escalate)! == (.transferred, .transferred))
        #expect(escalated.state.transfers == ["team-leader"])
    }

    @Test func resumeWithoutHoldIsAProblem() throws {
        // Given a call not on hold
        var session = try answered()
        // When the agent resumes
        // Then it is refused; after a hold it works
        #expect(try Fixtures.type("/resume", into: &session) == [.problem("the customer is not on hold")])
        try Fixtures.type("/hold 30", into: &session)
        let resumed = try Fixtures.type("/resume", into: &session)
        let turn = try #require(session.turns.last(where: { $0.speaker == .agent }))
        #expect(turn.command == .resume)
        #expect(resumed.prefix(2) == [.turn(turn), .notice("You are back with the customer.")])
    }

    @Test func hintIsOnlyForCoachMode() throws {
        // Given an exam call and a coached call
        var exam = Fixtures.practice(mode: .exam)
        var coach = Fixtures.practice(mode: .coach)
        // When the trainee asks for a hint
        // Then the exam refuses, and the coach gives the current beat's hint
        #expect(try Fixtures.type("/hint", into: &exam) == [.problem("/hint is only available in coach mode (practice --mode coach)")])
        #expect(try Fixtures.type("/hint", into: &coach) == [.hint("Let him vent, then acknowledge how annoying this is before asking for anything.")])
        try Fixtures.type(CallSessionFlowTests.greeting, into: &coach)
        try Fixtures.type("Can I have your account number and date of birth, please?", into: &coach)
        #expect(try Fixtures.type("/hint", into: &coach) == [.hint("Two details are enough. Then refund the duplicate.")])
        #expect(coach.turns.allSatisfy { $0.command != .hint })
    }

    @Test func informationalCommandsAreNotRecorded() throws {
        // Given a call not yet answered
        var session = Fixtures.practice()
        // When the trainee asks for help, the brief, and a repeat
        // Then each is answered and nothing is recorded
        #expect(try Fixtures.type("/repeat", into: &session) == [.problem("the customer has not said anything yet")])
        #expect(try Fixtures.type("/help", into: &session) == [.help(actions: Fixtures.scenario.actions, transfers: Fixtures.scenario.transfers, coach: false)])
        #expect(try Fixtures.type("/brief", into: &session) == [.brief])
        #expect(session.turns.isEmpty)
        try Fixtures.type(CallSessionFlowTests.greeting, into: &session)
        let last = try #require(session.lastCustomerTurn)
        #expect(try Fixtures.type("/repeat", into: &session) == [.turn(last)])
        #expect(session.turns.count == 2)
    }

    @Test func aTriggerOnACommandAnswersIt() throws {
        // Given a call in the "verifying" beat, which answers holds
        var session = try answered()
        try Fixtures.type("Can I have your account number and date of birth, please?", into: &session)
        // When the agent holds
        let events = try Fixtures.type("/hold 30 checking", into: &session)
        // Then the customer answers the hold
        #expect(Fixtures.customerTexts(events) == [Fixtures.holdReply])
    }
}

@Suite("CallSession: coaching")
struct CallSessionCoachingTests {
    @Test func coachModeNudgesAtMostOnceALineAndPraisesTheGreetingFirst() throws {
        // Given a coached call played with the model script
        let (_, events) = try Fixtures.run(Fixtures.goodLiveScript, mode: .coach)
        // Then no line gives more than one nudge, and the first line is praised for its greeting
        #expect(events.allSatisfy { Fixtures.nudges($0).count <= 1 })
        #expect(Fixtures.nudges(events[1]) == [Nudge(rule: "greeting", positive: true, text: "Good opening greeting.")])
        #expect(Fixtures.nudges(events[2]) == [Nudge(rule: "acknowledge-feelings", positive: true, text: "You acknowledged how the customer feels.")])
        #expect(events.flatMap(Fixtures.nudges).count >= 4)
    }

    @Test func aBrokenRuleIsNudgedBeforeAMetOne() throws {
        // Given a coached call just answered
        var session = Fixtures.practice(mode: .coach)
        try Fixtures.type(CallSessionFlowTests.greeting, into: &session)
        // When the agent tells the customer to calm down
        let events = try Fixtures.type("Calm down, I'm sorry.", into: &session)
        // Then the nudge is the broken rule's, with the phrase's better wording
        #expect(Fixtures.nudges(events) == [
            Nudge(rule: "discouraged-phrases", positive: false, text: "Avoid this phrase. Instead: “\(Fixtures.calmDownReplacement)”"),
        ])
    }

    @Test func notesStayPendingAfterTheEndUntilTheCallIsScored() throws {
        // Given a coached call the agent has just ended, without notes yet
        var session = Fixtures.practice(mode: .coach)
        try Fixtures.type(CallSessionFlowTests.greeting, into: &session)
        let ended = try Fixtures.type("/end", into: &session)
        // Then the trainee is not told off for notes they can still write
        #expect(!Fixtures.nudges(ended).contains { $0.rule == "wrap-up-notes" })
        let status = Evaluator.statuses(for: session.record).first { $0.rule.id == "wrap-up-notes" }?.status
        #expect(status == .pending)
        // And once scored without notes, the rule fails
        #expect(Fixtures.verdict("wrap-up-notes", session.finish()) == .fail)
    }

    @Test func examModeNeverNudges() throws {
        // Given an exam call played with the model script and a bad line
        let (_, events) = try Fixtures.run(["Yes?", "Calm down."] , mode: .exam)
        let (_, good) = try Fixtures.run(Fixtures.goodLiveScript, mode: .exam)
        // Then there is no nudge at all
        #expect((events + good).allSatisfy { Fixtures.nudges($0).isEmpty })
    }
}
