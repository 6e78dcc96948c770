import CallSimCore
import CallSimStore
import Foundation

/// Writes a live call to the database as it happens: the session when the call starts,
/// each turn as soon as it is recorded, the scorecard at the end.
final class CallRecorder {
    let store: CallStore
    let sessionID: Int64
    private var written = 0

    init(store: CallStore, scenario: Scenario, trainee: String, mode: PracticeMode, seed: UInt64) throws {
        self.store = store
        do {
            sessionID = try store.beginSession(NewSession(
                trainee: trainee, kind: "call", scenarioId: scenario.id, scenarioTitle: scenario.title,
                scenarioHash: scenario.fileHash, language: scenario.language, mode: mode.rawValue,
                seed: seed, passMark: scenario.scorecard.passMark ?? 80, startedAt: Date()))
        } catch {
            throw CLIError(error.description)
        }
    }

    /// Commits every turn recorded since the last call.
    func record(newTurnsOf session: CallSession) throws {
        while written < session.turns.count {
            do {
                try store.appendTurn(session: sessionID, turn: session.turns[written])
            } catch {
                throw CLIError("could not record the call: \(error.description)")
            }
            written += 1
        }
    }

    /// Records the remaining turns and the scorecard.
    func finish(session: CallSession, scorecard: Scorecard) throws {
        try record(newTurnsOf: session)
        do {
            try store.finishSession(
                sessionID, endedAt: Date(), outcome: session.outcome,
                endReason: session.endReason ?? .traineeQuit, scorecard: scorecard, timed: session.timed)
        } catch {
            throw CLIError("could not record the scorecard: \(error.description)")
        }
    }
}
