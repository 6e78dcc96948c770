import CallSimCore
import CallSimStore
import Foundation

/// Sample calls and scratch files for the store's tests.
enum Fixtures {
    /// A fixed moment, on a whole second so it survives the database's millisecond precision.
    static let start = Date(timeIntervalSince1970: 1_700_000_000)

    /// The start of a coached call for `trainee`.
    static func newSession(trainee: String = "Sam", startedAt: Date = start, seed: UInt64? = 42) -> NewSession {
        NewSession(
            trainee: trainee, scenarioId: "billing-double-charge", scenarioTitle: "Charged twice",
            scenarioHash: "abc123", language: "en", mode: "coach", seed: seed, passMark: 80,
            startedAt: startedAt)
    }

    /// A phrase match of `category`.
    static func match(_ category: String, at tokens: Range<Int> = 0..<2) -> PhraseMatch {
        PhraseMatch(
            category: category, kind: .recommended, pattern: category, tokens: tokens, fuzzy: false, weight: 1,
            replacement: nil, phraseIndex: 0)
    }

    /// Four turns of a short call: a greeting, an upset customer, a command, and a close.
    static let turns: [CallTurn] = [
        CallTurn(
            index: 0, speaker: .agent, text: "Thank you for calling Nile Telecom, my name is Sam.", at: 0,
            duration: 4, matches: [match("greeting"), match("agent-name", at: 6..<9), match("greeting", at: 0..<1)],
            evidence: ["Thank you for calling", "my name is Sam", "Thank you"], moodAfter: 6, phase: .opening),
        CallTurn(
            index: 1, speaker: .customer, text: "I've been charged twice! My email is a@b.c", at: 6, duration: 3,
            tags: ["upset", "gives:email"], moodAfter: 7, phase: .body),
        CallTurn(
            index: 2, speaker: .agent, text: "/hold 30 checking your bill", at: 10, duration: 30,
            command: .hold(seconds: 30, reason: "checking your bill"), moodAfter: 6.5, phase: .body),
        CallTurn(
            index: 3, speaker: .agent, text: "Thanks for holding, goodbye.", at: 41, duration: 2.5,
            matches: [match("thanks"), match("farewell", at: 3..<4)], evidence: ["Thanks", "goodbye"],
            moodAfter: 3, phase: .closing),
    ]

    /// A scorecard with three findings, one of them failing.
    static let scorecard = Scorecard(
        score: 72, passed: false, passMark: 75, autoFail: [],
        sections: [SectionScore(id: "opening", title: "Opening", score: 10, max: 10)],
        findings: [
            Finding(
                rule: "greeting", section: "opening", verdict: .pass, turn: 1, evidence: "Thank you for calling",
                advice: "Keep greeting warmly."),
            Finding(
                rule: "identity-verification", section: "verification", verdict: .notApplicable,
                advice: "Ask for two details.", critical: true),
            Finding(
                rule: "anything-else", section: "closing", verdict: .fail,
                advice: "Ask: is there anything else I can help with?"),
        ],
        metrics: CallMetrics(
            handleSeconds: 43.5, talkSeconds: 13.5, holdSeconds: 30, wrapSeconds: 0, csat: 4, resolved: true,
            finalMood: 3))

    /// A new, empty folder of its own under the system's temporary folder.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("callsim-store-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The store's error, when `body` throws one.
    static func storeError(_ body: () throws(StoreError) -> Void) -> StoreError? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }
}
