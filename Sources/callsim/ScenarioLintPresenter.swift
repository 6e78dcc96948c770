import Foundation
import CallSimContent
import CallSimCore
import CallSimTerminal

/// How `scenario lint` prints.
enum ScenarioLintPresenter {
    /// Every diagnostic, rendered with its line and caret; the severity coloured on a terminal.
    static func lines(_ diagnostics: [Diagnostic], style: TerminalStyle) -> [String] {
        DiagnosticRenderer.render(diagnostics).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let text = String(line)
            if text.contains(": error[") { return text.replacingFirst(": error[", with: ": " + style.red("error") + "[") }
            if text.contains(": warning[") { return text.replacingFirst(": warning[", with: ": " + style.yellow("warning") + "[") }
            if text.hasPrefix("error[") { return style.red("error") + text.dropFirst("error".count) }
            if text.hasPrefix("warning[") { return style.yellow("warning") + text.dropFirst("warning".count) }
            return text
        }
    }

    /// "2 scenarios and 2 test plans checked: 1 error, 3 warnings."
    static func summary(_ report: ScenarioLintReport) -> String {
        let checked = "\(count(report.scenarioCount, "scenario")) and \(count(report.planCount, "test plan")) checked"
        if report.errorCount == 0, report.warningCount == 0 { return "\(checked): no problems found." }
        return "\(checked): \(count(report.errorCount, "error")), \(count(report.warningCount, "warning"))."
    }

    /// "1 error", "2 errors".
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// The explanation of one code, or the whole reference for `all`.
    static func explanation(_ code: String) throws -> String {
        if code.lowercased() == "all" { return DiagnosticDocs.markdown() }
        let wanted = code.uppercased()
        guard let text = DiagnosticDocs.explanation(of: wanted) else {
            let hint = NameSuggestion.closest(to: wanted, in: DiagnosticCodes.all.keys.sorted()).map { " (did you mean \($0)?)" } ?? ""
            throw CLIError("no diagnostic code \(TerminalText.sanitize(code))\(hint); `callsim scenario lint --explain all` lists them")
        }
        return text
    }
}

/// `scenario lint --format json`.
struct ScenarioLintReportJSON: Encodable {
    struct Item: Encodable {
        var path: String
        var line: Int?
        var column: Int?
        var severity: String
        var code: String
        var message: String
    }

    var scenarios: Int
    var testPlans: Int
    var errors: Int
    var warnings: Int
    var diagnostics: [Item]

    init(_ report: ScenarioLintReport) {
        scenarios = report.scenarioCount
        testPlans = report.planCount
        errors = report.errorCount
        warnings = report.warningCount
        diagnostics = report.diagnostics.map { diagnostic in
            let location = diagnostic.location
            return Item(
                path: location.path, line: location.line >= 1 ? location.line : nil, column: location.column >= 1 ? location.column : nil,
                severity: diagnostic.severity.rawValue, code: diagnostic.code, message: diagnostic.message)
        }
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
