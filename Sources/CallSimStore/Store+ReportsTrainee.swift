import CallSimCore
import Foundation
import GRDB

extension CallStore {
    /// The report of one trainee over the calls in `filter` (the filter's team is ignored:
    /// the trainee is named).
    ///
    /// - Throws: `.noSuchTrainee` when nobody has this name.
    public func traineeReport(_ name: String, filter: ReportFilter = ReportFilter(), weakest: Int = 5) throws(StoreError) -> TraineeReport {
        let name = try Self.cleanName(name)
        var filter = filter
        filter.team = nil
        let selection = filter
        return try read { db throws in
            guard let trainee = try Self.fetchTrainee(db, name: name), let traineeId = trainee.id else {
                throw StoreError.noSuchTrainee(name)
            }
            let (conditions, arguments) = selection.conditions()
            let sessionSQL = "SELECT s.id FROM session s JOIN trainee t ON t.id = s.traineeId WHERE s.traineeId = ? \(conditions)"
            let sessionArguments: StatementArguments = [traineeId] + arguments
            let calls = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.id, s.startedAt, s.scenarioId, s.scenarioTitle, s.mode, s.outcome, s.score, s.passed,
                           (SELECT COUNT(*) FROM review r WHERE r.sessionId = s.id) AS reviews
                    FROM session s JOIN trainee t ON t.id = s.traineeId
                    WHERE s.traineeId = ? \(conditions)
                    ORDER BY s.startedAt, s.id
                    """,
                arguments: sessionArguments
            ).map(Self.reportCall)
            let sections = try Row.fetchAll(
                db,
                sql: """
                    SELECT section, AVG(ratio) * 100 AS percent, COUNT(*) AS calls FROM (
                        SELECT f.sessionId, f.section, AVG(f.verdict = 'pass') AS ratio
                        FROM finding f
                        WHERE f.sessionId IN (\(sessionSQL)) AND f.verdict != 'not-applicable'
                        GROUP BY f.sessionId, f.section)
                    GROUP BY section
                    """,
                arguments: sessionArguments
            ).map { SectionAverage(section: $0["section"], percent: $0["percent"], calls: $0["calls"]) }
            let order = RuleSection.allCases.map(\.rawValue)
            return TraineeReport(
                trainee: trainee, calls: calls,
                metrics: try Self.metrics(db, filter: selection, traineeId: traineeId),
                sections: sections.sorted { (order.firstIndex(of: $0.section) ?? 99) < (order.firstIndex(of: $1.section) ?? 99) },
                weakestRules: try Self.ruleFailures(
                    db, sessionSQL: sessionSQL, arguments: sessionArguments, limit: weakest, examples: 2, exampleRules: weakest),
                reviewedVerdicts: try Self.comparisons(db, sessionSQL: sessionSQL, arguments: sessionArguments),
                notes: try Self.notes(db, sessionSQL: sessionSQL, arguments: sessionArguments))
        }
    }

    /// A call line from a row with the columns of `session` and a `reviews` count.
    static func reportCall(_ row: Row) -> ReportCall {
        let outcome: String? = row["outcome"]
        return ReportCall(
            id: row["id"], startedAt: row["startedAt"], scenarioId: row["scenarioId"], scenarioTitle: row["scenarioTitle"],
            mode: row["mode"], outcome: outcome.flatMap(CallOutcome.init(rawValue:)), score: row["score"],
            passed: row["passed"], reviews: row["reviews"] ?? 0)
    }

    /// Trainer verdicts beside automatic ones on the sessions of `sessionSQL`.
    static func comparisons(_ db: Database, sessionSQL: String, arguments: StatementArguments) throws -> [ReviewComparison] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT r.sessionId, t.name AS trainee, v.rule, f.verdict AS automatic, r.reviewer, v.verdict AS trainer
                FROM review r
                JOIN reviewVerdict v ON v.reviewId = r.id
                JOIN session s ON s.id = r.sessionId
                JOIN trainee t ON t.id = s.traineeId
                LEFT JOIN finding f ON f.sessionId = r.sessionId AND f.rule = v.rule
                WHERE r.sessionId IN (\(sessionSQL))
                ORDER BY r.sessionId, v.id
                """,
            arguments: arguments
        ).compactMap { row in
            guard let trainer = Verdict(rawValue: row["trainer"]) else { return nil }
            let automatic: String? = row["automatic"]
            return ReviewComparison(
                sessionId: row["sessionId"], trainee: row["trainee"], rule: row["rule"],
                automatic: automatic.flatMap(Verdict.init(rawValue:)), reviewer: row["reviewer"], trainer: trainer)
        }
    }

    /// Coaching notes on the sessions of `sessionSQL`, oldest first.
    static func notes(_ db: Database, sessionSQL: String, arguments: StatementArguments) throws -> [CoachingNote] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT r.sessionId, r.reviewer, r.note FROM review r
                WHERE r.note IS NOT NULL AND r.sessionId IN (\(sessionSQL))
                ORDER BY r.sessionId, r.createdAt
                """,
            arguments: arguments
        ).map { CoachingNote(sessionId: $0["sessionId"], reviewer: $0["reviewer"], note: $0["note"]) }
    }
}
