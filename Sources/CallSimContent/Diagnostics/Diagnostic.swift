import CallSimCore

/// How serious a problem in a file is.
public enum Severity: String, Sendable, Hashable {
    /// The file cannot be used until it is fixed.
    case error
    /// The file can be used, but something looks wrong.
    case warning
}

/// A problem found in a file people write, placed at a line and column.
///
/// Rendered compiler-style by ``DiagnosticRenderer``:
/// `path:line:col: error[S001]: message`, then the line and a caret.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// Error or warning.
    public var severity: Severity
    /// A stable code listed in ``DiagnosticCodes/all``, such as `S001`.
    public var code: String
    /// What is wrong and what to do, in one sentence.
    public var message: String
    /// Where the problem is. A line of 0 means the whole file or folder; an empty path
    /// means the problem is not in any file (an unknown scenario id on the command line).
    public var location: SourceLocation

    /// Creates a diagnostic.
    public init(severity: Severity, code: String, message: String, location: SourceLocation) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    /// Creates an error.
    public static func error(_ code: String, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(severity: .error, code: code, message: message, location: location)
    }

    /// Creates a warning.
    public static func warning(_ code: String, _ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(severity: .warning, code: code, message: message, location: location)
    }

    /// The first line of the rendered form, without the source excerpt.
    public var description: String { DiagnosticRenderer.header(self) }
}

extension SourceLocation {
    /// A location that stands for a whole file or folder rather than a place in it.
    static func whole(_ path: String) -> SourceLocation {
        SourceLocation(path: path, line: 0, column: 0)
    }

    /// A location outside any file.
    static let nowhere = SourceLocation(path: "", line: 0, column: 0)
}
