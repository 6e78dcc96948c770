import Foundation
import GRDB

/// The one type that owns callsim's database: trainees, their sessions, every turn and finding.
///
/// Several callsim processes may use one database file at once: it is opened in WAL mode,
/// and a writer waits up to ``busyTimeoutSeconds`` for another to finish. Each turn is
/// committed as it happens, so a call cut off by a crash keeps every line said before it.
public final class CallStore: Sendable {
    /// How long a write waits for another process to release the database.
    public static let busyTimeoutSeconds = 5

    /// The database file's path, or `:memory:` for an in-memory store.
    public let path: String

    /// The connection; GRDB serialises every access to it.
    let queue: DatabaseQueue

    /// Opens the database at `path`, creating it and its folder when missing, and brings its
    /// schema up to date.
    ///
    /// - Throws: `StoreError.cannotOpen` when the file or its folder cannot be created or
    ///   written, `.corrupt` when the file is not a database, `.newerDatabase` when a newer
    ///   callsim wrote it (the file is left as it is), `.busy` when another process holds it.
    public init(path: String) throws(StoreError) {
        self.path = path
        try FileSystem.createParentDirectory(of: path)
        var configuration = Self.makeConfiguration()
        configuration.journalMode = .wal
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try Migrations.migrate(queue)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// A store in memory, gone when released: for tests and dry runs.
    private init(memory configuration: Configuration) throws(StoreError) {
        path = ":memory:"
        do {
            queue = try DatabaseQueue(configuration: configuration)
            try Migrations.migrate(queue)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Creates an empty store in memory, with the full schema.
    public static func inMemory() throws(StoreError) -> CallStore {
        try CallStore(memory: makeConfiguration())
    }

    /// The database path callsim uses when `--db` is not given: `$CALLSIM_DB`, else
    /// `$XDG_DATA_HOME/callsim/callsim.sqlite`, else `$HOME/.local/share/callsim/callsim.sqlite`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let path = environment["CALLSIM_DB"], !path.isEmpty { return path }
        // The XDG specification ignores relative paths.
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return join(data, "callsim/callsim.sqlite")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.homeDirectoryForCurrentUser.path
        return join(home, ".local/share/callsim/callsim.sqlite")
    }

    /// The identifiers of the migrations this binary knows, oldest first; the last is the
    /// schema version it writes.
    public static var schemaMigrations: [String] { Migrations.known }

    /// The settings every connection gets: a busy timeout, foreign keys, and a refusal to
    /// touch a database written by a newer callsim.
    private static func makeConfiguration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(TimeInterval(busyTimeoutSeconds))
        configuration.label = "callsim"
        configuration.prepareDatabase { db in
            try Migrations.refuseNewer(db)
        }
        return configuration
    }

    /// `directory` and `relative` joined by exactly one slash.
    private static func join(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }

    // MARK: - Access

    /// Runs `updates` in one write transaction, committed when it returns.
    func write<T>(_ updates: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.write(updates)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Runs `value` in one read transaction.
    func read<T>(_ value: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.read(value)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}
