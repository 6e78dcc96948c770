import CallSimCore
import GRDB

/// A row of the `finding` table: one rule's verdict on a finished call.
struct FindingRecord: Sendable, Hashable, Codable {
    var id: Int64?
    var sessionId: Int64
    var rule: String
    var section: String
    var verdict: Verdict
    /// The 1-based turn the verdict rests on.
    var turn: Int?
    var evidence: String?
    var advice: String
    var critical: Bool
}

extension FindingRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "finding"

    /// The table's columns, for queries.
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let sessionId = Column(CodingKeys.sessionId)
    }

    /// Records the id SQLite gave the new row.
    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension FindingRecord {
    /// The row for `finding` of session `sessionId`.
    init(_ finding: Finding, sessionId: Int64) {
        self.init(
            id: nil, sessionId: sessionId, rule: finding.rule, section: finding.section, verdict: finding.verdict,
            turn: finding.turn, evidence: finding.evidence, advice: finding.advice, critical: finding.critical)
    }

    /// The finding as read back.
    var finding: Finding {
        Finding(
            rule: rule, section: section, verdict: verdict, turn: turn, evidence: evidence, advice: advice,
            critical: critical)
    }
}
