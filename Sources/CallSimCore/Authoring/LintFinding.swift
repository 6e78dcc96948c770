/// How serious an authoring problem is.
public enum LintSeverity: String, Sendable, Hashable, Codable {
    /// The scenario cannot be practised until it is fixed.
    case error
    /// The scenario can be practised, but something looks wrong.
    case warning
}

/// A problem an authoring check found in a scenario, with its stable code (documented in
/// `docs/diagnostics.md`) and where it is written.
public struct LintFinding: Sendable, Hashable {
    /// A stable code such as `S014`.
    public var code: String
    /// Error or warning.
    public var severity: LintSeverity
    /// What is wrong and what to do, in one sentence.
    public var message: String
    /// Where the problem is written; nil for the scenario as a whole.
    public var location: SourceLocation?

    /// Creates a finding.
    public init(code: String, severity: LintSeverity, message: String, location: SourceLocation?) {
        self.code = code
        self.severity = severity
        self.message = message
        self.location = location
    }

    static func error(_ code: String, _ message: String, at location: SourceLocation?) -> LintFinding {
        LintFinding(code: code, severity: .error, message: message, location: location)
    }

    static func warning(_ code: String, _ message: String, at location: SourceLocation?) -> LintFinding {
        LintFinding(code: code, severity: .warning, message: message, location: location)
    }
}
