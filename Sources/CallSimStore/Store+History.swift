import CallSimCore
import Foundation
import GRDB

extension CallStore {
    /// A trainee's sessions, newest first; empty for an unknown trainee.
    public func history(trainee name: String) throws(StoreError) -> [SessionSummary] {
        let name = try Self.cleanName(name)
        return try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT session.*,
                           (SELECT COUNT(*) FROM turn WHERE turn.sessionId = session.id) AS turnCount
                    FROM session
                    JOIN trainee ON trainee.id = session.traineeId
                    WHERE trainee.name = ?
                    ORDER BY session.startedAt DESC, session.id DESC
                    """,
                arguments: [name])
            return try rows.map { row in
                let session = try SessionRecord(row: row)
                return SessionSummary(
                    id: session.id ?? 0, kind: session.kind, scenarioId: session.scenarioId,
                    scenarioTitle: session.scenarioTitle, mode: session.mode, startedAt: session.startedAt,
                    endedAt: session.endedAt, outcome: session.outcome, score: session.score,
                    passed: session.passed, turnCount: row["turnCount"])
            }
        }
    }

    /// A whole session: header, turns in order and findings in the order they were recorded;
    /// nil when there is no such session.
    public func session(_ id: Int64) throws(StoreError) -> StoredSession? {
        try read { db in
            guard let session = try SessionRecord.fetchOne(db, key: id) else { return nil }
            let trainee = try String.fetchOne(
                db, sql: "SELECT name FROM trainee WHERE id = ?", arguments: [session.traineeId]) ?? ""
            let turns = try TurnRecord
                .filter(TurnRecord.Columns.sessionId == id)
                .order(TurnRecord.Columns.position)
                .fetchAll(db)
            let findings = try FindingRecord
                .filter(FindingRecord.Columns.sessionId == id)
                .order(FindingRecord.Columns.id)
                .fetchAll(db)
            return StoredSession(
                id: id, trainee: trainee, kind: session.kind, scenarioId: session.scenarioId,
                scenarioTitle: session.scenarioTitle, scenarioHash: session.scenarioHash,
                language: session.language, mode: session.mode, seed: session.unsignedSeed,
                passMark: session.passMark, startedAt: session.startedAt, endedAt: session.endedAt,
                outcome: session.outcome, endReason: session.endReason, score: session.score,
                passed: session.passed, turns: turns.map(\.stored), findings: findings.map(\.finding),
                metrics: session.metrics, timed: session.timed)
        }
    }
}
