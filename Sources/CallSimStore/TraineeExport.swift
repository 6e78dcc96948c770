import Foundation

/// Everything the database holds about one trainee, table by table, for `callsim trainee
/// export` (a subject-access copy): their own row, and every row that belongs to it through
/// the schema's foreign keys (sessions, turns, findings, reviews of their calls, and the
/// tables later features add).
public struct TraineeExport: Sendable, Hashable, Encodable {
    /// A marker for programs that read the file.
    public var format = "callsim-trainee-export"
    /// The schema the rows follow: the migrations applied.
    public var schema: [String]
    /// When the export was made.
    public var exportedAt: Date
    /// The trainee's own row.
    public var trainee: [String: ExportValue]
    /// The rows of every other table that belong to the trainee, oldest first, by table name.
    public var tables: [String: [[String: ExportValue]]]

    /// Creates an export.
    public init(schema: [String], exportedAt: Date, trainee: [String: ExportValue], tables: [String: [[String: ExportValue]]]) {
        self.schema = schema
        self.exportedAt = exportedAt
        self.trainee = trainee
        self.tables = tables
    }

    /// How many rows the export holds, the trainee's own included.
    public var rowCount: Int { 1 + tables.values.reduce(0) { $0 + $1.count } }
}

/// One stored value, as JSON writes it: null, a number, text, or base64 for bytes.
public enum ExportValue: Sendable, Hashable, Encodable {
    /// SQL NULL.
    case null
    /// An integer.
    case integer(Int64)
    /// A real number.
    case real(Double)
    /// Text.
    case text(String)
    /// Bytes, written in base64.
    case bytes(Data)

    /// Writes the value as a JSON scalar.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .integer(let value): try container.encode(value)
        case .real(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        case .bytes(let value): try container.encode(value.base64EncodedString())
        }
    }
}
