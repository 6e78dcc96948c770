/// A chart of scores over time for the terminal, drawn with block characters: one column
/// per call (the most recent calls that fit), eighth-blocks for resolution, and a dotted
/// line at the pass mark.
///
/// ```
/// 100 ┤        ▆█
///  80 ┤┄┄┄┄▄┄┄┄██┄  pass mark 80
///  60 ┤ ▂█ █ █ ██
/// ```
public enum TrendChart {
    /// The eighths of a block, from empty to full.
    static let blocks: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The chart's lines for `scores` (0 to 100, oldest first), `height` rows tall and at
    /// most `width` calls wide; bars at or above `passMark` are green, the others red.
    public static func lines(scores: [Int], passMark: Double, height: Int = 10, width: Int = 60, style: TerminalStyle) -> [String] {
        guard !scores.isEmpty, height > 0, width > 0 else { return [] }
        let shown = Array(scores.suffix(width))
        let units = shown.map { Int((Double(min(100, max(0, $0))) / 100 * Double(height * 8)).rounded()) }
        // The row whose top is the pass mark: bars that pass fill it, the dotted line shows through the others.
        let passRow = min(height - 1, max(0, Int((passMark / 100 * Double(height)).rounded()) - 1))
        var lines: [String] = []
        for row in stride(from: height - 1, through: 0, by: -1) {
            let top = Int((Double(row + 1) / Double(height) * 100).rounded())
            let label = row == height - 1 || row == passRow || (row + 1) % 2 == 0 ? String(top) : ""
            var line = label.leftPadded(to: 4) + " ┤"
            for (index, unit) in units.enumerated() {
                let fill = min(8, max(0, unit - row * 8))
                if fill == 0 {
                    line += row == passRow ? style.dim("┄") : " "
                } else {
                    let bar = String(blocks[fill])
                    line += Double(shown[index]) >= passMark ? style.green(bar) : style.red(bar)
                }
            }
            if row == passRow { line += style.dim("  pass mark \(passMark.formattedMark)") }
            lines.append(line.trimmingTrailingBlanks())
        }
        let axis = String(repeating: "─", count: shown.count)
        let caption = shown.count < scores.count
            ? "last \(shown.count) of \(scores.count) calls, oldest → newest"
            : "\(shown.count) call\(shown.count == 1 ? "" : "s"), oldest → newest"
        lines.append("     └" + axis)
        lines.append("      " + style.dim(caption))
        return lines
    }
}

/// A one-line chart of values, lowest to highest as ▁ to █.
public enum Sparkline {
    /// The line for `values`, scaled between 0 and the largest value (or `maximum` when given).
    public static func line(_ values: [Double], maximum: Double? = nil) -> String {
        let top = maximum ?? values.max() ?? 0
        guard top > 0 else { return String(repeating: "▁", count: values.count) }
        return String(values.map { value in
            let level = Int((min(max(value, 0), top) / top * 7).rounded())
            return TrendChart.blocks[level + 1]
        })
    }
}

extension String {
    /// The string without trailing spaces.
    func trimmingTrailingBlanks() -> String {
        var copy = self
        while copy.hasSuffix(" ") { copy.removeLast() }
        return copy
    }
}
