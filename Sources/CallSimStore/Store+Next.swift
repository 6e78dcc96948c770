import CallSimCore
import Foundation
import GRDB

extension CallStore {
    /// A trainee's finished calls, oldest first, for the scheduler of `callsim next`.
    ///
    /// - Throws: `.noSuchTrainee` when nobody has this name.
    public func attempts(trainee name: String) throws(StoreError) -> [ScenarioAttempt] {
        let name = try Self.cleanName(name)
        return try read { db throws in
            guard let id = try Self.fetchTrainee(db, name: name)?.id else { throw StoreError.noSuchTrainee(name) }
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT scenarioId, startedAt, score, passed FROM session
                    WHERE traineeId = ? AND kind = 'call' AND scenarioId IS NOT NULL AND score IS NOT NULL
                    ORDER BY startedAt, id
                    """,
                arguments: [id]
            ).map { ScenarioAttempt(scenarioId: $0["scenarioId"], date: $0["startedAt"], score: $0["score"], passed: $0["passed"] ?? false) }
        }
    }

    /// How a trainee did on each rule over their last `recent` finished calls, in rule order.
    public func rulePerformance(trainee name: String, recent: Int = 20) throws(StoreError) -> [RulePerformance] {
        let name = try Self.cleanName(name)
        return try read { db throws in
            guard let id = try Self.fetchTrainee(db, name: name)?.id else { throw StoreError.noSuchTrainee(name) }
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT f.rule, COUNT(*) AS applicable, SUM(f.verdict = 'fail') AS failed
                    FROM finding f
                    WHERE f.verdict != 'not-applicable' AND f.sessionId IN (
                        SELECT id FROM session WHERE traineeId = ? AND kind = 'call' AND score IS NOT NULL
                        ORDER BY startedAt DESC, id DESC LIMIT ?)
                    GROUP BY f.rule ORDER BY f.rule
                    """,
                arguments: [id, recent]
            ).map { RulePerformance(rule: $0["rule"], applicable: $0["applicable"], failed: $0["failed"]) }
        }
    }

    /// Which rules each recorded scenario exercises, from its last `recent` finished calls
    /// (by anyone), by scenario id.
    public func scenarioCoverage(recent: Int = 50) throws(StoreError) -> [String: ScenarioCoverage] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    WITH recent AS (
                        SELECT id, scenarioId FROM (
                            SELECT id, scenarioId,
                                   ROW_NUMBER() OVER (PARTITION BY scenarioId ORDER BY startedAt DESC, id DESC) AS n
                            FROM session
                            WHERE kind = 'call' AND scenarioId IS NOT NULL AND score IS NOT NULL)
                        WHERE n <= ?)
                    SELECT r.scenarioId, f.rule, COUNT(*) AS applicable,
                           (SELECT COUNT(*) FROM recent r2 WHERE r2.scenarioId = r.scenarioId) AS calls
                    FROM recent r JOIN finding f ON f.sessionId = r.id
                    WHERE f.verdict != 'not-applicable'
                    GROUP BY r.scenarioId, f.rule
                    """,
                arguments: [recent])
            var coverage: [String: ScenarioCoverage] = [:]
            for row in rows {
                let id: String = row["scenarioId"]
                var entry = coverage[id] ?? ScenarioCoverage(scenarioId: id, calls: row["calls"], applicable: [:])
                entry.applicable[row["rule"]] = row["applicable"]
                coverage[id] = entry
            }
            return coverage
        }
    }
}
