import CallSimCore
import CallSimStore
import Foundation
import Testing

@Suite("Recording a session")
struct RecordingTests {
    @Test("a finished call reads back exactly as it was recorded")
    func roundTrip() throws {
        // Given an in-memory store and a call with four turns
        let store = try CallStore.inMemory()
        let id = try store.beginSession(Fixtures.newSession())
        for turn in Fixtures.turns {
            try store.appendTurn(session: id, turn: turn)
        }

        // When the call is finished
        let endedAt = Fixtures.start.addingTimeInterval(60)
        try store.finishSession(
            id, endedAt: endedAt, outcome: .resolved, endReason: .agentEnded, scorecard: Fixtures.scorecard)

        // Then the whole session reads back: header, turns in order, findings in order, metrics
        let session = try #require(try store.session(id))
        #expect(session.id == id)
        #expect(session.trainee == "Sam")
        #expect(session.kind == "call")
        #expect(session.scenarioId == "billing-double-charge")
        #expect(session.scenarioTitle == "Charged twice")
        #expect(session.scenarioHash == "abc123")
        #expect(session.language == "en")
        #expect(session.mode == "coach")
        #expect(session.seed == 42)
        #expect(session.passMark == 75)
        #expect(session.startedAt == Fixtures.start)
        #expect(session.endedAt == endedAt)
        #expect(session.outcome == .resolved)
        #expect(session.endReason == .agentEnded)
        #expect(session.score == 72)
        #expect(session.passed == false)
        #expect(!session.isIncomplete)
        #expect(session.turns.map(\.position) == [0, 1, 2, 3])
        #expect(session.turns.map(\.speaker) == [.agent, .customer, .agent, .agent])
        #expect(session.turns.map(\.text) == Fixtures.turns.map(\.text))
        #expect(session.turns.map(\.at) == [0, 6, 10, 41])
        #expect(session.turns.map(\.duration) == [4, 3, 30, 2.5])
        #expect(session.turns.map(\.tags) == [[], ["upset", "gives:email"], [], []])
        #expect(session.turns.map(\.categories) == [["greeting", "agent-name"], [], [], ["thanks", "farewell"]])
        #expect(session.turns.map(\.moodAfter) == [6, 7, 6.5, 3])
        #expect(session.turns.map(\.phase) == [.opening, .body, .body, .closing])
        #expect(session.findings == Fixtures.scorecard.findings)
        #expect(session.metrics == Fixtures.scorecard.metrics)
    }

    @Test("history lists a trainee's sessions newest first, with their turn counts")
    func history() throws {
        // Given two sessions of Sam, the later one finished, and one session of another trainee
        let store = try CallStore.inMemory()
        let first = try store.beginSession(Fixtures.newSession())
        try store.appendTurn(session: first, turn: Fixtures.turns[0])
        let second = try store.beginSession(Fixtures.newSession(startedAt: Fixtures.start.addingTimeInterval(3600)))
        for turn in Fixtures.turns {
            try store.appendTurn(session: second, turn: turn)
        }
        try store.finishSession(
            second, endedAt: Fixtures.start.addingTimeInterval(3700), outcome: .unresolved,
            endReason: .customerHungUp, scorecard: Fixtures.scorecard)
        _ = try store.beginSession(Fixtures.newSession(trainee: "Noor"))

        // When Sam's history is read, in another letter case
        let history = try store.history(trainee: "sam")

        // Then it holds Sam's two sessions, newest first
        #expect(history.map(\.id) == [second, first])
        #expect(history.map(\.turnCount) == [4, 1])
        #expect(history.map(\.isIncomplete) == [false, true])
        #expect(history.map(\.outcome) == [.unresolved, nil])
        #expect(history.map(\.score) == [72, nil])
        #expect(history.map(\.passed) == [false, nil])
        #expect(history[0].scenarioId == "billing-double-charge")
        #expect(history[0].scenarioTitle == "Charged twice")
        #expect(history[0].mode == "coach")
        #expect(history[0].kind == "call")
        #expect(history[0].startedAt == Fixtures.start.addingTimeInterval(3600))
        #expect(history[0].endedAt == Fixtures.start.addingTimeInterval(3700))
        #expect(try store.history(trainee: "Nobody").isEmpty)
    }

    @Test("an unfinished session is incomplete, with no metrics or findings")
    func unfinished() throws {
        // Given a session with two turns that was never finished
        let store = try CallStore.inMemory()
        let id = try store.beginSession(Fixtures.newSession(seed: nil))
        try store.appendTurn(session: id, turn: Fixtures.turns[0])
        try store.appendTurn(session: id, turn: Fixtures.turns[1])

        // When it is read back
        let session = try #require(try store.session(id))

        // Then it is incomplete but keeps its turns
        #expect(session.isIncomplete)
        #expect(session.turns.count == 2)
        #expect(session.findings.isEmpty)
        #expect(session.metrics == nil)
        #expect(session.outcome == nil)
        #expect(session.seed == nil)
        #expect(session.passMark == 80)
    }

    @Test("a seed beyond Int64 survives by its bit pattern")
    func largeSeed() throws {
        // Given a session with the largest seed
        let store = try CallStore.inMemory()

        // When it is recorded and read back
        let id = try store.beginSession(Fixtures.newSession(seed: .max))

        // Then the seed is unchanged
        #expect(try store.session(id)?.seed == UInt64.max)
    }

    @Test("an unknown session reads as nil and cannot be written to")
    func unknownSession() throws {
        // Given an empty store
        let store = try CallStore.inMemory()

        // When session 99 is read, appended to and finished
        // Then it is missing, and the writes are refused
        #expect(try store.session(99) == nil)
        #expect(Fixtures.storeError { () throws(StoreError) in
            try store.appendTurn(session: 99, turn: Fixtures.turns[0])
        } == .noSuchSession(99))
        #expect(Fixtures.storeError { () throws(StoreError) in
            try store.finishSession(
                99, endedAt: Fixtures.start, outcome: .resolved, endReason: .agentEnded, scorecard: Fixtures.scorecard)
        } == .noSuchSession(99))
        #expect(StoreError.noSuchSession(99).description
            == "there is no session 99; list the sessions with callsim history")
    }

    @Test("a turn position is recorded once, and a call is finished once")
    func duplicates() throws {
        // Given a finished session with one turn
        let store = try CallStore.inMemory()
        let id = try store.beginSession(Fixtures.newSession())
        try store.appendTurn(session: id, turn: Fixtures.turns[0])
        try store.finishSession(
            id, endedAt: Fixtures.start, outcome: .resolved, endReason: .agentEnded, scorecard: Fixtures.scorecard)

        // When the same position is appended again and the session is finished again
        let duplicate = Fixtures.storeError { () throws(StoreError) in
            try store.appendTurn(session: id, turn: Fixtures.turns[0])
        }
        let refinished = Fixtures.storeError { () throws(StoreError) in
            try store.finishSession(
                id, endedAt: Fixtures.start, outcome: .abandoned, endReason: .traineeQuit, scorecard: Fixtures.scorecard)
        }

        // Then both are refused and nothing changes
        #expect(duplicate == .duplicateTurn(session: id, position: 0))
        #expect(duplicate?.description
            == "session \(id) already has a turn at position 0; number the turns of a call from 0, one each")
        #expect(refinished == .sessionAlreadyFinished(id))
        #expect(refinished?.description == "session \(id) is already finished; start a new call to practise again")
        let session = try #require(try store.session(id))
        #expect(session.turns.count == 1)
        #expect(session.findings.count == 3)
        #expect(session.outcome == .resolved)
    }
}
