import Foundation
import ArgumentParser
import CallSimContent
import CallSimCore
import CallSimTerminal

/// `callsim scenario test [PATH...] [--explore N [--seed S]]`: play test plans, explore.
struct ScenarioTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Play each scenario's test plan; with --explore, make seeded random walks through it.",
        discussion: """
            Without a path, tests every scenario of the library. Each scenario's plan is the file \
            NAME.testplan.yaml beside NAME.yaml (docs/testplans.md). A run is played exactly as \
            `practice --seed SEED` with its steps piped in; a failed expectation shows what was \
            expected beside what happened.

            --explore N makes N random walks per scenario, seeded S, S+1, ... (--seed, default 1), \
            and reports beats no walk reached, walks that never end and runtime problems, each with \
            the seed that replays it: callsim scenario test ID --explore 1 --seed SEED --trace
            """)

    @Argument(help: ArgumentHelp("Scenario files, test plans, folders, or scenario ids (default: the whole library).", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Make N seeded random walks through each scenario.", valueName: "n"))
    var explore: Int?

    @Option(help: ArgumentHelp("The seed of the first walk (walk i uses SEED + i).", valueName: "n"))
    var seed: UInt64 = 1

    @Option(name: .customLong("step-limit"), help: ArgumentHelp("The most lines the agent types in one walk (default: 40, plus 8 a beat).", valueName: "n"))
    var stepLimit: Int?

    @Option(name: .customLong("run"), help: ArgumentHelp("Only play runs whose name contains this text.", valueName: "name"))
    var onlyRun: String?

    @Flag(help: "Print every run's call (and, with --explore 1, the walk's), line by line.")
    var trace = false

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if let explore, !(1...100_000).contains(explore) { throw ValidationError("--explore must be between 1 and 100000") }
        if let stepLimit, !(1...1000).contains(stepLimit) { throw ValidationError("--step-limit must be between 1 and 1000") }
    }

    func run() throws {
        try reportingErrors {
            let workspace = ScenarioWorkspace(library: global.contentLibrary())
            let (targets, diagnostics) = workspace.testTargets(try ScenarioLookup(workspace: workspace).resolve(paths))
            let style = TerminalStyle.detect()
            if !diagnostics.isEmpty { Output.err(ScenarioLintPresenter.lines(diagnostics, style: TerminalStyle.detect(forOutput: 2))) }
            // Each language's phrasebook is compiled once; then the scenarios are played on every core.
            var matchers = MatcherCache()
            let prepared = targets.map { target in
                (target, target.scenario.flatMap { scenario in target.phrasebook.map { matchers.matcher(for: scenario, phrasebook: $0) } })
            }
            let settings = ScenarioTestSettings(explore: explore, seed: seed, stepLimit: stepLimit, onlyRun: onlyRun, trace: trace)
            let outcomes = ConcurrentMap.map(prepared) { target, matcher in settings.test(target, matcher: matcher) }
            for outcome in outcomes {
                let target = outcome.target
                if format == .text {
                    if !target.diagnostics.isEmpty { Output.err(ScenarioLintPresenter.lines(target.diagnostics, style: TerminalStyle.detect(forOutput: 2))) }
                    Output.out(ScenarioTestPresenter.lines(outcome, trace: trace, style: style))
                }
            }
            let failed = outcomes.contains { !$0.passed } || diagnostics.contains { $0.severity == .error }
            switch format {
            case .json: Output.out(try JSONOutput.encode(ScenarioTestJSON(outcomes, passed: !failed)))
            case .text: Output.out(ScenarioTestPresenter.summary(outcomes, style: style))
            }
            if failed { throw ExitCode(1) }
        }
    }
}

/// What `scenario test` does with each scenario.
struct ScenarioTestSettings: Sendable {
    var explore: Int?
    var seed: UInt64
    /// The most lines a walk types; nil for the scenario's default (`ScenarioExplorer.defaultStepLimit`).
    var stepLimit: Int?
    var onlyRun: String?
    var trace: Bool

    /// Plays the plan's runs and, when asked, explores.
    func test(_ target: TestTarget, matcher: PhraseMatcher?) -> ScenarioTestOutcome {
        var outcome = ScenarioTestOutcome(target: target)
        guard let scenario = target.scenario, let phrasebook = target.phrasebook else { return outcome }
        if let plan = target.plan {
            let runner = TestPlanRunner(scenario: scenario, phrasebook: phrasebook, matcher: matcher)
            outcome.results = plan.runs.filter { onlyRun == nil || $0.name.localizedCaseInsensitiveContains(onlyRun ?? "") }
                .map { runner.run($0, nudges: trace) }
        }
        if let explore {
            let explorer = ScenarioExplorer(scenario: scenario, phrasebook: phrasebook, matcher: matcher)
            let limit = stepLimit ?? explorer.defaultStepLimit
            outcome.exploration = explorer.explore(walks: explore, firstSeed: seed, stepLimit: limit)
            if explore == 1, trace { outcome.walk = explorer.walk(seed: seed, stepLimit: limit) }
        }
        return outcome
    }
}

/// What testing one scenario produced.
struct ScenarioTestOutcome: Sendable {
    var target: TestTarget
    var results: [TestRunResult] = []
    var exploration: ExplorationReport?
    var walk: ExplorationWalk?

    /// True when nothing failed: the scenario and plan load, every run passed, exploring found nothing.
    var passed: Bool {
        !target.diagnostics.contains { $0.severity == .error } && target.isPlayable
            && results.allSatisfy(\.passed) && (exploration?.isClean ?? true)
    }
}

/// Compiled phrasebooks, one per language (and set of extra phrasebooks), shared by the
/// scenarios of one `scenario test`.
struct MatcherCache {
    private var matchers: [String: PhraseMatcher] = [:]

    mutating func matcher(for scenario: Scenario, phrasebook: Phrasebook) -> PhraseMatcher {
        let key = ([scenario.language] + scenario.phrasebooks.map { ScenarioWorkspace.extraPhrasebookPath($0, scenarioPath: scenario.path) })
            .joined(separator: "\n")
        if let cached = matchers[key] { return cached }
        let matcher = PhraseMatcher(phrasebook: phrasebook)
        matchers[key] = matcher
        return matcher
    }
}
