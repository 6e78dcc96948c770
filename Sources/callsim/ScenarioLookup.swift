import CallSimContent
import CallSimCore
import Foundation

/// Finds the scenario an authoring command names: an id from the library, or a path to a
/// scenario file (a draft outside the library).
struct ScenarioLookup {
    let workspace: ScenarioWorkspace

    /// The scenario `name` names, with where its keys are written; a one-line error when it
    /// cannot be found or does not load.
    func scenario(_ name: String) throws -> (scenario: Scenario, source: ScenarioSource) {
        let path: String
        if name.hasSuffix(".yaml") || name.contains("/") {
            path = name
        } else {
            let found = workspace.library.scenario(id: name)
            guard let scenario = found.value else {
                if let unknown = found.diagnostics.first(where: { $0.code == "L004" }) { throw CLIError(unknown.message) }
                let broken = found.diagnostics.first { $0.severity == .error }?.location.path ?? name
                throw CLIError("scenario `\(name)` has errors; run `callsim scenario lint \(broken)` to see them")
            }
            path = scenario.path
        }
        let source = workspace.source(path: path)
        guard let scenario = source.result.value else {
            let count = source.result.diagnostics.filter { $0.severity == .error }.count
            throw CLIError("\(path) has \(count) error\(count == 1 ? "" : "s"); run `callsim scenario lint \(path)` to see them")
        }
        return (scenario, source)
    }

    /// `paths` with scenario ids turned into their files; paths and folders stay as they are.
    func resolve(_ paths: [String]) throws -> [String] {
        try paths.map { path in
            guard !path.hasSuffix(".yaml"), !path.contains("/"), !FileManager.default.fileExists(atPath: path) else { return path }
            let found = workspace.library.scenario(id: path)
            if let scenario = found.value { return scenario.path }
            if let unknown = found.diagnostics.first(where: { $0.code == "L004" }) { throw CLIError(unknown.message) }
            // The id's file has errors: name the file, so they are reported.
            return found.diagnostics.first { !$0.location.path.isEmpty }?.location.path ?? path
        }
    }
}
