/// The longer explanation of each diagnostic code, for `docs/diagnostics.md` and
/// `callsim scenario lint --explain CODE`: why it matters and how to fix it, often with an
/// example. Codes without one show their one-line meaning only.
enum DiagnosticExplanations {
    static let all: [String: String] = files.merging(scenarios) { first, _ in first }
        .merging(authoring) { first, _ in first }
        .merging(testPlans) { first, _ in first }
        .merging(phrasebooks) { first, _ in first }
}
