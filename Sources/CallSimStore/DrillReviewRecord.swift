import CallSimCore
import Foundation
import GRDB

/// A row of the `drillReview` table: one review of one flashcard by one trainee.
struct DrillReviewRecord: Sendable, Hashable, Codable {
    var id: Int64?
    var traineeId: Int64
    var deck: String
    var language: String
    var cardId: String
    var reviewedAt: Date
    var grade: Int
    var answer: String
}

extension DrillReviewRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "drillReview"

    /// The table's columns, for queries.
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let traineeId = Column(CodingKeys.traineeId)
        static let reviewedAt = Column(CodingKeys.reviewedAt)
    }

    /// Records the id SQLite gave the new row.
    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension DrillReviewRecord {
    /// The row for `review` by trainee `traineeId`.
    init(_ review: DrillReview, traineeId: Int64) {
        self.init(
            id: nil, traineeId: traineeId, deck: review.deck, language: review.language, cardId: review.cardId,
            reviewedAt: review.at, grade: review.grade, answer: review.answer)
    }

    /// The review as read back.
    var review: DrillReview {
        DrillReview(deck: deck, language: language, cardId: cardId, at: reviewedAt, grade: grade, answer: answer)
    }
}
