import CallSimCore

/// What `scenario lint` found.
public struct ScenarioLintReport: Sendable {
    /// Every problem, grouped by file in the order the files were checked.
    public var diagnostics: [Diagnostic]
    /// How many scenario files were checked.
    public var scenarioCount: Int
    /// How many test plans were checked.
    public var planCount: Int

    /// The number of errors.
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    /// The number of warnings.
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

extension Diagnostic {
    /// The diagnostic of an authoring finding; a finding without a place stands for the file.
    init(_ finding: LintFinding, path: String) {
        self.init(
            severity: finding.severity == .error ? .error : .warning, code: finding.code, message: finding.message,
            location: finding.location ?? .whole(path))
    }
}
