import CallSimCore

/// Puts diagnostics in file order: whole-file problems first, then by line and column.
enum DiagnosticOrder {
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { left, right in
            let a = left.element.location
            let b = right.element.location
            if a.path != b.path { return left.offset < right.offset }
            if a.line != b.line { return a.line < b.line }
            if a.column != b.column { return a.column < b.column }
            return left.offset < right.offset
        }.map(\.element)
    }
}
