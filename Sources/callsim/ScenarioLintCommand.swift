import ArgumentParser
import CallSimContent
import CallSimCore
import CallSimTerminal

/// `callsim scenario lint [PATH...]`: every problem in scenarios and test plans, at once.
struct ScenarioLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check scenarios and test plans; report every problem at once.",
        discussion: """
            Without a path, checks every scenario and test plan of the library (bundled, --library, \
            CALLSIM_LIBRARY). A path may be a scenario, a test plan (NAME.testplan.yaml) or a folder. \
            Problems are printed on standard error as path:line:col: error|warning[CODE]: message, with \
            the line and a caret; `--explain CODE` says more about a code (docs/diagnostics.md lists \
            them all). The exit status is 0 when there are no errors (warnings allowed), 1 otherwise.
            """)

    @Argument(help: ArgumentHelp("Scenario files, test plans, folders or scenario ids (default: the whole library).", valueName: "path"))
    var paths: [String] = []

    @Option(help: "text (problems on standard error) or json (a report on standard output).")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("Explain a diagnostic code (e.g. S014), or `all` for the whole reference.", valueName: "code"))
    var explain: String?

    @Flag(help: "Treat warnings as errors for the exit status.")
    var strict = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            if let explain {
                Output.out(try ScenarioLintPresenter.explanation(explain), terminator: "")
                return
            }
            let workspace = ScenarioWorkspace(library: global.contentLibrary())
            let report = workspace.lint(try ScenarioLookup(workspace: workspace).resolve(paths))
            switch format {
            case .json:
                Output.out(try JSONOutput.encode(ScenarioLintReportJSON(report)))
            case .text:
                let style = TerminalStyle.detect(forOutput: 2)
                if !report.diagnostics.isEmpty { Output.err(ScenarioLintPresenter.lines(report.diagnostics, style: style)) }
                Output.out(ScenarioLintPresenter.summary(report))
            }
            if report.errorCount > 0 || (strict && report.warningCount > 0) { throw ExitCode(1) }
        }
    }
}
