import CallSimCore
import Foundation
import GRDB

/// A row of the `session` table: one call (or, later, one interview) of one trainee.
///
/// `endedAt` is nil while the call runs, and stays nil when the call was cut off by a crash.
/// The outcome, score and metrics are nil until the session is finished.
struct SessionRecord: Sendable, Hashable, Codable {
    var id: Int64?
    var traineeId: Int64
    /// `call`, later also `interview`.
    var kind: String
    var scenarioId: String?
    var scenarioTitle: String
    /// A hash of the scenario file, to tell versions of one scenario apart.
    var scenarioHash: String?
    var language: String
    /// `coach`, `exam` or `grade`.
    var mode: String
    /// The seed's bit pattern (SQLite integers are signed).
    var seed: Int64?
    var startedAt: Date
    var endedAt: Date?
    var outcome: CallOutcome?
    var endReason: EndReason?
    var score: Int?
    var passed: Bool?
    var passMark: Double
    var handleSeconds: Double?
    var talkSeconds: Double?
    var holdSeconds: Double?
    var wrapSeconds: Double?
    var csat: Int?
    var resolved: Bool?
    var finalMood: Double?
    /// True when the turns' times are real (so silences can be judged), not only simulated.
    var timed: Bool = false
}

extension SessionRecord: FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "session"

    /// Records the id SQLite gave the new row.
    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension SessionRecord {
    /// A session about to start, for `trainee`.
    init(_ start: NewSession, traineeId: Int64) {
        self.init(
            id: nil, traineeId: traineeId, kind: start.kind, scenarioId: start.scenarioId,
            scenarioTitle: start.scenarioTitle, scenarioHash: start.scenarioHash, language: start.language,
            mode: start.mode, seed: start.seed.map { Int64(bitPattern: $0) }, startedAt: start.startedAt,
            passMark: start.passMark)
    }

    /// The seed as the simulator drew it.
    var unsignedSeed: UInt64? { seed.map { UInt64(bitPattern: $0) } }

    /// The call's figures, once every one of them is recorded.
    var metrics: CallMetrics? {
        guard let handleSeconds, let talkSeconds, let holdSeconds, let wrapSeconds, let csat, let resolved,
              let finalMood
        else { return nil }
        return CallMetrics(
            handleSeconds: handleSeconds, talkSeconds: talkSeconds, holdSeconds: holdSeconds,
            wrapSeconds: wrapSeconds, csat: csat, resolved: resolved, finalMood: finalMood)
    }

    /// Records how the call ended and how it scored.
    mutating func finish(endedAt: Date, outcome: CallOutcome, endReason: EndReason, scorecard: Scorecard, timed: Bool) {
        self.timed = timed
        self.endedAt = endedAt
        self.outcome = outcome
        self.endReason = endReason
        score = scorecard.score
        passed = scorecard.passed
        passMark = scorecard.passMark
        handleSeconds = scorecard.metrics.handleSeconds
        talkSeconds = scorecard.metrics.talkSeconds
        holdSeconds = scorecard.metrics.holdSeconds
        wrapSeconds = scorecard.metrics.wrapSeconds
        csat = scorecard.metrics.csat
        resolved = scorecard.metrics.resolved
        finalMood = scorecard.metrics.finalMood
    }
}
