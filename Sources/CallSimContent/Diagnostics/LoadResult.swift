/// What loading a file produced: the value when the file is usable, and every problem found.
public struct LoadResult<Value: Sendable>: Sendable {
    /// The value; nil when any diagnostic is an error.
    public var value: Value?
    /// Every problem found, errors and warnings, in file order.
    public var diagnostics: [Diagnostic]

    /// Creates a result; `value` is dropped when `diagnostics` hold an error.
    public init(value: Value?, diagnostics: [Diagnostic]) {
        let hasErrors = diagnostics.contains { $0.severity == .error }
        self.value = hasErrors ? nil : value
        self.diagnostics = diagnostics
    }

    /// True when at least one diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// A result that failed with these diagnostics.
    public static func failure(_ diagnostics: [Diagnostic]) -> LoadResult {
        LoadResult(value: nil, diagnostics: diagnostics)
    }
}
