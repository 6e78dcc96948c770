import Foundation
import GRDB

extension CallStore {
    /// Everything stored about a trainee: their row, and every row of every table that
    /// belongs to it through foreign keys, found from the schema itself so tables added by
    /// later features are included.
    ///
    /// - Throws: `.noSuchTrainee` when nobody has this name.
    public func exportTrainee(_ name: String, at date: Date = Date()) throws(StoreError) -> TraineeExport {
        let name = try Self.cleanName(name)
        return try read { db throws in
            guard let trainee = try Self.fetchTrainee(db, name: name), let id = trainee.id else {
                throw StoreError.noSuchTrainee(name)
            }
            let ownRow = try Row.fetchOne(db, sql: "SELECT * FROM trainee WHERE id = ?", arguments: [id])
            var graph = try OwnershipGraph(db)
            var tables: [String: [[String: ExportValue]]] = [:]
            for table in graph.tables where table != "trainee" {
                guard let selection = graph.selection(of: table) else { continue }
                let rows = try Row.fetchAll(
                    db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier) WHERE \(selection) ORDER BY rowid",
                    arguments: StatementArguments(Array(repeating: id, count: selection.components(separatedBy: "?").count - 1)))
                tables[table] = rows.map(Self.exportRow)
            }
            let schema = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
            return TraineeExport(
                schema: schema, exportedAt: date, trainee: ownRow.map(Self.exportRow) ?? [:], tables: tables)
        }
    }

    /// A row as column name → value.
    static func exportRow(_ row: Row) -> [String: ExportValue] {
        var values: [String: ExportValue] = [:]
        for (column, value) in row {
            switch value.storage {
            case .null: values[column] = .null
            case .int64(let number): values[column] = .integer(number)
            case .double(let number): values[column] = .real(number)
            case .string(let text): values[column] = .text(text)
            case .blob(let data): values[column] = .bytes(data)
            }
        }
        return values
    }
}

/// Which rows of each table belong to one trainee, from the schema's foreign keys: a row
/// belongs when one of its foreign keys points at a row that belongs (the trainee's own row
/// to start with).
struct OwnershipGraph {
    /// The user tables, alphabetically.
    let tables: [String]
    /// For each table, its foreign keys: (column, parent table, parent column or nil for the rowid).
    private let keys: [String: [(column: String, parent: String, parentColumn: String?)]]
    private var memo: [String: String?] = [:]

    init(_ db: Database) throws {
        tables = try String.fetchAll(
            db,
            sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations' ORDER BY name")
        var keys: [String: [(column: String, parent: String, parentColumn: String?)]] = [:]
        for table in tables {
            keys[table] = try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(\(table.quotedDatabaseIdentifier))").map {
                (column: $0["from"], parent: $0["table"], parentColumn: $0["to"])
            }
        }
        self.keys = keys
    }

    /// The SQL condition selecting the rows of `table` that belong to the trainee whose id is
    /// bound to every `?`; nil when no row of it can belong.
    mutating func selection(of table: String, visiting: Set<String> = []) -> String? {
        if let known = memo[table] { return known }
        if table == "trainee" { return "rowid = ?" }
        guard !visiting.contains(table) else { return nil }
        var conditions: [String] = []
        for key in keys[table] ?? [] {
            guard let parent = selection(of: key.parent, visiting: visiting.union([table])) else { continue }
            let parentColumn = key.parentColumn.map(\.quotedDatabaseIdentifier) ?? "rowid"
            conditions.append(
                "\(key.column.quotedDatabaseIdentifier) IN (SELECT \(parentColumn) FROM \(key.parent.quotedDatabaseIdentifier) WHERE \(parent))")
        }
        let result = conditions.isEmpty ? nil : conditions.joined(separator: " OR ")
        memo[table] = result
        return result
    }
}
