import CallSimCore
import Foundation

/// Renders diagnostics compiler-style:
///
/// ```
/// scenarios/en/refund.yaml:3:1: error[S001]: unknown key `tittle` in the scenario; did you mean `title`?
///     tittle: Charged twice
///     ^
/// ```
///
/// The source line and the caret are indented by four spaces. Columns count Unicode scalars;
/// tabs before the column are kept in the caret line so the caret lines up in a terminal.
/// Control characters from the file are shown as `?`.
public enum DiagnosticRenderer {
    /// The indentation of the source excerpt.
    static let indent = "    "

    /// The diagnostic as text: the header line and, when `source` holds the line, the line
    /// and a caret under the column. No trailing newline.
    public static func render(_ diagnostic: Diagnostic, source: String?) -> String {
        let head = header(diagnostic)
        let location = diagnostic.location
        guard let source, location.line >= 1, let line = line(location.line, of: source) else { return head }
        let excerpt = window(line, column: max(location.column, 1))
        let shown = String(String.UnicodeScalarView(excerpt.scalars.map { isControl($0) && $0 != "\t" ? "?" : $0 }))
        var caret = ""
        for scalar in excerpt.scalars.prefix(excerpt.column - 1) {
            caret.append(scalar == "\t" ? "\t" : " ")
        }
        caret.append("^")
        return head + "\n" + indent + shown + "\n" + indent + caret
    }

    /// The widest source excerpt shown, in scalars.
    static let maxExcerpt = 120

    /// The part of a long line around `column`, marked with `…` where it is cut, and the
    /// column inside that part.
    static func window(_ line: [Unicode.Scalar], column: Int) -> (scalars: [Unicode.Scalar], column: Int) {
        guard line.count > maxExcerpt else { return (line, column) }
        let index = min(column - 1, line.count)
        let start = max(0, min(index - maxExcerpt / 2, line.count - maxExcerpt))
        let end = min(line.count, start + maxExcerpt)
        var scalars = Array(line[start..<end])
        var shifted = index - start + 1
        if start > 0 {
            scalars.insert("…", at: 0)
            shifted += 1
        }
        if end < line.count { scalars.append("…") }
        return (scalars, shifted)
    }

    /// Renders every diagnostic, one after the other, reading each file's text once.
    ///
    /// `sources` supplies the text of paths that are not files on disk (YAML given as a
    /// string); other paths are read from disk, and a file that cannot be read is shown
    /// without its line.
    public static func render(_ diagnostics: [Diagnostic], sources: [String: String] = [:]) -> String {
        var cache = sources
        var rendered: [String] = []
        for diagnostic in diagnostics {
            let path = diagnostic.location.path
            if cache[path] == nil, !path.isEmpty, diagnostic.location.line >= 1 {
                cache[path] = readSource(path)
            }
            rendered.append(render(diagnostic, source: cache[path]))
        }
        return rendered.joined(separator: "\n")
    }

    /// The first line: `path:line:col: severity[CODE]: message`.
    static func header(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        var place = location.path
        if location.line >= 1 {
            place += ":\(location.line)"
            if location.column >= 1 { place += ":\(location.column)" }
        }
        let prefix = place.isEmpty ? "" : sanitize(place) + ": "
        return prefix + "\(diagnostic.severity.rawValue)[\(diagnostic.code)]: " + sanitize(diagnostic.message)
    }

    /// The scalars of 1-based line `number`, without its line break.
    static func line(_ number: Int, of source: String) -> [Unicode.Scalar]? {
        var current = 1
        var scalars: [Unicode.Scalar] = []
        var found = false
        for scalar in source.unicodeScalars {
            if scalar == "\n" {
                if current == number { found = true; break }
                current += 1
                continue
            }
            if current == number { scalars.append(scalar) }
        }
        if !found && current != number { return nil }
        if scalars.last == "\r" { scalars.removeLast() }
        if scalars.first == "\u{FEFF}" && number == 1 { scalars.removeFirst() }
        return scalars
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func sanitize(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? "?" : $0 }))
    }

    private static func readSource(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path), data.count <= SourceLimits.maxFileBytes else {
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }
}
