import CallSimCore
import Foundation
import GRDB

extension CallStore {
    /// The session `kind` of an interview rehearsal.
    public static let interviewKind = "interview"

    /// Writes one question of a running interview, committed at once: the first call for a
    /// position inserts the row, later calls (each new line of the answer, then the finished
    /// answer) update it.
    ///
    /// - Throws: `.noSuchSession` for an unknown session, `.sessionAlreadyFinished` once the
    ///   interview is finished.
    public func saveInterviewAnswer(session: Int64, _ entry: InterviewAnswerEntry, at date: Date = Date()) throws(StoreError) {
        try write { db throws in
            guard let header = try SessionRecord.fetchOne(db, key: session) else { throw StoreError.noSuchSession(session) }
            guard header.endedAt == nil else { throw StoreError.sessionAlreadyFinished(session) }
            var record = try InterviewAnswerRecord(entry, sessionId: session, at: date)
            if let existing = try InterviewAnswerRecord
                .filter(InterviewAnswerRecord.Columns.sessionId == session && InterviewAnswerRecord.Columns.position == entry.position)
                .fetchOne(db) {
                record.id = existing.id
                try record.update(db)
            } else {
                try record.insert(db)
            }
        }
    }

    /// Records the end of an interview: when it ended, and whether the candidate left before
    /// the last question (outcome `abandoned`, ended by the trainee).
    ///
    /// - Throws: `.noSuchSession` for an unknown session, `.sessionAlreadyFinished` when it
    ///   was finished before.
    public func finishInterview(_ id: Int64, endedAt: Date, leftEarly: Bool) throws(StoreError) {
        try write { db throws in
            guard var session = try SessionRecord.fetchOne(db, key: id) else { throw StoreError.noSuchSession(id) }
            guard session.endedAt == nil else { throw StoreError.sessionAlreadyFinished(id) }
            session.endedAt = endedAt
            session.outcome = leftEarly ? .abandoned : nil
            session.endReason = leftEarly ? .traineeQuit : nil
            try session.update(db)
        }
    }

    /// The questions of a recorded interview, in the order they were asked.
    public func interviewAnswers(session id: Int64) throws(StoreError) -> [InterviewAnswerEntry] {
        try read { db in
            try InterviewAnswerRecord
                .filter(InterviewAnswerRecord.Columns.sessionId == id)
                .order(InterviewAnswerRecord.Columns.position)
                .fetchAll(db)
                .map(\.entry)
        }
    }

    /// The tally of each of the given interview sessions that has answers.
    public func interviewTallies(sessions ids: [Int64]) throws(StoreError) -> [Int64: InterviewTally] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            let records = try InterviewAnswerRecord.filter(ids.contains(InterviewAnswerRecord.Columns.sessionId)).fetchAll(db)
            var tallies: [Int64: InterviewTally] = [:]
            for record in records {
                var tally = tallies[record.sessionId] ?? InterviewTally(answered: 0, skipped: 0, partial: 0, pointsCovered: 0, pointsTotal: 0)
                let entry = record.entry
                switch entry.status {
                case .answered: tally.answered += 1
                case .skipped: tally.skipped += 1
                case .partial: tally.partial += 1
                }
                if let insights = entry.insights {
                    tally.pointsCovered += insights.pointsCovered.count
                    tally.pointsTotal += insights.pointsCovered.count + insights.pointsMissed.count
                }
                tallies[record.sessionId] = tally
            }
            return tallies
        }
    }
}
