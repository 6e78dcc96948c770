import ArgumentParser
import CallSimCore
import CallSimStore
import CallSimTerminal
import Foundation

/// `callsim next [--as NAME]`: the scenario to practise next, and why.
struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "Recommend the next scenario to practise, from your weakest rules and a spaced-repetition schedule.",
        discussion: """
            Scenarios you have not practised, or whose review date has come (passed recently: \
            later; failed: tomorrow), are due; among them the one that best exercises your weakest \
            rules of your last 20 calls is chosen.
            """)

    @OptionGroup var trainee: TraineeOption

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let library = global.contentLibrary()
            let scenarios = library.loadScenarios().scenarios.map {
                ScenarioChoice(id: $0.id, title: $0.title, difficultyRank: Self.rank($0.difficulty.rawValue))
            }
            guard !scenarios.isEmpty else {
                throw CLIError("no scenarios are installed; run `callsim scenario list` and `callsim scenario lint` to see why")
            }
            let store = try global.openStore()
            let name = trainee.name
            var attempts: [ScenarioAttempt] = []
            var rules: [RulePerformance] = []
            let coverage: [String: ScenarioCoverage]
            do {
                if try store.findTrainee(named: name) != nil {
                    attempts = try store.attempts(trainee: name)
                    rules = try store.rulePerformance(trainee: name)
                }
                coverage = try store.scenarioCoverage()
            } catch let error as StoreError {
                throw CLIError(error.description)
            }
            guard let recommendation = NextScenarioPlanner.recommend(
                scenarios: scenarios, attempts: attempts, rules: rules, coverage: coverage, now: Date())
            else { throw CLIError("no scenario to recommend") }
            switch format {
            case .json:
                Output.out(try JSONOutput.encode(NextRow(trainee: name, recommendation: recommendation)))
            case .text:
                Output.out(Self.lines(recommendation, trainee: name, style: TerminalStyle.detect()))
            }
        }
    }

    /// easy 0, medium 1, hard 2.
    static func rank(_ difficulty: String) -> Int {
        switch difficulty {
        case "easy": 0
        case "hard": 2
        default: 1
        }
    }

    /// The recommendation and the one or two lines that say why.
    static func lines(_ next: NextRecommendation, trainee: String, style: TerminalStyle) -> [String] {
        let who = TerminalText.sanitize(trainee)
        var lines = ["Next for \(who): \(style.bold(next.scenario.id)) — \(TerminalText.sanitize(next.scenario.title))"]
        let weak = next.weakRulesExercised.map { "\($0.rule) (failed \($0.failed) of \($0.applicable))" }
        if next.firstCall {
            lines.append("Why: you have no scored calls yet, so start with the easiest scenario.")
        } else if !weak.isEmpty {
            lines.append("Why: it exercises your weakest rules in your recent calls: \(weak.joined(separator: ", ")).")
        } else if next.weakestRules.isEmpty {
            lines.append("Why: you pass every rule in your recent calls; this keeps your practice spread over the scenarios.")
        } else {
            lines.append("Why: your weakest rules (\(next.weakestRules.map(\.rule).joined(separator: ", "))) show up in no due scenario's records yet; this one is due.")
        }
        if let schedule = next.schedule {
            let last = "you last practised it on \(ReportFormatting.day(schedule.last.date)) (\(schedule.last.score), \(schedule.last.passed ? "passed" : "not passed"))"
            lines.append(next.nothingDue
                ? "When: nothing is due yet; \(last), and it comes due first, on \(ReportFormatting.day(schedule.due))."
                : "When: \(last), so it is due again (every \(schedule.intervalDays) day\(schedule.intervalDays == 1 ? "" : "s") for now).")
        } else if !next.firstCall {
            lines.append("When: you have not practised it yet.")
        }
        lines.append(style.dim("Start it with: callsim practice \(next.scenario.id) --as \(who)"))
        return lines
    }
}

/// `next --format json`.
struct NextRow: Encodable {
    var trainee: String
    var scenario: String
    var title: String
    var weakRulesExercised: [RulePerformance]
    var weakestRules: [RulePerformance]
    var lastPractised: String?
    var due: String?
    var intervalDays: Int?
    var firstCall: Bool
    var nothingDue: Bool
    var alternatives: [String]

    init(trainee: String, recommendation next: NextRecommendation) {
        self.trainee = trainee
        scenario = next.scenario.id
        title = next.scenario.title
        weakRulesExercised = next.weakRulesExercised
        weakestRules = next.weakestRules
        lastPractised = next.schedule.map { Timestamps.iso($0.last.date) }
        due = next.schedule.map { Timestamps.iso($0.due) }
        intervalDays = next.schedule?.intervalDays
        firstCall = next.firstCall
        nothingDue = next.nothingDue
        alternatives = next.alternatives.map(\.id)
    }
}
