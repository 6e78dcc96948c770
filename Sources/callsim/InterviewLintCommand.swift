import ArgumentParser
import CallSimContent
import CallSimCore
import Foundation

/// `callsim interview lint [PATH...]`: checks question banks.
struct InterviewLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check interview question banks and report every problem.",
        discussion: """
            Without paths, every question bank in the library (the `kind: interview` files under \
            scenarios/) is checked. Problems are printed on standard error as \
            path:line:col: error[CODE]: message, with the line and a caret; the codes are listed \
            in docs/interview.md. The exit status is 1 when any file has an error.
            """)

    @Argument(help: ArgumentHelp("Question bank files (default: every bank in the library).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let library = global.contentLibrary()
            var diagnostics: [Diagnostic] = []
            var checked = 0
            if paths.isEmpty {
                let (banks, found) = library.loadQuestionBanks()
                diagnostics = library.diagnostics + found
                checked = Set(found.map(\.location.path)).union(banks.map(\.path)).count
            } else {
                for path in paths {
                    diagnostics += QuestionBankLoader.load(path: path).diagnostics
                }
                checked = paths.count
            }
            try LintReport.finish(diagnostics, checked: checked, noun: "question bank")
        }
    }
}

/// The end of a lint run: every diagnostic on standard error, a one-line summary on standard
/// output, and exit status 1 when any is an error.
enum LintReport {
    static func finish(_ diagnostics: [Diagnostic], checked: Int, noun: String) throws {
        if !diagnostics.isEmpty { Output.err(DiagnosticRenderer.render(diagnostics)) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let files = "\(checked) \(noun)\(checked == 1 ? "" : "s")"
        if errors == 0, warnings == 0 {
            Output.out("\(files) checked: no problems")
            return
        }
        Output.out("\(files) checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if errors > 0 { throw ExitCode(1) }
    }
}
