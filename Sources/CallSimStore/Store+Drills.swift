import CallSimCore
import Foundation
import GRDB

extension CallStore {
    /// Stores one flashcard review, committed at once; the trainee is created on first use.
    public func appendDrillReview(trainee name: String, _ review: DrillReview) throws(StoreError) {
        let name = try Self.cleanName(name)
        try write { db throws in
            let trainee = try Self.findOrCreateTrainee(db, name: name, at: review.at)
            guard let traineeId = trainee.id else { throw StoreError.noSuchTrainee(name) }
            _ = try DrillReviewRecord(review, traineeId: traineeId).inserted(db)
        }
    }

    /// Every review a trainee has made, oldest first (in the order stored when times are
    /// equal); empty for an unknown trainee. Schedules are computed from these.
    public func drillReviews(trainee name: String) throws(StoreError) -> [DrillReview] {
        let name = try Self.cleanName(name)
        return try read { db in
            guard let trainee = try Self.fetchTrainee(db, name: name), let id = trainee.id else { return [] }
            return try DrillReviewRecord
                .filter(DrillReviewRecord.Columns.traineeId == id)
                .order(DrillReviewRecord.Columns.reviewedAt, DrillReviewRecord.Columns.id)
                .fetchAll(db)
                .map(\.review)
        }
    }
}
