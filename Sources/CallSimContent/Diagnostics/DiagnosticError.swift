/// A diagnostic carried as an error, for code paths that stop at the first problem.
struct DiagnosticError: Error {
    var diagnostic: Diagnostic

    init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}
