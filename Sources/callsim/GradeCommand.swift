import ArgumentParser
import CallSimContent
import CallSimCore
import CallSimTerminal
import Foundation

/// `callsim grade FILE... [--scenario ID] [--format text|json|jsonl]`.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade recorded calls (transcripts in the text or JSONL form) with the same rules as practice.",
        discussion: """
            Each file is one call. A file whose name ends in .jsonl (or whose first line is a JSON \
            object) is read as JSONL; anything else as the text form. The scenario is --scenario, \
            or the transcript's @scenario header; without one the call is graded as a generic call. \
            A file with errors is reported as file:line: error: message and skipped; the others are \
            graded, and the exit status is 1.
            """)

    @Argument(help: ArgumentHelp("Transcript files.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("Grade every file against this scenario.", valueName: "id"))
    var scenario: String?

    @Option(help: "text, json (one object, or an array for several files) or jsonl (one object a line).")
    var format: GradeFormat = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let grader = BatchGrader(library: global.contentLibrary(), scenarioID: scenario)
            if let scenario { _ = try grader.scenario(id: scenario) }
            let style = TerminalStyle.detect()
            var failed = 0
            var written = 0
            if format == .json, files.count > 1 { Output.out("[", terminator: "") }
            for file in files {
                let graded: BatchGrader.Graded
                do {
                    graded = try grader.grade(file: file)
                } catch let problem as GradeProblem {
                    Output.err(problem.lines)
                    failed += 1
                    continue
                }
                for warning in graded.warnings { Output.err("\(file): warning: \(warning)") }
                let report = GradeReport(scorecard: graded.scorecard, file: file, scenario: graded.scenario?.id, language: graded.language)
                switch format {
                case .json:
                    let json = try JSONOutput.encode(report)
                    if files.count > 1 {
                        Output.out((written == 0 ? "\n" : ",\n") + json, terminator: "")
                    } else {
                        Output.out(json)
                    }
                case .jsonl:
                    Output.out(try JSONOutput.line(report))
                case .text:
                    if written > 0 { Output.out("") }
                    Output.out(ScorecardPresenter.lines(graded.scorecard, title: file, style: style))
                }
                written += 1
            }
            if format == .json, files.count > 1 { Output.out(written == 0 ? "]" : "\n]") }
            if failed > 0 {
                throw CLIError("\(failed) of \(files.count) file\(files.count == 1 ? "" : "s") could not be graded", code: 1)
            }
        }
    }
}

/// How `grade` prints.
enum GradeFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl
}
