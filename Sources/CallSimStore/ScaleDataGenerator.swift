import CallSimCore
import Foundation
import GRDB

/// Fills an empty database with a large, realistic made-up cohort, to measure reports at
/// scale (`callsim bench-db`): trainees in teams, calls spread over a year with scores that
/// follow each trainee's skill and progress, 22 findings per call, turns, and some reviews.
/// The same seed gives the same database.
public struct ScaleDataGenerator: Sendable {
    /// How many trainees.
    public var trainees: Int
    /// How many calls in all.
    public var calls: Int
    /// How many turns in all, shared among the calls.
    public var turns: Int
    /// The seed of the random generator.
    public var seed: UInt64
    /// The end of the year the calls are spread over.
    public var now: Date

    /// Describes a database to generate.
    public init(trainees: Int, calls: Int, turns: Int, seed: UInt64 = 2024, now: Date) {
        self.trainees = trainees
        self.calls = calls
        self.turns = turns
        self.seed = seed
        self.now = now
    }

    /// One made-up trainee.
    struct Person {
        var id: Int64
        var skill: Double
        var progress: Double
        var firstDay: Double
        var calls: Int
    }

    /// Writes everything into `store`, which must hold no call yet; `progress` is told how far it got.
    public func generate(into store: CallStore, progress: (String) -> Void) throws(StoreError) {
        guard try store.hasNoCalls() else {
            throw StoreError.failed(path: store.path, reason: "the database already holds calls; generate into a new file")
        }
        var random = SeededGenerator(seed: seed)
        let people = try makeTrainees(store, random: &random)
        progress("\(people.count) trainees")
        let indexes = try store.write { db in
            let sql = try String.fetchAll(
                db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('session', 'turn', 'finding')")
            for name in try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('session', 'turn', 'finding')")
            {
                try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
            }
            return sql
        }
        var writer = CallWriter(generator: self)
        var written = 0
        var turnBudget = turns
        for (index, person) in people.enumerated() {
            let times = (0..<person.calls).map { _ in Double.random(in: person.firstDay...365, using: &random) }.sorted()
            try store.write { db in
                for (number, day) in times.enumerated() {
                    let remainingCalls = calls - written
                    let share = remainingCalls <= 1 ? turnBudget : turnBudget / remainingCalls
                    let count = remainingCalls <= 1 ? turnBudget : max(2, share + Int.random(in: -6...6, using: &random))
                    let used = min(count, turnBudget)
                    try writer.writeCall(
                        db, person: person, day: day, progressShare: Double(number) / Double(max(1, person.calls)),
                        turns: used, random: &random)
                    turnBudget -= used
                    written += 1
                }
            }
            if (index + 1) % 100 == 0 { progress("\(written) calls") }
        }
        progress("indexing")
        try store.write { db in
            for sql in indexes { try db.execute(sql: sql) }
            try writer.writeReviews(db, calls: written, random: &random)
            try db.execute(sql: "ANALYZE")
        }
        progress("done: \(people.count) trainees, \(written) calls, \(turns - turnBudget) turns")
    }

    private func makeTrainees(_ store: CallStore, random: inout SeededGenerator) throws(StoreError) -> [Person] {
        let names = ScaleDataProfile.firstNames.flatMap { first in ScaleDataProfile.lastNames.map { "\(first) \($0)" } }
            .shuffled(using: &random)
        let weights = (0..<trainees).map { _ in exp(Double.random(in: -1.2...1.2, using: &random)) }
        let total = weights.reduce(0, +)
        var counts = weights.map { Int(Double(calls) * $0 / total) }
        var missing = calls - counts.reduce(0, +)
        var slot = 0
        while missing > 0, !counts.isEmpty {
            counts[slot % counts.count] += 1
            missing -= 1
            slot += 1
        }
        return try store.write { db in
            try (0..<trainees).map { index in
                let name = index < names.count ? names[index] : "\(names[index % names.count]) \(index / names.count + 1)"
                let team = ScaleDataProfile.teams[Int.random(in: 0..<ScaleDataProfile.teams.count, using: &random)]
                let firstDay = Double.random(in: 0...300, using: &random)
                try db.execute(
                    sql: "INSERT INTO trainee (name, team, archived, createdAt) VALUES (?, ?, 0, ?)",
                    arguments: [name, team, now.addingTimeInterval((firstDay - 366) * 86_400)])
                return Person(
                    id: db.lastInsertedRowID, skill: Double.random(in: -0.12...0.12, using: &random),
                    progress: Double.random(in: 0...0.15, using: &random), firstDay: firstDay, calls: counts[index])
            }
        }
    }
}
