import Foundation
import CallSimContent
import CallSimCore
import CallSimTerminal

/// Finding the scenario to practise and the phrasebook it needs.
struct ScenarioSelection {
    let library: ContentLibrary

    /// The scenario with `id`, or a one-line error that says what to do.
    func scenario(id: String) throws -> Scenario {
        let result = library.scenario(id: id)
        if let scenario = result.value, !result.hasErrors { return scenario }
        let errors = result.diagnostics.filter { $0.severity == .error }
        if let first = errors.first, first.code == "L004" {
            // The id may belong to a file that does not load: say so rather than "no scenario".
            if let broken = brokenFile(declaring: id) {
                throw CLIError("scenario `\(id)` has errors and cannot be practised; run `callsim scenario lint \(broken)` to see them")
            }
            throw CLIError(first.message)
        }
        let path = errors.first?.location.path ?? id
        throw CLIError("scenario `\(id)` has \(errors.count) error\(errors.count == 1 ? "" : "s") and cannot be practised; run `callsim scenario lint \(path)` to see them")
    }

    /// A scenario file that fails to load but declares `id: <id>` on a line of its own.
    private func brokenFile(declaring id: String) -> String? {
        let failing = Set(library.loadScenarios().diagnostics.filter { $0.severity == .error }.map(\.location.path))
        for path in failing.sorted() {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            let declares = text.split(whereSeparator: \.isNewline).contains { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return trimmed == "id: \(id)" || trimmed == "id: \"\(id)\"" || trimmed == "id: '\(id)'"
            }
            if declares { return path }
        }
        return nil
    }

    /// Every scenario that loads cleanly, optionally in one language.
    func practicable(language: String?) -> [Scenario] {
        let gate = ScenarioPracticeGate(library: library)
        return library.loadScenarios().scenarios.filter { (language == nil || $0.language == language) && gate.allows($0) }
    }

    /// The language's phrasebook with the scenario's own phrasebooks merged in.
    func phrasebook(for scenario: Scenario) throws -> Phrasebook {
        let result = library.phrasebook(language: scenario.language)
        guard var phrasebook = result.value, !result.hasErrors else {
            throw CLIError("the `\(scenario.language)` phrasebook has errors; run `callsim phrasebook lint` to see them")
        }
        let folder = scenario.path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        for name in scenario.phrasebooks {
            let path = name.hasPrefix("/") ? name : (folder.isEmpty ? name : "\(folder)/\(name)")
            let extra = PhrasebookLoader.load(path: path)
            guard let book = extra.value, !extra.hasErrors else {
                throw CLIError("the phrasebook \(path) used by `\(scenario.id)` has errors; run `callsim phrasebook lint \(path)` to see them")
            }
            phrasebook = phrasebook.merged(with: book)
        }
        return phrasebook
    }
}
