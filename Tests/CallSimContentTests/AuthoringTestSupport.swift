@testable import CallSimContent
import CallSimCore

/// A small scenario that every authoring check passes, and the helpers the lint tests use.
enum LintFixture {
    /// The phrase categories the fixture's phrasebook has.
    static let categories: Set<String> = [
        "verification-request", "empathy", "apology", "ownership", "farewell", "next-steps", "anything-else",
        "recap", "dismissing", "closed-question",
    ]

    /// A clean scenario of 32 lines: opening → checking → done (resolved).
    static let base = """
        id: demo
        title: Demo call
        brief:
          situation: A customer calls.
          goal: Help them.
        persona:
          name: Ann Lee
          temperament: calm
        facts:
          name: Ann Lee
          postcode: AB1 2CD
        actions:
          - name: fix
            sets: { fixed: "yes" }
        start: opening
        beats:
          - id: opening
            say: Hello, I need help.
            triggers:
              - when: { said: [verification-request] }
                goto: checking
          - id: checking
            say:
              - text: "Ann Lee, postcode {postcode}."
                tags: [gives:name, gives:postcode]
            triggers:
              - when: { action: fix }
                goto: done
          - id: done
            end: resolved
            say: Thank you!
        resolution: { variables: { fixed: "yes" } }

        """

    /// The base scenario with `old` replaced by `new` (which must be there).
    static func changing(_ old: String, to new: String) -> String {
        precondition(base.contains(old), "the fixture has no `\(old)`")
        return base.replacingOccurrences(of: old, with: new)
    }
}

/// The loader's diagnostics and the authoring checks' findings of a scenario given as text,
/// rendered as `callsim scenario lint` prints them.
func renderedLint(_ yaml: String, path: String = "call.yaml", categories: Set<String>? = LintFixture.categories) -> String {
    let source = ScenarioLoader.loadSource(yaml: yaml, path: path)
    var diagnostics = source.result.diagnostics
    if let scenario = source.result.value {
        diagnostics += ScenarioLint(scenario: scenario, sourceMap: source.sourceMap, categories: categories).findings()
            .map { Diagnostic($0, path: path) }
    }
    return DiagnosticRenderer.render(diagnostics, sources: [path: yaml])
}
