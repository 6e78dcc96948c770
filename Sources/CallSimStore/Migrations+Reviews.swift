import GRDB

extension Migrations {
    /// Part of the first schema: trainers' reviews of recorded calls (their verdicts and
    /// coaching notes), and what reports need beyond the calls themselves.
    static func v1Reviews(_ db: Database) throws {}
}
