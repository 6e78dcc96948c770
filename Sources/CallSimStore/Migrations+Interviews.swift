import GRDB

extension Migrations {
    /// Part of the first schema: interview rehearsals (questions and answers) and drill
    /// reviews (every flashcard review, so a scheduler can be replaced and rerun).
    ///
    /// - `interviewAnswer`: one question of an interview session (`session.kind` is
    ///   `interview`): the question as asked, the answer as typed, and what was observed in
    ///   it (JSON). The row is written as soon as the first line of the answer is typed and
    ///   updated line by line, so an interview cut off keeps every line (`status` `partial`).
    /// - `drillReview`: one review of one flashcard: trainee, deck, card, time, grade (0–5)
    ///   and the answer. Schedules are never stored: they are computed from these rows.
    static func v1Interviews(_ db: Database) throws {
        try db.create(table: "interviewAnswer") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("sessionId", .integer).notNull().references("session", onDelete: .cascade)
            t.column("position", .integer).notNull()
            t.column("questionId", .text).notNull()
            t.column("questionKind", .text).notNull()
            t.column("question", .text).notNull()
            t.column("answer", .text).notNull()
            t.column("status", .text).notNull()
            t.column("words", .integer).notNull().defaults(to: 0)
            t.column("insights", .text)
            t.column("aids", .text).notNull().defaults(to: "")
            t.column("updatedAt", .datetime).notNull()
            // The unique key's index also serves "the answers of a session, in order".
            t.uniqueKey(["sessionId", "position"])
        }

        try db.create(table: "drillReview") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("traineeId", .integer).notNull().references("trainee", onDelete: .cascade)
            t.column("deck", .text).notNull()
            t.column("language", .text).notNull()
            t.column("cardId", .text).notNull()
            t.column("reviewedAt", .datetime).notNull()
            t.column("grade", .integer).notNull()
            t.column("answer", .text).notNull()
        }
        try db.create(index: "drillReview_on_traineeId_reviewedAt", on: "drillReview", columns: ["traineeId", "reviewedAt"])
    }
}
