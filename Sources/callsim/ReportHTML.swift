import CallSimCore
import CallSimStore
import CallSimTerminal

/// A report as one self-contained HTML page: inline CSS, inline SVG charts, no script and no
/// external resource, so it can be mailed and opened offline in any browser.
enum ReportHTML {
    /// The whole page.
    static func page(_ document: ReportDocument) -> String {
        var body = "<header><h1>\(escape(document.title))</h1><p class=\"selection\">\(escape(document.selection))</p></header>\n"
        if let metrics = document.metrics {
            body += "<section class=\"tiles\">"
            for (label, value, note) in ReportFormatting.metricTiles(metrics) {
                body += "<div class=\"tile\"><div class=\"label\">\(escape(label))</div><div class=\"figure\">\(escape(value))</div><div class=\"note\">\(escape(note))</div></div>"
            }
            body += "</section>\n"
        }
        switch document.body {
        case .trainee(let report): body += ReportHTMLViews.trainee(report, passMark: document.passMark)
        case .scenario(let report): body += ReportHTMLViews.scenario(report, passMark: document.passMark)
        case .cohort(let report): body += ReportHTMLViews.cohort(report)
        case .rule(let report): body += ReportHTMLViews.rule(report)
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>callsim — \(escape(document.title))</title>
            <style>
            \(css)
            </style>
            </head>
            <body>
            <main>
            \(body)
            <footer>Made by callsim report. Scores are out of 100; rates are shares of finished calls.</footer>
            </main>
            </body>
            </html>

            """
    }

    /// Text made safe for HTML text and attribute values, without control characters.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in TerminalText.sanitize(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A table with a header row; cells are escaped here.
    static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = [], rowClass: ((Int) -> String?)? = nil) -> String {
        var html = "<table><thead><tr>"
        for (index, title) in header.enumerated() {
            html += "<th\(numeric.contains(index) ? " class=\"num\"" : "")>\(escape(title))</th>"
        }
        html += "</tr></thead><tbody>"
        for (rowIndex, row) in rows.enumerated() {
            let rowAttribute = rowClass?(rowIndex).map { " class=\"\($0)\"" } ?? ""
            html += "<tr\(rowAttribute)>"
            for (index, cell) in row.enumerated() {
                html += "<td\(numeric.contains(index) ? " class=\"num\"" : "")>\(escape(cell))</td>"
            }
            html += "</tr>"
        }
        return html + "</tbody></table>\n"
    }

    static let css = """
        :root { --ink: #1d2433; --muted: #5b6478; --line: #d9dee8; --pass: #1f8a4c; --fail: #c0392b; --accent: #2d6cdf; --bg: #ffffff; --panel: #f4f6fb; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--ink); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
        main { max-width: 980px; margin: 0 auto; padding: 28px 24px 40px; }
        header { border-bottom: 3px solid var(--accent); margin-bottom: 18px; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 18px; margin: 28px 0 10px; }
        .selection, .note, footer, .muted { color: var(--muted); }
        .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(125px, 1fr)); gap: 10px; }
        .tile { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
        .tile .label { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
        .tile .figure { font-size: 24px; font-weight: 700; }
        .tile .note { font-size: 12px; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; }
        th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.fail td:nth-child(6) { color: var(--fail); font-weight: 600; }
        tr.pass td:nth-child(6) { color: var(--pass); font-weight: 600; }
        tr.differs { background: #fff6e0; }
        blockquote { margin: 4px 0 10px; padding: 6px 12px; border-left: 3px solid var(--accent); background: var(--panel); }
        svg { width: 100%; height: auto; display: block; margin: 4px 0 8px; }
        svg .grid { stroke: var(--line); stroke-width: 1; }
        svg .passmark { stroke: var(--muted); stroke-width: 1.5; stroke-dasharray: 6 4; }
        svg .trend { fill: none; stroke: var(--accent); stroke-width: 2.5; }
        svg .pass { fill: var(--pass); }
        svg .fail { fill: var(--fail); }
        svg .axis, svg .value { fill: var(--muted); font-size: 12px; }
        svg .label { fill: var(--ink); font-size: 13px; }
        svg .track { fill: var(--panel); }
        svg .bar { fill: var(--accent); }
        svg .bar.bad { fill: var(--fail); }
        footer { margin-top: 30px; font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
        @media print { main { max-width: none; } }
        """
}
