import CallSimCore
import Foundation
import GRDB

extension CallStore {
    /// Saves a trainer's review of a call: their verdicts replace any they gave before on the
    /// same rules, and a non-nil `note` replaces their earlier note (an empty one removes it).
    /// Each reviewer has one review per call; other reviewers' reviews are left alone.
    ///
    /// - Throws: `.noSuchSession` for an unknown session, `.emptyTraineeName` for a blank reviewer.
    @discardableResult
    public func saveReview(
        session: Int64, reviewer: String, verdicts: [RuleVerdict], note: String?, at date: Date = Date()
    ) throws(StoreError) -> Review {
        let reviewer = try Self.cleanName(reviewer)
        return try write { db throws in
            guard try SessionRecord.exists(db, key: session) else { throw StoreError.noSuchSession(session) }
            var review = try ReviewRecord
                .filter(Column("sessionId") == session && Column("reviewer") == reviewer)
                .fetchOne(db)
                ?? ReviewRecord(id: nil, sessionId: session, reviewer: reviewer, note: nil, createdAt: date, updatedAt: date)
            if let note {
                let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
                review.note = trimmed.isEmpty ? nil : trimmed
            }
            review.updatedAt = date
            try review.save(db)
            guard let reviewId = review.id else { throw StoreError.failed(path: path, reason: "no id for the review") }
            for verdict in verdicts {
                try db.execute(
                    sql: """
                        INSERT INTO reviewVerdict (reviewId, rule, verdict) VALUES (?, ?, ?)
                        ON CONFLICT (reviewId, rule) DO UPDATE SET verdict = excluded.verdict
                        """,
                    arguments: [reviewId, verdict.rule, verdict.verdict.rawValue])
            }
            return try Self.fetchReviews(db, session: session).first { $0.reviewer == review.reviewer }
                ?? Review(
                    sessionId: session, reviewer: reviewer, note: review.note, createdAt: review.createdAt,
                    updatedAt: date, verdicts: verdicts)
        }
    }

    /// Every review of a call, oldest first; empty when it has none.
    public func reviews(session: Int64) throws(StoreError) -> [Review] {
        try read { db in try Self.fetchReviews(db, session: session) }
    }

    /// Every trainer verdict on the calls in `filter`, beside the automatic verdict recorded
    /// with the call, optionally of one reviewer only; ordered by session, rule and reviewer.
    public func reviewComparisons(filter: ReportFilter = ReportFilter(), reviewer: String? = nil) throws(StoreError) -> [ReviewComparison] {
        let (conditions, arguments) = filter.conditions()
        var sql = """
            SELECT r.sessionId, t.name AS trainee, v.rule, f.verdict AS automatic, r.reviewer, v.verdict AS trainer
            FROM reviewVerdict v
            JOIN review r ON r.id = v.reviewId
            JOIN session s ON s.id = r.sessionId
            JOIN trainee t ON t.id = s.traineeId
            LEFT JOIN finding f ON f.sessionId = r.sessionId AND f.rule = v.rule
            WHERE 1 \(conditions)
            """
        var all = arguments
        if let reviewer {
            sql += " AND r.reviewer = ?"
            all += [reviewer.trimmingCharacters(in: .whitespacesAndNewlines)]
        }
        sql += " ORDER BY r.sessionId, v.rule, r.reviewer COLLATE NOCASE"
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: all).compactMap { row in
                guard let trainer = Verdict(rawValue: row["trainer"]) else { return nil }
                let automatic: String? = row["automatic"]
                return ReviewComparison(
                    sessionId: row["sessionId"], trainee: row["trainee"], rule: row["rule"],
                    automatic: automatic.flatMap(Verdict.init(rawValue:)), reviewer: row["reviewer"], trainer: trainer)
            }
        }
    }

    /// The names of everyone who reviewed a call, alphabetically.
    public func reviewers() throws(StoreError) -> [String] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT reviewer FROM review ORDER BY reviewer COLLATE NOCASE")
        }
    }

    /// The reviews of `session`, with verdicts in catalogue order.
    static func fetchReviews(_ db: Database, session: Int64) throws -> [Review] {
        let records = try ReviewRecord.filter(Column("sessionId") == session).order(Column("createdAt"), Column("id")).fetchAll(db)
        let order = Dictionary(uniqueKeysWithValues: RuleCatalogue.ids.enumerated().map { ($1, $0) })
        return try records.map { record in
            let verdicts = try ReviewVerdictRecord.filter(Column("reviewId") == record.id).fetchAll(db)
                .sorted { (order[$0.rule] ?? Int.max, $0.rule) < (order[$1.rule] ?? Int.max, $1.rule) }
                .map { RuleVerdict(rule: $0.rule, verdict: $0.verdict) }
            return Review(
                sessionId: record.sessionId, reviewer: record.reviewer, note: record.note, createdAt: record.createdAt,
                updatedAt: record.updatedAt, verdicts: verdicts)
        }
    }
}
