import Foundation

/// A spaced-repetition schedule over scenarios, after SM-2: each finished call is a review
/// of its scenario, graded 0–5 from its score; a passed call pushes the next practice of that
/// scenario further out (1 day, 6 days, then the last interval times an ease factor), a
/// failed one brings it back to tomorrow and lowers the ease.
public struct ScenarioSchedule: Sendable, Hashable, Codable {
    /// The scenario.
    public var scenarioId: String
    /// Passed calls in a row, since the last failure.
    public var repetitions: Int
    /// The ease factor, 1.3 or more (2.5 to start with).
    public var ease: Double
    /// Days from the last call until the scenario is due again.
    public var intervalDays: Int
    /// The last call of this scenario.
    public var last: ScenarioAttempt
    /// When it is due again.
    public var due: Date

    /// The schedules of every scenario in `attempts` (any order), by scenario id.
    public static func schedules(for attempts: [ScenarioAttempt]) -> [String: ScenarioSchedule] {
        var result: [String: ScenarioSchedule] = [:]
        for attempt in attempts.sorted(by: { $0.date < $1.date }) {
            var repetitions = result[attempt.scenarioId]?.repetitions ?? 0
            var ease = result[attempt.scenarioId]?.ease ?? 2.5
            var interval = result[attempt.scenarioId]?.intervalDays ?? 0
            let q = quality(of: attempt)
            if q >= 3 {
                interval = switch repetitions {
                case 0: 1
                case 1: 6
                default: Int((Double(interval) * ease).rounded())
                }
                repetitions += 1
            } else {
                repetitions = 0
                interval = 1
            }
            let miss = Double(5 - q)
            ease = max(1.3, ease + 0.1 - miss * (0.08 + miss * 0.02))
            result[attempt.scenarioId] = ScenarioSchedule(
                scenarioId: attempt.scenarioId, repetitions: repetitions, ease: ease, intervalDays: interval,
                last: attempt, due: attempt.date.addingTimeInterval(Double(interval) * 86_400))
        }
        return result
    }

    /// SM-2's grade of a call, 0 to 5: a pass is 3, 4 from 85 and 5 from 95; a call that
    /// did not pass is 2 from 60, 1 from 30, else 0.
    public static func quality(of attempt: ScenarioAttempt) -> Int {
        if attempt.passed {
            return attempt.score >= 95 ? 5 : attempt.score >= 85 ? 4 : 3
        }
        return attempt.score >= 60 ? 2 : attempt.score >= 30 ? 1 : 0
    }
}
