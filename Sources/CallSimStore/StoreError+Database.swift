import Foundation
import GRDB

extension StoreError {
    /// Translates any error met while using the database at `path` into a `StoreError`.
    ///
    /// `StoreError`s pass through unchanged; SQLite's result codes become the cases a trainer
    /// can act on.
    static func from(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? SupersededSchema {
            return .newerDatabase(path: path, migrations: error.unknownMigrations)
        }
        guard let error = error as? DatabaseError else {
            return .failed(path: path, reason: String(describing: error))
        }
        let message = error.message ?? "SQLite error \(error.resultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .corrupt(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
            return .cannotOpen(path: path, reason: FileSystem.openFailureReason(path: path) ?? message)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .busy(path: path)
        case .SQLITE_FULL:
            return .cannotOpen(path: path, reason: "the disk is full")
        default:
            return .failed(path: path, reason: message)
        }
    }
}

/// Thrown while opening a database whose applied migrations include ones this binary does not know.
struct SupersededSchema: Error {
    /// The unknown migration identifiers, sorted.
    var unknownMigrations: [String]
}
