import CallSimCore
import Foundation
import GRDB

extension CallStore {
    /// The report of one scenario over the calls in `filter`; nil when no call of it was ever
    /// recorded (whatever the filter).
    public func scenarioReport(_ id: String, filter: ReportFilter = ReportFilter(), failures: Int = 8) throws(StoreError) -> ScenarioReport? {
        try read { db in
            guard let title = try String.fetchOne(
                db, sql: "SELECT scenarioTitle FROM session WHERE scenarioId = ? ORDER BY startedAt DESC LIMIT 1", arguments: [id])
            else { return nil }
            let (conditions, arguments) = filter.conditions()
            let sessionSQL = "SELECT s.id FROM session s JOIN trainee t ON t.id = s.traineeId WHERE s.scenarioId = ? \(conditions)"
            let sessionArguments: StatementArguments = [id] + arguments
            let trainees = try Int.fetchOne(
                db,
                sql: "SELECT COUNT(DISTINCT s.traineeId) FROM session s JOIN trainee t ON t.id = s.traineeId WHERE s.scenarioId = ? \(conditions)",
                arguments: sessionArguments) ?? 0
            var buckets = Array(repeating: 0, count: 10)
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT MIN(s.score / 10, 9) AS bucket, COUNT(*) AS calls
                    FROM session s JOIN trainee t ON t.id = s.traineeId
                    WHERE s.scenarioId = ? AND s.score IS NOT NULL \(conditions)
                    GROUP BY bucket
                    """,
                arguments: sessionArguments)
            {
                let bucket: Int = row["bucket"]
                if buckets.indices.contains(bucket) { buckets[bucket] = row["calls"] }
            }
            return ScenarioReport(
                scenarioId: id, title: title, trainees: trainees,
                metrics: try Self.metrics(db, filter: filter, scenarioId: id),
                commonFailures: try Self.commonFailures(db, sessionSQL: sessionSQL, arguments: sessionArguments, limit: failures),
                scoreBuckets: buckets)
        }
    }

    /// Failures per rule, most frequent first (by count, then rate), with two recent examples each.
    static func commonFailures(_ db: Database, sessionSQL: String, arguments: StatementArguments, limit: Int) throws -> [RuleFailures] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT f.rule, COUNT(*) AS applicable, SUM(f.verdict = 'fail') AS failed
                FROM finding f
                WHERE f.sessionId IN (\(sessionSQL)) AND f.verdict != 'not-applicable'
                GROUP BY f.rule
                HAVING failed > 0
                ORDER BY failed DESC, f.rule
                LIMIT ?
                """,
            arguments: arguments + [limit])
        return try rows.map { row in
            let rule: String = row["rule"]
            let examples = try Row.fetchAll(
                db,
                sql: """
                    SELECT f.sessionId, f.turn, f.evidence FROM finding f
                    WHERE f.rule = ? AND f.verdict = 'fail' AND f.evidence IS NOT NULL AND f.evidence != ''
                      AND f.sessionId IN (\(sessionSQL))
                    ORDER BY f.sessionId DESC LIMIT 2
                    """,
                arguments: [rule] + arguments
            ).map { FailureExample(sessionId: $0["sessionId"], turn: $0["turn"], evidence: $0["evidence"]) }
            return RuleFailures(rule: rule, applicable: row["applicable"], failed: row["failed"], examples: examples)
        }
    }
}
