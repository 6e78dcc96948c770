import Foundation
import GRDB

extension CallStore {
    /// The trainee with this name, created when there is none yet.
    ///
    /// Names are compared without regard to ASCII case and without surrounding spaces;
    /// a new trainee keeps the name as given.
    public func trainee(named name: String) throws(StoreError) -> TraineeRecord {
        let name = try Self.cleanName(name)
        return try write { db in try Self.findOrCreateTrainee(db, name: name, at: Date()) }
    }

    /// The trainee with this name, or nil when there is none.
    public func findTrainee(named name: String) throws(StoreError) -> TraineeRecord? {
        let name = try Self.cleanName(name)
        return try read { db in try Self.fetchTrainee(db, name: name) }
    }

    /// The trainees' names, in alphabetical order; archived trainees only when asked for.
    public func traineeNames(includingArchived: Bool = false) throws(StoreError) -> [String] {
        try trainees(includingArchived: includingArchived).map(\.name)
    }

    /// The trainees, in alphabetical order of name; archived trainees only when asked for.
    public func trainees(includingArchived: Bool = false) throws(StoreError) -> [TraineeRecord] {
        try read { db in
            var request = TraineeRecord.order(TraineeRecord.Columns.name.collating(.nocase))
            if !includingArchived {
                request = request.filter(TraineeRecord.Columns.archived == false)
            }
            return try request.fetchAll(db)
        }
    }

    /// Gives a trainee a new name, keeping their history.
    ///
    /// - Throws: `.noSuchTrainee` for an unknown name, `.traineeExists` when another trainee
    ///   already has the new one.
    public func renameTrainee(_ name: String, to newName: String) throws(StoreError) {
        let name = try Self.cleanName(name)
        let newName = try Self.cleanName(newName)
        try write { db throws in
            guard var trainee = try Self.fetchTrainee(db, name: name) else { throw StoreError.noSuchTrainee(name) }
            if let other = try Self.fetchTrainee(db, name: newName), other.id != trainee.id {
                throw StoreError.traineeExists(other.name)
            }
            try trainee.updateChanges(db) { $0.name = newName }
        }
    }

    /// Archives a trainee, or brings them back: archived trainees keep their history but
    /// are left out of lists.
    public func setArchived(_ archived: Bool, trainee name: String) throws(StoreError) {
        let name = try Self.cleanName(name)
        try write { db throws in
            guard var trainee = try Self.fetchTrainee(db, name: name) else { throw StoreError.noSuchTrainee(name) }
            try trainee.updateChanges(db) { $0.archived = archived }
        }
    }

    /// Adds a trainee before their first call, in `team` when given.
    ///
    /// - Throws: `.traineeExists` when someone already has the name (in any letter case).
    @discardableResult
    public func addTrainee(_ name: String, team: String? = nil, at date: Date = Date()) throws(StoreError) -> TraineeRecord {
        let name = try Self.cleanName(name)
        let team = Self.cleanTeam(team)
        return try write { db throws in
            if let existing = try Self.fetchTrainee(db, name: name) { throw StoreError.traineeExists(existing.name) }
            let inserted = try TraineeRecord(name: name, team: team, createdAt: date).inserted(db)
            return try inserted.id.flatMap { try TraineeRecord.fetchOne(db, key: $0) } ?? inserted
        }
    }

    /// Puts a trainee in `team`, or in no team when it is nil or blank.
    public func setTeam(_ team: String?, trainee name: String) throws(StoreError) {
        let name = try Self.cleanName(name)
        let team = Self.cleanTeam(team)
        try write { db throws in
            guard var trainee = try Self.fetchTrainee(db, name: name) else { throw StoreError.noSuchTrainee(name) }
            try trainee.updateChanges(db) { $0.team = team }
        }
    }

    /// The trainees with how many calls each has and when the last one started, alphabetically;
    /// archived trainees only when asked for.
    public func traineeSummaries(includingArchived: Bool = false) throws(StoreError) -> [TraineeSummary] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT t.*, COUNT(s.id) AS calls, MAX(s.startedAt) AS lastActivity
                    FROM trainee t LEFT JOIN session s ON s.traineeId = t.id AND s.kind = 'call'
                    WHERE ? OR t.archived = 0
                    GROUP BY t.id
                    ORDER BY t.name COLLATE NOCASE
                    """,
                arguments: [includingArchived]
            ).map { row in
                TraineeSummary(trainee: try TraineeRecord(row: row), calls: row["calls"], lastActivity: row["lastActivity"])
            }
        }
    }

    /// Deletes a trainee with every session, turn and finding of theirs.
    public func deleteTrainee(_ name: String) throws(StoreError) {
        let name = try Self.cleanName(name)
        try write { db throws in
            guard let trainee = try Self.fetchTrainee(db, name: name) else { throw StoreError.noSuchTrainee(name) }
            try trainee.delete(db)
        }
    }

    /// The trainee named `name` (any ASCII case), if any.
    static func fetchTrainee(_ db: Database, name: String) throws -> TraineeRecord? {
        try TraineeRecord.filter(TraineeRecord.Columns.name == name).fetchOne(db)
    }

    /// The trainee named `name`, inserted with `createdAt` when missing.
    static func findOrCreateTrainee(_ db: Database, name: String, at createdAt: Date) throws -> TraineeRecord {
        if let trainee = try fetchTrainee(db, name: name) { return trainee }
        let inserted = try TraineeRecord(name: name, createdAt: createdAt).inserted(db)
        // Read back, so the date is as precise as the database keeps it (milliseconds).
        return try inserted.id.flatMap { try TraineeRecord.fetchOne(db, key: $0) } ?? inserted
    }

    /// A team name without surrounding spaces; nil when nothing is left.
    static func cleanTeam(_ team: String?) -> String? {
        let cleaned = team?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return cleaned.isEmpty ? nil : cleaned
    }

    /// The name without surrounding spaces.
    ///
    /// - Throws: `.emptyTraineeName` when nothing is left.
    static func cleanName(_ name: String) throws(StoreError) -> String {
        let cleaned = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !cleaned.isEmpty else { throw .emptyTraineeName }
        return cleaned
    }
}
