import CallSimCore
import Foundation
import GRDB

extension CallStore {
    /// Records the start of a session, creating its trainee when needed, and returns its id.
    public func beginSession(_ start: NewSession) throws(StoreError) -> Int64 {
        let name = try Self.cleanName(start.trainee)
        return try write { db throws in
            let trainee = try Self.findOrCreateTrainee(db, name: name, at: start.startedAt)
            guard let traineeId = trainee.id else { throw StoreError.noSuchTrainee(name) }
            let session = try SessionRecord(start, traineeId: traineeId).inserted(db)
            guard let id = session.id else { throw StoreError.failed(path: path, reason: "no id for the new session") }
            return id
        }
    }

    /// Records one line of a running session, committed at once in its own transaction.
    ///
    /// - Throws: `.noSuchSession` for an unknown session, `.duplicateTurn` when the session
    ///   already has a turn at `turn.index`.
    public func appendTurn(session: Int64, turn: CallTurn) throws(StoreError) {
        try write { db throws in
            guard try SessionRecord.exists(db, key: session) else { throw StoreError.noSuchSession(session) }
            do {
                _ = try TurnRecord(turn, sessionId: session).inserted(db)
            } catch DatabaseError.SQLITE_CONSTRAINT_UNIQUE {
                throw StoreError.duplicateTurn(session: session, position: turn.index)
            }
        }
    }

    /// Records how a session ended and its scorecard: the session's outcome, score and
    /// metrics, and every finding, in one transaction.
    ///
    /// - Throws: `.noSuchSession` for an unknown session, `.sessionAlreadyFinished` when it
    ///   was finished before.
    public func finishSession(
        _ id: Int64, endedAt: Date, outcome: CallOutcome, endReason: EndReason, scorecard: Scorecard,
        timed: Bool = false
    ) throws(StoreError) {
        try write { db throws in
            guard var session = try SessionRecord.fetchOne(db, key: id) else { throw StoreError.noSuchSession(id) }
            guard session.endedAt == nil else { throw StoreError.sessionAlreadyFinished(id) }
            session.finish(endedAt: endedAt, outcome: outcome, endReason: endReason, scorecard: scorecard, timed: timed)
            try session.update(db)
            for finding in scorecard.findings {
                _ = try FindingRecord(finding, sessionId: id).inserted(db)
            }
        }
    }
}
