import CallSimContent
import CallSimCore

/// Keeps scenarios with lint errors out of practice: a scenario whose trigger can never
/// fire or whose call can never be resolved would only confuse a trainee.
final class ScenarioPracticeGate {
    private let workspace: ScenarioWorkspace

    init(library: ContentLibrary) {
        workspace = ScenarioWorkspace(library: library)
    }

    /// The lint errors of the scenario's file (warnings do not stop practice).
    func errors(of scenario: Scenario) -> [Diagnostic] {
        workspace.lint(scenarioFile: scenario.path).filter { $0.severity == .error }
    }

    /// Throws the one-line refusal when the scenario has lint errors.
    func check(_ scenario: Scenario) throws {
        let errors = errors(of: scenario)
        guard !errors.isEmpty else { return }
        throw CLIError("scenario `\(scenario.id)` has \(errors.count) error\(errors.count == 1 ? "" : "s") and cannot be practised; run `callsim scenario lint \(scenario.path)` to see them")
    }

    /// True when the scenario may be practised.
    func allows(_ scenario: Scenario) -> Bool { errors(of: scenario).isEmpty }
}
