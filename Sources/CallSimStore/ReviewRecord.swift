import CallSimCore
import Foundation
import GRDB

/// A row of the `review` table: one trainer's review of one call.
struct ReviewRecord: Sendable, Hashable, Codable {
    var id: Int64?
    var sessionId: Int64
    var reviewer: String
    var note: String?
    var createdAt: Date
    var updatedAt: Date
}

extension ReviewRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "review"

    /// Records the id SQLite gave the new row.
    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A row of the `reviewVerdict` table: a reviewer's verdict on one rule of a call.
struct ReviewVerdictRecord: Sendable, Hashable, Codable {
    var id: Int64?
    var reviewId: Int64
    var rule: String
    var verdict: Verdict
}

extension ReviewVerdictRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "reviewVerdict"

    /// Records the id SQLite gave the new row.
    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
