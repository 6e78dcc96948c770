import GRDB

/// The database schema, as an ordered list of migrations.
///
/// A migration is never edited once released: change the schema by registering a new one
/// at the end. GRDB records the identifiers of applied migrations in `grdb_migrations`,
/// which is the schema version a later callsim, or an older one, reads.
enum Migrations {
    /// The migrator holding every migration this binary knows, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: v1)
        // New migrations go here, never above.
        return migrator
    }

    /// The identifiers of every known migration, in order.
    static let known: [String] = migrator.migrations

    /// Applies the migrations that are not applied yet.
    ///
    /// When two processes open a new database at the same moment, one of them may try to
    /// apply a migration the other has just applied; that attempt fails, and the second pass
    /// finds nothing left to do.
    static func migrate(_ writer: any DatabaseWriter) throws {
        do {
            try migrator.migrate(writer)
        } catch {
            try migrator.migrate(writer)
        }
    }

    /// Refuses a database that holds migrations this binary does not know, before anything
    /// is written to it.
    ///
    /// - Throws: `SupersededSchema` for a database written by a newer callsim.
    static func refuseNewer(_ db: Database) throws {
        guard try db.tableExists("grdb_migrations") else { return }
        let applied = try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations")
        let unknown = applied.subtracting(known)
        if !unknown.isEmpty {
            throw SupersededSchema(unknownMigrations: unknown.sorted())
        }
    }

    /// The first schema: trainees, their sessions, each session's turns and findings.
    private static func v1(_ db: Database) throws {
        try db.create(table: "trainee") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().unique().collate(.nocase)
            t.column("team", .text)
            t.column("archived", .boolean).notNull().defaults(to: false)
            t.column("createdAt", .datetime).notNull()
        }
        try db.create(table: "session") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("traineeId", .integer).notNull().references("trainee", onDelete: .cascade)
            t.column("kind", .text).notNull().defaults(to: "call")
            t.column("scenarioId", .text)
            t.column("scenarioTitle", .text).notNull()
            t.column("scenarioHash", .text)
            t.column("language", .text).notNull()
            t.column("mode", .text).notNull()
            t.column("seed", .integer)
            t.column("startedAt", .datetime).notNull()
            t.column("endedAt", .datetime)
            t.column("outcome", .text)
            t.column("endReason", .text)
            t.column("score", .integer)
            t.column("passed", .boolean)
            t.column("passMark", .double).notNull()
            t.column("handleSeconds", .double)
            t.column("talkSeconds", .double)
            t.column("holdSeconds", .double)
            t.column("wrapSeconds", .double)
            t.column("csat", .integer)
            t.column("resolved", .boolean)
            t.column("finalMood", .double)
            // True when turns carry real times (a live typing delay or transcript timestamps).
            t.column("timed", .boolean).notNull().defaults(to: false)
        }
        try db.create(index: "session_on_traineeId_startedAt", on: "session", columns: ["traineeId", "startedAt"])
        try db.create(index: "session_on_startedAt", on: "session", columns: ["startedAt"])
        try db.create(index: "session_on_scenarioId", on: "session", columns: ["scenarioId"])

        try db.create(table: "turn") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("sessionId", .integer).notNull().references("session", onDelete: .cascade)
            t.column("position", .integer).notNull()
            t.column("speaker", .text).notNull()
            t.column("text", .text).notNull()
            t.column("at", .double).notNull()
            t.column("duration", .double).notNull()
            t.column("tags", .text).notNull().defaults(to: "")
            t.column("categories", .text).notNull().defaults(to: "")
            t.column("moodAfter", .double).notNull()
            t.column("phase", .text).notNull()
            // The unique key's index also serves "the turns of a session, in order".
            t.uniqueKey(["sessionId", "position"])
        }

        try db.create(table: "finding") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("sessionId", .integer).notNull().references("session", onDelete: .cascade)
            t.column("rule", .text).notNull()
            t.column("section", .text).notNull()
            t.column("verdict", .text).notNull()
            t.column("turn", .integer)
            t.column("evidence", .text)
            t.column("advice", .text).notNull()
            t.column("critical", .boolean).notNull().defaults(to: false)
        }
        try db.create(index: "finding_on_sessionId", on: "finding", columns: ["sessionId"])
        try db.create(index: "finding_on_rule", on: "finding", columns: ["rule"])
        // The first release's other tables live beside the features that own them.
        try v1Reviews(db)
        try v1Interviews(db)
    }
}
