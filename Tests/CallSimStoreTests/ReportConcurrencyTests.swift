import CallSimCore
import CallSimStore
import Foundation
import GRDB
import Testing

@Suite("Reports while another process writes, and on a newer database")
struct ReportConcurrencyTests {
    @Test("reports open and read while another connection holds a write transaction, seeing only committed calls")
    func readDuringWrite() throws {
        // Given a database file with the cohort's four calls
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("callsim.sqlite").path
        try ReportFixtures.cohort(try CallStore(path: path))
        // And another connection in the middle of writing a call (an open write transaction)
        var configuration = Configuration()
        configuration.busyMode = .timeout(1)
        let writer = try DatabaseQueue(path: path, configuration: configuration)
        // (like a callsim recording a call: turns already committed to the WAL, the next one being written)
        try writer.write { try $0.execute(sql: "INSERT INTO trainee (name, createdAt) VALUES ('Writer', '2030-01-01 00:00:00.000')") }
        try writer.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try db.execute(sql: """
                    INSERT INTO session (traineeId, kind, scenarioTitle, language, mode, startedAt, passMark, score, passed)
                    VALUES (1, 'call', 'uncommitted', 'en', 'coach', '2030-01-01 00:00:00.000', 80, 0, 0)
                    """)
                // When a new store opens the file and reads every view
                let reader = try CallStore(path: path)
                let cohort = try reader.cohortReport()
                let metrics = try reader.metrics()
                let noor = try reader.traineeReport("Noor")
                let rule = try reader.ruleReport("recap")
                // Then every read answers (a wait would end in "busy"), and none sees the uncommitted call
                #expect(cohort.rows.map(\.name) == ["Sam", "Noor", "Adam", "Writer"])
                #expect(metrics.calls == 4)
                #expect(noor.calls.count == 2)
                #expect(rule.applicable == 4)
                return .commit
            }
        }
        // And once the writer commits, the call is seen
        #expect(try CallStore(path: path).metrics().calls == 5)
    }

    @Test("a database written by a newer callsim is refused before any report reads it, and left as it was")
    func newerDatabase() throws {
        let directory = try Fixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("callsim.sqlite").path
        try ReportFixtures.cohort(try CallStore(path: path))
        let raw = try DatabaseQueue(path: path)
        try raw.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-reports')") }
        try raw.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = Fixtures.storeError { () throws(StoreError) in _ = try CallStore(path: path).cohortReport() }
        #expect(error == .newerDatabase(path: path, migrations: ["v9-reports"]))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
