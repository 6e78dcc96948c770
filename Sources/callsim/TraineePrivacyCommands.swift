import ArgumentParser
import CallSimStore
import CallSimTerminal
import Foundation

/// `callsim trainee export NAME [--output FILE]`: everything stored about a trainee, as JSON.
struct TraineeExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write everything stored about a trainee as JSON: their calls, turns, findings and reviews.")

    @Argument(help: "The trainee's name.")
    var name: String

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try withStore(global) { store in
            let export = try store.exportTrainee(name)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            let text: String
            do {
                text = String(decoding: try encoder.encode(export), as: UTF8.self) + "\n"
            } catch {
                throw CLIError("could not write JSON: \(error)")
            }
            try ReportRenderer.deliver(text, to: output)
        }
    }
}

/// `callsim trainee delete NAME [--yes]`: removes a trainee and everything of theirs.
struct TraineeDeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a trainee and everything stored about them (calls, turns, findings, reviews of their calls).",
        discussion: "On a terminal you confirm by typing the name; otherwise --yes is required. Export first if a copy is needed.")

    @Argument(help: "The trainee's name.")
    var name: String

    @Flag(help: "Delete without asking (required when standard input is not a terminal).")
    var yes = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try withStore(global) { store in
            guard let trainee = try store.findTrainee(named: name) else { throw StoreError.noSuchTrainee(name.trimmingCharacters(in: .whitespaces)) }
            let shown = TerminalText.sanitize(trainee.name)
            let calls = try store.traineeSummaries(includingArchived: true).first { $0.trainee.id == trainee.id }?.calls ?? 0
            if !yes {
                guard standardInputIsTerminal else {
                    throw CLIError("deleting \(shown) removes \(calls) call\(calls == 1 ? "" : "s") for good; add --yes to confirm when not on a terminal")
                }
                Output.out("This deletes \(shown) and \(calls) call\(calls == 1 ? "" : "s") with every turn, finding and review, for good.")
                let reader = makeLineReader(historyFile: nil, completion: .empty)
                guard case .line(let typed) = reader.read(prompt: "Type the name to confirm: "),
                      typed.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(trainee.name) == .orderedSame
                else {
                    throw CLIError("the name did not match; nothing was deleted")
                }
            }
            try store.deleteTrainee(trainee.name)
            Output.out("Deleted \(shown) and \(calls) call\(calls == 1 ? "" : "s").")
        }
    }
}
