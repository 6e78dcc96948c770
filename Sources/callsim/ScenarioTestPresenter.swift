import CallSimContent
import CallSimCore
import CallSimTerminal

/// `scenario test` as text: a line per run, failures side by side, the exploration's findings.
enum ScenarioTestPresenter {
    static func lines(_ outcome: ScenarioTestOutcome, trace: Bool, style: TerminalStyle) -> [String] {
        let clean = { (text: String) in TerminalText.sanitize(text) }
        let target = outcome.target
        let name = target.scenario?.id ?? target.scenarioPath
        var lines = [style.bold(clean(name)) + "  " + style.dim(clean(target.planPath ?? target.scenarioPath))]
        if !target.isPlayable {
            lines.append("  " + style.red("FAIL") + " the scenario cannot be played; run `callsim scenario lint \(clean(target.scenarioPath))`")
            return lines
        }
        if target.planPath != nil, target.plan == nil {
            lines.append("  " + style.red("FAIL") + " the test plan has errors (above)")
        }
        for result in outcome.results {
            let run = result.run
            let card = result.scorecard
            let facts = "\(result.outcome.rawValue), score \(card.score), \(card.passed ? "passed" : "failed")"
            if result.passed {
                lines.append("  " + style.green("PASS") + " \(clean(run.name)) (seed \(run.seed)): \(facts)")
            } else {
                let count = result.failures.count
                lines.append("  " + style.red("FAIL") + " \(clean(run.name)) (seed \(run.seed)): \(facts); \(count) expectation\(count == 1 ? "" : "s") not met")
                for failure in result.failures { lines += failureLines(failure) }
            }
            if trace { lines += traceLines(result.trace, style: style) }
        }
        if let report = outcome.exploration { lines += explorationLines(report, scenario: target.scenarioPath, style: style) }
        if let walk = outcome.walk {
            lines.append("    " + style.dim("walk \(walk.seed): \(walk.steps) line\(walk.steps == 1 ? "" : "s"), \(walk.endReason?.rawValue ?? "hit the step limit")"))
            lines += traceLines(walk.trace, style: style)
        }
        return lines
    }

    /// One failure: where, which step and key, then expected and actual side by side.
    static func failureLines(_ failure: TestFailure) -> [String] {
        let clean = { (text: String) in TerminalText.sanitize(text) }
        var place = failure.location.map { "\($0.path):\($0.line):\($0.column): " } ?? ""
        if let step = failure.step {
            place += "step \(step) “\(failure.agent.map { excerpt(clean($0)) } ?? "")”, \(failure.key)"
        } else {
            place += "after the call, \(failure.key)"
        }
        return ["      " + clean(place)] + SideBySide.lines(expected: clean(failure.expected), actual: clean(failure.actual))
    }

    static func excerpt(_ text: String, limit: Int = 48) -> String {
        text.unicodeScalars.count <= limit ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit - 1))) + "…"
    }

    static func traceLines(_ trace: [TraceEntry], style: TerminalStyle) -> [String] {
        trace.map { entry in
            let text = TerminalText.sanitize(entry.text)
            switch entry.kind {
            case .agent: return "      " + style.dim("[\(entry.step)]") + " " + style.cyan("agent") + ": " + text
            case .customer: return "          " + style.bold("customer") + ": " + text
            default: return "          " + style.dim("\(entry.kind.rawValue): \(text)")
            }
        }
    }

    static func explorationLines(_ report: ExplorationReport, scenario: String, style: TerminalStyle) -> [String] {
        let last = report.firstSeed &+ UInt64(max(0, report.walks - 1))
        let seeds = report.walks == 1 ? "seed \(report.firstSeed)" : "seeds \(report.firstSeed)–\(last)"
        let endings = report.endings.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let head = "explore: \(report.walks) walk\(report.walks == 1 ? "" : "s") (\(seeds), at most \(report.stepLimit) lines each); endings: \(endings)"
        var lines = ["  " + (report.isClean ? style.green("PASS") : style.red("FAIL")) + " " + head]
        if !report.unreached.isEmpty {
            let note = report.judgesCoverage ? "" : " (too few walks to judge; use 20 or more)"
            lines.append("      beats no walk reached: " + report.unreached.map { TerminalText.sanitize($0) }.joined(separator: ", ") + note)
        }
        if let first = report.endless.first {
            let more = report.endless.count > 1 ? " (and \(report.endless.count - 1) more)" : ""
            lines.append("      \(report.endless.count) walk\(report.endless.count == 1 ? "" : "s") never ended within \(report.stepLimit) lines; replay: callsim scenario test \(scenario) --explore 1 --seed \(first) --trace\(more)")
        }
        for problem in report.problems {
            lines.append("      seed \(problem.seed): " + TerminalText.sanitize(problem.message))
        }
        return lines
    }

    /// "2 scenarios, 6 runs: 6 passed; 400 walks: no problems."
    static func summary(_ outcomes: [ScenarioTestOutcome], style: TerminalStyle) -> String {
        let runs = outcomes.flatMap(\.results)
        let passed = runs.filter(\.passed).count
        var text = "\(ScenarioLintPresenter.count(outcomes.count, "scenario")), \(ScenarioLintPresenter.count(runs.count, "run")): \(passed) passed, \(runs.count - passed) failed"
        let reports = outcomes.compactMap(\.exploration)
        if !reports.isEmpty {
            let walks = reports.map(\.walks).reduce(0, +)
            let troubled = reports.filter { !$0.isClean }.count
            text += "; \(walks) walk\(walks == 1 ? "" : "s"): " + (troubled == 0 ? "no problems" : "problems in \(ScenarioLintPresenter.count(troubled, "scenario"))")
        }
        let unplayable = outcomes.filter { !$0.target.isPlayable || ($0.target.planPath != nil && $0.target.plan == nil) }.count
        if unplayable > 0 { text += "; \(unplayable) could not be tested" }
        return text + "."
    }
}
