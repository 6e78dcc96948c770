import Foundation
import GRDB

/// A row of the `trainee` table: one person who practises.
public struct TraineeRecord: Sendable, Hashable, Codable {
    /// The row id; nil until inserted.
    public var id: Int64?
    /// The name as first given; unique regardless of ASCII case.
    public var name: String
    /// The team the trainee belongs to, if any.
    public var team: String?
    /// True when the trainee is archived: kept with their history, left out of lists.
    public var archived: Bool
    /// When the trainee was first recorded.
    public var createdAt: Date

    /// Creates a trainee that is not in the database yet.
    public init(id: Int64? = nil, name: String, team: String? = nil, archived: Bool = false, createdAt: Date) {
        self.id = id
        self.name = name
        self.team = team
        self.archived = archived
        self.createdAt = createdAt
    }
}

extension TraineeRecord: FetchableRecord, MutablePersistableRecord {
    /// The table's name.
    public static let databaseTableName = "trainee"

    /// The table's columns, for queries.
    public enum Columns {
        /// The `id` column.
        public static let id = Column("id")
        /// The `name` column (compared without regard to ASCII case).
        public static let name = Column("name")
        /// The `team` column.
        public static let team = Column("team")
        /// The `archived` column.
        public static let archived = Column("archived")
        /// The `createdAt` column.
        public static let createdAt = Column("createdAt")
    }

    /// Records the id SQLite gave the new row.
    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
