import CallSimCore

/// `scenario test --format json`.
struct ScenarioTestJSON: Encodable {
    struct Failure: Encodable {
        var step: Int?
        var key, expected, actual: String
        var location: String?
    }

    struct Run: Encodable {
        var name: String
        var seed: UInt64
        var passed: Bool
        var outcome: String
        var score: Int
        var callPassed: Bool
        var failures: [Failure]
    }

    struct Exploration: Encodable {
        var walks: Int
        var firstSeed: UInt64
        var stepLimit: Int
        var unreached: [String]
        var endlessSeeds: [UInt64]
        var problems: [[String: String]]
        var endings: [String: Int]
    }

    struct Scenario: Encodable {
        var scenario: String
        var path: String
        var plan: String?
        var passed: Bool
        var errors: [String]
        var runs: [Run]
        var explore: Exploration?
    }

    var passed: Bool
    var scenarios: [Scenario]

    init(_ outcomes: [ScenarioTestOutcome], passed: Bool) {
        self.passed = passed
        scenarios = outcomes.map { outcome in
            Scenario(
                scenario: outcome.target.scenario?.id ?? "", path: outcome.target.scenarioPath, plan: outcome.target.planPath,
                passed: outcome.passed,
                errors: outcome.target.diagnostics.filter { $0.severity == .error }.map(\.description),
                runs: outcome.results.map { result in
                    Run(
                        name: result.run.name, seed: result.run.seed, passed: result.passed, outcome: result.outcome.rawValue,
                        score: result.scorecard.score, callPassed: result.scorecard.passed,
                        failures: result.failures.map {
                            Failure(step: $0.step, key: $0.key, expected: $0.expected, actual: $0.actual, location: $0.location?.description)
                        })
                },
                explore: outcome.exploration.map { report in
                    Exploration(
                        walks: report.walks, firstSeed: report.firstSeed, stepLimit: report.stepLimit, unreached: report.unreached,
                        endlessSeeds: report.endless, problems: report.problems.map { ["seed": String($0.seed), "message": $0.message] },
                        endings: report.endings)
                })
        }
    }
}
