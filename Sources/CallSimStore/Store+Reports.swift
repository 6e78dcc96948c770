import CallSimCore
import Foundation
import GRDB

extension CallStore {
    /// The contact-centre figures of the calls in `filter`, optionally of one trainee or one
    /// scenario, aggregated by SQLite.
    public func metrics(filter: ReportFilter = ReportFilter(), traineeId: Int64? = nil, scenarioId: String? = nil) throws(StoreError) -> ContactMetrics {
        try read { db in try Self.metrics(db, filter: filter, traineeId: traineeId, scenarioId: scenarioId) }
    }

    /// True when no call at all is recorded (an empty database, or only interviews).
    public func hasNoCalls() throws(StoreError) -> Bool {
        try read { db in try !Bool(fetchOneOr: db, sql: "SELECT EXISTS (SELECT 1 FROM session WHERE kind = 'call')") }
    }

    /// The scenario's title as last recorded, or nil when no call of it is recorded.
    public func recordedScenarioTitle(_ id: String) throws(StoreError) -> String? {
        try read { db in
            try String.fetchOne(
                db, sql: "SELECT scenarioTitle FROM session WHERE scenarioId = ? ORDER BY startedAt DESC LIMIT 1",
                arguments: [id])
        }
    }

    /// The teams that trainees belong to, alphabetically.
    public func teams() throws(StoreError) -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT team FROM trainee WHERE team IS NOT NULL ORDER BY team COLLATE NOCASE")
        }
    }

    /// The figures over `session s JOIN trainee t` restricted by `filter` and the extra condition.
    static func metrics(_ db: Database, filter: ReportFilter, traineeId: Int64? = nil, scenarioId: String? = nil) throws -> ContactMetrics {
        var (conditions, arguments) = filter.conditions()
        if let traineeId {
            conditions += " AND s.traineeId = ?"
            arguments += [traineeId]
        }
        if let scenarioId {
            conditions += " AND s.scenarioId = ?"
            arguments += [scenarioId]
        }
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT COUNT(*) AS calls,
                       COUNT(s.score) AS finished,
                       AVG(s.score) AS averageScore,
                       AVG(CASE WHEN s.score IS NOT NULL THEN s.passed END) AS passRate,
                       AVG(CASE WHEN s.score IS NOT NULL THEN s.handleSeconds END) AS aht,
                       AVG(CASE WHEN s.score IS NOT NULL THEN s.resolved END) AS fcr,
                       AVG(CASE WHEN s.score IS NOT NULL THEN s.outcome = 'abandoned' END) AS abandonment,
                       AVG(CASE WHEN s.score IS NOT NULL THEN s.csat END) AS csat,
                       AVG(CASE WHEN s.score IS NOT NULL THEN s.holdSeconds END) AS hold
                FROM session s JOIN trainee t ON t.id = s.traineeId
                WHERE 1 \(conditions)
                """,
            arguments: arguments)
        guard let row else {
            return ContactMetrics(
                calls: 0, finishedCalls: 0, averageScore: nil, passRate: nil, averageHandleSeconds: nil, fcrRate: nil,
                abandonmentRate: nil, averageCSAT: nil, averageHoldSeconds: nil)
        }
        return ContactMetrics(
            calls: row["calls"], finishedCalls: row["finished"], averageScore: row["averageScore"],
            passRate: row["passRate"], averageHandleSeconds: row["aht"], fcrRate: row["fcr"],
            abandonmentRate: row["abandonment"], averageCSAT: row["csat"], averageHoldSeconds: row["hold"])
    }

    /// Failures per rule over the findings of the sessions selected by `sessionSQL` (a query
    /// returning session ids), most failed first, with up to `examples` recent failing words
    /// for the first `exampleRules` rules.
    static func ruleFailures(
        _ db: Database, sessionSQL: String, arguments: StatementArguments, limit: Int, examples: Int, exampleRules: Int
    ) throws -> [RuleFailures] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT f.rule, COUNT(*) AS applicable, SUM(f.verdict = 'fail') AS failed
                FROM finding f
                WHERE f.sessionId IN (\(sessionSQL)) AND f.verdict != 'not-applicable'
                GROUP BY f.rule
                HAVING failed > 0
                ORDER BY failed * 1.0 / applicable DESC, failed DESC, f.rule
                LIMIT ?
                """,
            arguments: arguments + [limit])
        var failures = rows.map { RuleFailures(rule: $0["rule"], applicable: $0["applicable"], failed: $0["failed"]) }
        for index in failures.indices.prefix(exampleRules) where examples > 0 {
            failures[index].examples = try Row.fetchAll(
                db,
                sql: """
                    SELECT f.sessionId, f.turn, f.evidence
                    FROM finding f
                    WHERE f.rule = ? AND f.verdict = 'fail' AND f.evidence IS NOT NULL AND f.evidence != ''
                      AND f.sessionId IN (\(sessionSQL))
                    ORDER BY f.sessionId DESC
                    LIMIT ?
                    """,
                arguments: [failures[index].rule] + arguments + [examples]
            ).map { FailureExample(sessionId: $0["sessionId"], turn: $0["turn"], evidence: $0["evidence"]) }
        }
        return failures
    }
}

extension Bool {
    /// The first column of the first row as a Bool, false when there is no row.
    init(fetchOneOr db: Database, sql: String, arguments: StatementArguments = []) throws {
        self = try Bool.fetchOne(db, sql: sql, arguments: arguments) ?? false
    }
}
