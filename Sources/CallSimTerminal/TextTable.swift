/// An aligned table for the terminal: a dim header, columns two spaces apart, numbers
/// right-aligned, widths counted in Unicode scalars (as `padded(to:)` does) and colour
/// applied after alignment so escape codes never shift a column.
public struct TextTable: Sendable {
    /// The column titles.
    public var header: [String]
    /// The columns aligned to the right (numbers).
    public var rightAligned: Set<Int>

    /// A table with these columns.
    public init(header: [String], rightAligned: Set<Int> = []) {
        self.header = header
        self.rightAligned = rightAligned
    }

    /// The header line and one line per row. `colour` may restyle a padded cell, given its
    /// row index, column index and padded text.
    public func lines(
        _ rows: [[String]], style: TerminalStyle, colour: ((Int, Int, String) -> String)? = nil
    ) -> [String] {
        let widths = header.indices.map { column in
            max(header[column].unicodeScalars.count, rows.map { column < $0.count ? $0[column].unicodeScalars.count : 0 }.max() ?? 0)
        }
        func pad(_ text: String, _ column: Int) -> String {
            rightAligned.contains(column) ? text.leftPadded(to: widths[column]) : text.padded(to: widths[column])
        }
        var lines = [style.dim(header.indices.map { pad(header[$0], $0) }.joined(separator: "  ").trimmingTrailingBlanks())]
        for (rowIndex, row) in rows.enumerated() {
            let cells = header.indices.map { column in
                let padded = pad(column < row.count ? row[column] : "", column)
                return colour?(rowIndex, column, padded) ?? padded
            }
            lines.append(cells.joined(separator: "  ").trimmingTrailingBlanks())
        }
        return lines
    }
}
