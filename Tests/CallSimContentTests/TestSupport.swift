import CallSimContent
import CallSimCore
import Foundation

/// The repository checkout these tests live in.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Scenario and phrasebook texts shared by the tests.
enum Fixture {
    /// The smallest valid scenario, 12 lines.
    static func scenario(id: String = "demo") -> String {
        """
        id: \(id)
        title: Demo call
        brief:
          situation: A customer calls.
          goal: Help them.
        persona:
          name: Ann Lee
          temperament: calm
        start: opening
        beats:
          - id: opening
            say: Hello, I need help.

        """
    }

    /// A small valid phrasebook.
    static func phrasebook(language: String = "en", category: String = "greeting", phrase: String = "good morning") -> String {
        """
        language: \(language)
        categories:
          \(category):
            kind: recommended
            phrases:
              - "\(phrase)"

        """
    }
}

/// The diagnostics of a scenario given as text, rendered as the command line shows them.
func renderedScenario(_ yaml: String, path: String = "call.yaml") -> String {
    let result = ScenarioLoader.load(yaml: yaml, path: path)
    return DiagnosticRenderer.render(result.diagnostics, sources: [path: yaml])
}

/// The diagnostics of a phrasebook given as text, rendered.
func renderedPhrasebook(_ yaml: String, path: String = "agent.yaml") -> String {
    let result = PhrasebookLoader.load(yaml: yaml, path: path)
    return DiagnosticRenderer.render(result.diagnostics, sources: [path: yaml])
}

/// A folder under the system's temporary folder, removed when the value is released.
final class TemporaryFolder {
    /// The folder's path, without symbolic links.
    let path: String

    init() throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("callsim-content-\(UUID().uuidString)")
            .resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `text` to `relative` (creating folders) and returns the full path.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    /// Writes raw bytes to `relative` and returns the full path.
    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let full = path + "/" + relative
        let folder = (full as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    /// Creates the folder `relative` and returns its full path.
    @discardableResult
    func folder(_ relative: String) throws -> String {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
        return full
    }
}
