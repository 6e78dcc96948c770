import CallSimTerminal

/// CSV (RFC 4180) that is safe to open in a spreadsheet: a cell that begins with `=`, `+`,
/// `-`, `@`, a tab or a carriage return gets a leading `'`, so it is read as text and never
/// run as a formula; terminal control sequences are removed.
enum CSVWriter {
    /// The lines of a CSV file with `header` and `rows`, each ending in CRLF.
    static func text(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { row in row.map(cell).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One cell, neutralised and quoted when needed.
    static func cell(_ raw: String) -> String {
        var value = TerminalText.sanitize(raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: " "))
        if let first = value.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
