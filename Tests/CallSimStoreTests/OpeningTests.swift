import CallSimCore
import CallSimStore
import Foundation
import GRDB
import Testing

@Suite("Opening a database file")
struct OpeningTests {
    @Test("a call cut off before it finished keeps its turns when the file is opened again")
    func incompleteSurvivesReopen() throws {
        // Given a store on a new file, in a folder that does not exist yet, and a call of three turns
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("nested/deeper/callsim.sqlite").path
        let first = try CallStore(path: path)
        let id = try first.beginSession(Fixtures.newSession())
        for turn in Fixtures.turns.prefix(3) {
            try first.appendTurn(session: id, turn: turn)
        }

        // When a second store opens the same file while the first never finishes the call
        let second = try CallStore(path: path)

        // Then the second store sees the session as incomplete, with every turn
        let history = try second.history(trainee: "Sam")
        #expect(history.map(\.id) == [id])
        #expect(history.first?.isIncomplete == true)
        #expect(history.first?.turnCount == 3)
        let session = try #require(try second.session(id))
        #expect(session.turns.map(\.text) == Fixtures.turns.prefix(3).map(\.text))
        #expect(session.isIncomplete)
        withExtendedLifetime(first) {}
    }

    @Test("a database written by a newer callsim is refused and left untouched")
    func newerDatabase() throws {
        // Given a database whose grdb_migrations holds a migration this binary does not know
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("callsim.sqlite").path
        do {
            let store = try CallStore(path: path)
            _ = try store.beginSession(Fixtures.newSession())
        }
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2-from-the-future')")
        }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        // When callsim opens it
        let error = Fixtures.storeError { () throws(StoreError) in _ = try CallStore(path: path) }

        // Then it is refused with a message saying what to do, and the file is unchanged
        #expect(error == .newerDatabase(path: path, migrations: ["v2-from-the-future"]))
        #expect(error?.description == "the database at \(path) was written by a newer callsim "
            + "(unknown schema v2-from-the-future); upgrade callsim, or choose another path with --db or CALLSIM_DB")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test("a file that is not a database is reported as corrupt and left untouched")
    func garbage() throws {
        // Given a file of bytes that are not SQLite's
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("callsim.sqlite").path
        var generator = SystemRandomNumberGenerator()
        let garbage = Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try garbage.write(to: URL(fileURLWithPath: path))

        // When callsim opens it
        let error = Fixtures.storeError { () throws(StoreError) in _ = try CallStore(path: path) }

        // Then it is refused as corrupt, and the file is unchanged
        #expect(error == .corrupt(path: path))
        #expect(error?.description == "the file at \(path) is not a callsim database or is damaged; "
            + "move it aside, or choose another path with --db or CALLSIM_DB")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
    }

    @Test("a path under a regular file cannot be opened, and the message says why")
    func underRegularFile() throws {
        // Given a regular file where a folder should be
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("x-file").path
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: file))
        let path = file + "/db.sqlite"

        // When callsim opens a database inside it
        let error = Fixtures.storeError { () throws(StoreError) in _ = try CallStore(path: path) }

        // Then it cannot, and says which part of the path is wrong
        #expect(error == .cannotOpen(path: path, reason: "\(file) is not a directory"))
        #expect(error?.description == "cannot open the database at \(path): \(file) is not a directory; "
            + "choose another path with --db or CALLSIM_DB")
    }

    @Test("a folder given as the database path cannot be opened")
    func directoryAsPath() throws {
        // Given an existing folder
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }

        // When callsim opens it as a database
        let error = Fixtures.storeError { () throws(StoreError) in _ = try CallStore(path: directory.path) }

        // Then it cannot, because it is a folder
        #expect(error == .cannotOpen(path: directory.path, reason: "it is a directory"))
    }

    @Test("a folder without write permission cannot hold the database", .enabled(if: getuid() != 0))
    func unwritableFolder() throws {
        // Given a folder nobody may write to
        let directory = try Fixtures.scratchDirectory()
        defer {
            chmod(directory.path, 0o755)
            try? FileManager.default.removeItem(at: directory)
        }
        chmod(directory.path, 0o555)
        let path = directory.appendingPathComponent("sub/callsim.sqlite").path

        // When callsim creates its database there
        let error = Fixtures.storeError { () throws(StoreError) in _ = try CallStore(path: path) }

        // Then it says permission was denied
        #expect(error?.description == "cannot open the database at \(path): permission denied; "
            + "choose another path with --db or CALLSIM_DB")
    }

    @Test("the permission message tells the trainer what to do")
    func permissionMessage() {
        // Given a permission failure
        let error = StoreError.cannotOpen(path: "/x/y.sqlite", reason: "permission denied")

        // When it is shown
        // Then it names the file and the way out
        #expect(error.description
            == "cannot open the database at /x/y.sqlite: permission denied; "
            + "choose another path with --db or CALLSIM_DB")
    }

    @Test("the schema is recorded as migration v1")
    func schemaVersion() throws {
        // Given a new database file
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("callsim.sqlite").path
        _ = try CallStore(path: path)

        // When its migrations and journal mode are read
        let queue = try DatabaseQueue(path: path)
        let (migrations, journalMode, tables) = try queue.read { db in
            (
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try String.fetchAll(db, sql: """
                    SELECT name FROM sqlite_master
                    WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'
                    ORDER BY name
                    """)
            )
        }
        try queue.close()

        // Then v1 is applied, the file is in WAL mode, and the call tables (and, in the same v1,
        // the interview tables) exist
        #expect(migrations == ["v1"])
        #expect(CallStore.schemaMigrations == ["v1"])
        #expect(journalMode == "wal")
        #expect(Set(["finding", "session", "trainee", "turn", "interviewAnswer", "drillReview"]).isSubset(of: tables))
    }
}
