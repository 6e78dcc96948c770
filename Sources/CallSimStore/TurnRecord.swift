import CallSimCore
import GRDB

/// A row of the `turn` table: one line of a call, committed as soon as it is said.
///
/// Tags and phrase categories are stored comma-separated (neither ever contains a comma),
/// which keeps them readable in `sqlite3` and searchable with `LIKE`.
struct TurnRecord: Sendable, Hashable, Codable {
    var id: Int64?
    var sessionId: Int64
    /// 0-based position in the call.
    var position: Int
    var speaker: Speaker
    var text: String
    var at: Double
    var duration: Double
    /// Comma-separated transcript tags.
    var tags: String
    /// Comma-separated phrase categories, in order of first appearance.
    var categories: String
    var moodAfter: Double
    var phase: CallPhase
}

extension TurnRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "turn"

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

extension TurnRecord {
    /// The row for `turn` of session `sessionId`.
    init(_ turn: CallTurn, sessionId: Int64) {
        self.init(
            id: nil, sessionId: sessionId, position: turn.index, speaker: turn.speaker, text: turn.text,
            at: turn.at, duration: turn.duration, tags: Self.join(turn.tags),
            categories: Self.join(turn.categories), moodAfter: turn.moodAfter, phase: turn.phase)
    }

    /// The turn as read back.
    var stored: StoredTurn {
        StoredTurn(
            position: position, speaker: speaker, text: text, at: at, duration: duration,
            tags: Self.split(tags), categories: Self.split(categories), moodAfter: moodAfter, phase: phase)
    }

    /// A list as stored: comma-separated, empty for none.
    static func join(_ items: [String]) -> String { items.joined(separator: ",") }

    /// A stored list read back.
    static func split(_ text: String) -> [String] {
        text.split(separator: ",", omittingEmptySubsequences: true).map(String.init)
    }
}
