@testable import CallSimStore
import CallSimCore
import Dispatch
import Foundation
import GRDB
import Testing

@Suite("Several writers on one file")
struct ConcurrencyTests {
    @Test("two stores on one file both write without 'database is locked'")
    func twoWriters() async throws {
        // Given two stores on one file, each with a session
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("callsim.sqlite").path
        let stores = [try CallStore(path: path), try CallStore(path: path)]
        let ids = [
            try stores[0].beginSession(Fixtures.newSession(trainee: "Sam")),
            try stores[1].beginSession(Fixtures.newSession(trainee: "Noor")),
        ]

        // When both append 200 turns at the same time and finish
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (store, id) in zip(stores, ids) {
                group.addTask {
                    for index in 0..<200 {
                        var turn = Fixtures.turns[index % Fixtures.turns.count]
                        turn.index = index
                        try store.appendTurn(session: id, turn: turn)
                    }
                    try store.finishSession(
                        id, endedAt: Fixtures.start, outcome: .resolved, endReason: .agentEnded,
                        scorecard: Fixtures.scorecard)
                }
            }
            try await group.waitForAll()
        }

        // Then every turn of both calls is there, seen from either store
        for (store, id) in zip(stores.reversed(), ids) {
            let session = try #require(try store.session(id))
            #expect(session.turns.map(\.position) == Array(0..<200))
            #expect(session.findings.count == 3)
        }
    }

    @Test("several stores opening a new file at once all get the schema")
    func simultaneousFirstOpen() async throws {
        // Given a path where no database exists yet
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("callsim.sqlite").path

        // When four stores open it at the same moment and each records a session
        let ids = try await withThrowingTaskGroup(of: Int64.self) { group in
            for index in 0..<4 {
                group.addTask {
                    let store = try CallStore(path: path)
                    return try store.beginSession(Fixtures.newSession(trainee: "Trainee \(index)"))
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }

        // Then all four sessions are there
        let store = try CallStore(path: path)
        #expect(Set(ids).count == 4)
        #expect(try store.traineeNames() == ["Trainee 0", "Trainee 1", "Trainee 2", "Trainee 3"])
    }

    @Test("a write waits for another store's transaction instead of failing")
    func busyTimeout() throws {
        // Given a store holding a write transaction for one second
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("callsim.sqlite").path
        let holder = try CallStore(path: path)
        let writer = try CallStore(path: path)
        let id = try writer.beginSession(Fixtures.newSession())
        let locked = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            _ = try? holder.write { db in
                try db.execute(sql: "UPDATE trainee SET team = 'blue'")
                locked.signal()
                Thread.sleep(forTimeInterval: 1)
            }
            released.signal()
        }
        locked.wait()

        // When the other store appends a turn meanwhile
        let started = Date()
        try writer.appendTurn(session: id, turn: Fixtures.turns[0])
        let waited = Date().timeIntervalSince(started)
        released.wait()

        // Then the append waited for the lock and succeeded
        #expect(waited > 0.5)
        #expect(try writer.session(id)?.turns.count == 1)
        #expect(try writer.findTrainee(named: "Sam")?.team == "blue")
    }

    @Test("the busy message says how long callsim waited and what to do")
    func busyMessage() {
        // Given a database locked past the timeout
        let error = StoreError.busy(path: "/x/y.sqlite")

        // When it is shown
        // Then it names the timeout and the way out
        #expect(error.description
            == "the database at /x/y.sqlite stayed locked by another callsim for more than 5 seconds; "
            + "try again when it has finished")
    }
}
