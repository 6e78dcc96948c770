import GRDB

extension Migrations {
    /// Part of the first schema: trainers' reviews of recorded calls (their verdicts and
    /// coaching notes), and what reports need beyond the calls themselves.
    ///
    /// - `review`: one trainer's review of one call: the coaching note, who and when. A
    ///   reviewer reviews a call once; reviewing again updates the same row.
    /// - `reviewVerdict`: the reviewer's own verdict on one rule of that call, beside the
    ///   automatic one kept in `finding`.
    /// - Indexes that let every report view aggregate in SQLite, over a year of a large
    ///   cohort's calls, without reading rows into Swift (see docs/reports.md).
    static func v1Reviews(_ db: Database) throws {
        try db.create(table: "review") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("sessionId", .integer).notNull().references("session", onDelete: .cascade)
            t.column("reviewer", .text).notNull().collate(.nocase)
            t.column("note", .text)
            t.column("createdAt", .datetime).notNull()
            t.column("updatedAt", .datetime).notNull()
            t.uniqueKey(["sessionId", "reviewer"])
        }
        try db.create(index: "review_on_reviewer", on: "review", columns: ["reviewer"])

        try db.create(table: "reviewVerdict") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("reviewId", .integer).notNull().references("review", onDelete: .cascade)
            t.column("rule", .text).notNull()
            t.column("verdict", .text).notNull()
            t.uniqueKey(["reviewId", "rule"])
        }

        // Reports: the calls of one kind in a period, with the columns the cohort view
        // aggregates, so its scan never touches the table itself.
        try db.create(
            index: "session_on_kind_startedAt", on: "session",
            columns: ["kind", "startedAt", "traineeId", "score", "passed", "mode"])
        // The scenario view: one scenario's calls in a period.
        try db.create(
            index: "session_on_scenarioId_kind_startedAt", on: "session",
            columns: ["scenarioId", "kind", "startedAt"])
        // The rule view: one rule's verdicts, with the calls they belong to.
        try db.create(index: "finding_on_rule_sessionId_verdict", on: "finding", columns: ["rule", "sessionId", "verdict"])
        // The trainee and scenario views: a call's verdicts by rule, without reading advice.
        try db.create(index: "finding_on_sessionId_verdict_rule", on: "finding", columns: ["sessionId", "verdict", "rule", "section"])
        // Teams: the cohort of one team.
        try db.create(index: "trainee_on_team", on: "trainee", columns: ["team"])
    }
}
