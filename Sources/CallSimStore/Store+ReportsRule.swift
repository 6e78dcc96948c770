import CallSimCore
import Foundation
import GRDB

extension CallStore {
    /// Who fails `rule` over the calls in `filter`, and how often: every trainee for whom it
    /// applied, most failures first.
    public func ruleReport(_ rule: String, filter: ReportFilter = ReportFilter()) throws(StoreError) -> RuleReport {
        try read { db in
            let (conditions, arguments) = filter.conditions()
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT t.name, t.team, COUNT(*) AS applicable, SUM(f.verdict = 'fail') AS failed,
                           MAX(CASE WHEN f.verdict = 'fail' THEN s.startedAt END) AS lastFailed
                    FROM finding f
                    JOIN session s ON s.id = f.sessionId
                    JOIN trainee t ON t.id = s.traineeId
                    WHERE f.rule = ? AND f.verdict != 'not-applicable' \(conditions)
                    GROUP BY s.traineeId
                    ORDER BY failed DESC, failed * 1.0 / applicable DESC, t.name COLLATE NOCASE
                    """,
                arguments: [rule] + arguments)
            let trainees = rows.map {
                RuleTraineeRow(
                    name: $0["name"], team: $0["team"], applicable: $0["applicable"], failed: $0["failed"],
                    lastFailed: $0["lastFailed"])
            }
            let examples = try Row.fetchAll(
                db,
                sql: """
                    SELECT f.sessionId, f.turn, f.evidence
                    FROM finding f
                    JOIN session s ON s.id = f.sessionId
                    JOIN trainee t ON t.id = s.traineeId
                    WHERE f.rule = ? AND f.verdict = 'fail' AND f.evidence IS NOT NULL AND f.evidence != '' \(conditions)
                    ORDER BY f.sessionId DESC
                    LIMIT 5
                    """,
                arguments: [rule] + arguments
            ).map { FailureExample(sessionId: $0["sessionId"], turn: $0["turn"], evidence: $0["evidence"]) }
            let sessionSQL = "SELECT s.id FROM session s JOIN trainee t ON t.id = s.traineeId WHERE 1 \(conditions)"
            let reviewed = try Self.comparisons(db, sessionSQL: sessionSQL, arguments: arguments).filter { $0.rule == rule }
            return RuleReport(
                rule: rule, applicable: trainees.reduce(0) { $0 + $1.applicable },
                failed: trainees.reduce(0) { $0 + $1.failed }, trainees: trainees, examples: examples,
                reviewedVerdicts: reviewed)
        }
    }
}
