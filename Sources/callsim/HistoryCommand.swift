import ArgumentParser
import CallSimStore
import CallSimTerminal
import Foundation

/// `callsim history [--as NAME]`: a trainee's calls, newest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List a trainee's recorded calls, newest first.")

    @OptionGroup var trainee: TraineeOption

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let store = try global.openStore()
            let name = trainee.name
            let sessions: [SessionSummary]
            var interviews: [Int64: InterviewTally] = [:]
            do {
                guard try store.findTrainee(named: name) != nil else {
                    throw CLIError("no calls recorded for `\(TerminalText.sanitize(name))`; practise one with `callsim practice --as \(TerminalText.sanitize(name))`")
                }
                sessions = try store.history(trainee: name)
                interviews = try store.interviewTallies(sessions: sessions.filter { $0.kind == CallStore.interviewKind }.map(\.id))
            } catch let error as StoreError {
                throw CLIError(error.description)
            }
            switch format {
            case .json:
                Output.out(try JSONOutput.encode(sessions.map(HistoryRow.init)))
            case .text:
                Output.out(HistoryPresenter.lines(sessions, trainee: name, style: TerminalStyle.detect(), interviews: interviews))
            }
        }
    }
}

/// One row of `history --format json`.
struct HistoryRow: Encodable {
    var id: Int64
    var kind: String
    var scenario: String?
    var title: String
    var mode: String
    var startedAt: String
    var endedAt: String?
    var outcome: String?
    var score: Int?
    var passed: Bool?
    var turns: Int
    var incomplete: Bool

    init(_ summary: SessionSummary) {
        id = summary.id
        kind = summary.kind
        scenario = summary.scenarioId
        title = summary.scenarioTitle
        mode = summary.mode
        startedAt = Timestamps.iso(summary.startedAt)
        endedAt = summary.endedAt.map(Timestamps.iso)
        outcome = summary.outcome?.rawValue
        score = summary.score
        passed = summary.passed
        turns = summary.turnCount
        incomplete = summary.isIncomplete
    }
}

/// Dates as people and scripts read them.
enum Timestamps {
    static func iso(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// `2026-11-22 14:05`, in local time.
    static func short(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter.string(from: date)
    }
}
