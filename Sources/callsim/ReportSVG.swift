import Foundation

/// Charts as inline SVG for the HTML report: no script, no external resource, drawn in
/// the page's own colours so they print and open offline.
enum ReportSVG {
    /// A line chart of scores (0 to 100, oldest first) with dots coloured by pass or fail and
    /// a dashed line at the pass mark.
    static func scoreTrend(_ scores: [Int], passMark: Double) -> String {
        let width = 720.0, height = 240.0, left = 40.0, right = 12.0, top = 12.0, bottom = 28.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func y(_ value: Double) -> Double { top + plotHeight * (1 - value / 100) }
        func x(_ index: Int) -> Double {
            scores.count < 2 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(scores.count - 1)
        }
        var svg = open(width: width, height: height, label: "Scores of \(scores.count) calls, oldest to newest")
        for value in stride(from: 0.0, through: 100, by: 20) {
            svg += "<line class=\"grid\" x1=\"\(left)\" y1=\(q(y(value))) x2=\"\(width - right)\" y2=\(q(y(value)))/>"
            svg += "<text class=\"axis\" x=\"\(left - 6)\" y=\(q(y(value) + 4)) text-anchor=\"end\">\(Int(value))</text>"
        }
        svg += "<line class=\"passmark\" x1=\"\(left)\" y1=\(q(y(passMark))) x2=\"\(width - right)\" y2=\(q(y(passMark)))/>"
        svg += "<text class=\"axis\" x=\"\(width - right)\" y=\(q(y(passMark) - 4)) text-anchor=\"end\">pass mark \(Int(passMark))</text>"
        let points = scores.enumerated().map { "\(fmt(x($0.offset))),\(fmt(y(Double($0.element))))" }.joined(separator: " ")
        svg += "<polyline class=\"trend\" points=\"\(points)\"/>"
        for (index, score) in scores.enumerated() {
            let kind = Double(score) >= passMark ? "pass" : "fail"
            svg += "<circle class=\"\(kind)\" cx=\(q(x(index))) cy=\(q(y(Double(score)))) r=\"4\"><title>call \(index + 1): \(score)</title></circle>"
        }
        svg += "<text class=\"axis\" x=\"\(left)\" y=\"\(height - 8)\">oldest</text>"
        svg += "<text class=\"axis\" x=\"\(width - right)\" y=\"\(height - 8)\" text-anchor=\"end\">newest</text>"
        return svg + "</svg>"
    }

    /// Horizontal bars: one per (label, value) with value from 0 to `maximum`, each labelled
    /// with `caption`; `bad` bars are drawn in the failure colour.
    static func bars(_ items: [(label: String, value: Double, caption: String, bad: Bool)], maximum: Double, title: String) -> String {
        let row = 26.0, labelWidth = 220.0, width = 720.0, barWidth = width - labelWidth - 70
        let height = row * Double(max(1, items.count)) + 8
        var svg = open(width: width, height: height, label: title)
        for (index, item) in items.enumerated() {
            let y = 4 + row * Double(index)
            let length = maximum > 0 ? max(1, barWidth * min(item.value, maximum) / maximum) : 1
            svg += "<text class=\"label\" x=\"\(labelWidth - 8)\" y=\(q(y + 17)) text-anchor=\"end\">\(ReportHTML.escape(item.label))</text>"
            svg += "<rect class=\"track\" x=\"\(labelWidth)\" y=\(q(y + 4)) width=\(q(barWidth)) height=\"16\" rx=\"3\"/>"
            svg += "<rect class=\"\(item.bad ? "bar bad" : "bar")\" x=\"\(labelWidth)\" y=\(q(y + 4)) width=\(q(length)) height=\"16\" rx=\"3\"/>"
            svg += "<text class=\"value\" x=\(q(labelWidth + barWidth + 8)) y=\(q(y + 17))>\(ReportHTML.escape(item.caption))</text>"
        }
        return svg + "</svg>"
    }

    /// Vertical bars of how many calls fell in each score band (0–9 … 90–100).
    static func histogram(_ buckets: [Int], passMark: Double) -> String {
        let width = 720.0, height = 220.0, left = 40.0, bottom = 28.0, top = 12.0
        let slot = (width - left - 12) / Double(max(1, buckets.count))
        let maximum = Double(buckets.max() ?? 0)
        var svg = open(width: width, height: height, label: "Calls by score band")
        for (index, count) in buckets.enumerated() {
            let h = maximum > 0 ? (height - top - bottom) * Double(count) / maximum : 0
            let x = left + slot * Double(index)
            let kind = Double(index * 10) >= passMark ? "bar" : "bar bad"
            svg += "<rect class=\"\(kind)\" x=\(q(x + 4)) y=\(q(height - bottom - h)) width=\(q(slot - 8)) height=\(q(h)) rx=\"2\"><title>\(count) calls</title></rect>"
            svg += "<text class=\"axis\" x=\(q(x + slot / 2)) y=\"\(height - 10)\" text-anchor=\"middle\">\(index * 10)–\(index == 9 ? 100 : index * 10 + 9)</text>"
            if count > 0 {
                svg += "<text class=\"value\" x=\(q(x + slot / 2)) y=\(q(height - bottom - h - 4)) text-anchor=\"middle\">\(count)</text>"
            }
        }
        return svg + "</svg>"
    }

    private static func open(width: Double, height: Double, label: String) -> String {
        "<svg viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" role=\"img\" aria-label=\"\(ReportHTML.escape(label))\">"
    }

    /// A number with at most one decimal.
    static func fmt(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// A number as a quoted attribute value.
    private static func q(_ value: Double) -> String { "\"\(fmt(value))\"" }
}
