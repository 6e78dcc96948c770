import Foundation
import GRDB

extension CallStore {
    /// Every trainee who is not archived (of the filter's team, when it names one) with their
    /// calls in the selection, ranked by average score, then pass rate, then calls; trainees
    /// without a finished call come last, alphabetically.
    public func cohortReport(filter: ReportFilter = ReportFilter()) throws(StoreError) -> CohortReport {
        try read { db in
            var sessionFilter = filter
            sessionFilter.team = nil
            let (conditions, arguments) = sessionFilter.conditions()
            var sql = """
                SELECT t.name, t.team, a.calls, a.best, a.average, a.passRate, a.lastActivity
                FROM trainee t
                LEFT JOIN (
                    SELECT s.traineeId, COUNT(*) AS calls, MAX(s.score) AS best, AVG(s.score) AS average,
                           AVG(CASE WHEN s.score IS NOT NULL THEN s.passed END) AS passRate,
                           MAX(s.startedAt) AS lastActivity
                    FROM session s
                    WHERE 1 \(conditions)
                    GROUP BY s.traineeId
                ) a ON a.traineeId = t.id
                WHERE t.archived = 0
                """
            var all = arguments
            if let team = filter.team {
                sql += " AND t.team = ? COLLATE NOCASE"
                all += [team]
            }
            sql += " ORDER BY a.average IS NULL, a.average DESC, a.passRate DESC, a.calls DESC, t.name COLLATE NOCASE"
            var rows: [CohortRow] = []
            var lastRank = 0
            for row in try Row.fetchAll(db, sql: sql, arguments: all) {
                let average: Double? = row["average"]
                let rank = average == nil ? (rows.last { $0.averageScore != nil }?.rank ?? 0) + 1 : lastRank + 1
                if average != nil { lastRank = rank }
                rows.append(CohortRow(
                    rank: rank, name: row["name"], team: row["team"], calls: row["calls"] ?? 0, bestScore: row["best"],
                    averageScore: average, passRate: row["passRate"], lastActivity: row["lastActivity"]))
            }
            return CohortReport(rows: rows, metrics: try Self.metrics(db, filter: filter))
        }
    }
}
