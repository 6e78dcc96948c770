import CallSimCore
import Foundation
import GRDB

/// A row of the `interviewAnswer` table: one question of an interview and its answer.
struct InterviewAnswerRecord: Sendable, Hashable, Codable {
    var id: Int64?
    var sessionId: Int64
    var position: Int
    var questionId: String
    var questionKind: String
    var question: String
    var answer: String
    var status: String
    var words: Int
    /// `AnswerInsights` as JSON; nil while the answer is being typed, or when skipped.
    var insights: String?
    /// Comma-separated practice aids used: `hint`, `model`.
    var aids: String
    var updatedAt: Date
}

extension InterviewAnswerRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "interviewAnswer"

    /// The table's columns, for queries.
    enum Columns {
        static let sessionId = Column(CodingKeys.sessionId)
        static let position = Column(CodingKeys.position)
    }

    /// Records the id SQLite gave the new row.
    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension InterviewAnswerRecord {
    /// The row for `entry` of session `sessionId`.
    init(_ entry: InterviewAnswerEntry, sessionId: Int64, at date: Date) throws {
        let json: String? = try entry.insights.map { insights in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return String(decoding: try encoder.encode(insights), as: UTF8.self)
        }
        self.init(
            id: nil, sessionId: sessionId, position: entry.position, questionId: entry.questionId,
            questionKind: entry.questionKind.rawValue, question: entry.question, answer: entry.answer,
            status: entry.status.rawValue, words: WordCounter.count(entry.answer), insights: json,
            aids: entry.aids.joined(separator: ","), updatedAt: date)
    }

    /// The entry as read back (insights that no longer decode are left out).
    var entry: InterviewAnswerEntry {
        InterviewAnswerEntry(
            position: position, questionId: questionId, questionKind: QuestionKind(rawValue: questionKind) ?? .general,
            question: question, answer: answer, status: AnswerStatus(rawValue: status) ?? .partial,
            insights: insights.flatMap { try? JSONDecoder().decode(AnswerInsights.self, from: Data($0.utf8)) },
            aids: aids.split(separator: ",").map(String.init))
    }
}
