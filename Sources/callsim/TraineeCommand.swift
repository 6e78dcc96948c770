import ArgumentParser
import CallSimStore
import CallSimTerminal
import Foundation

/// `callsim trainee add|list|rename|team|archive|export|delete`.
struct TraineeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trainee",
        abstract: "Manage trainees and their teams; export or delete everything stored about one.",
        subcommands: [
            TraineeAddCommand.self, TraineeListCommand.self, TraineeRenameCommand.self, TraineeTeamCommand.self,
            TraineeArchiveCommand.self, TraineeExportCommand.self, TraineeDeleteCommand.self,
        ])
}

extension ParsableCommand {
    /// Runs `body` against the store, turning store errors into one-line messages.
    func withStore(_ global: GlobalOptions, _ body: (CallStore) throws -> Void) throws {
        try reportingErrors {
            let store = try global.openStore()
            do {
                try body(store)
            } catch let error as StoreError {
                throw CLIError(error.description)
            }
        }
    }
}

/// `callsim trainee add NAME [--team TEAM]`.
struct TraineeAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a trainee before their first call.")

    @Argument(help: "The trainee's name.")
    var name: String

    @Option(help: ArgumentHelp("The trainee's team.", valueName: "team"))
    var team: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try withStore(global) { store in
            let trainee = try store.addTrainee(name, team: team)
            Output.out("Added \(TerminalText.sanitize(trainee.name))" + (trainee.team.map { " to team \(TerminalText.sanitize($0))" } ?? "") + ".")
        }
    }
}

/// `callsim trainee list [--all] [--format text|json]`.
struct TraineeListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the trainees with their teams and calls.")

    @Flag(help: "Include archived trainees.")
    var all = false

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try withStore(global) { store in
            let trainees = try store.traineeSummaries(includingArchived: all)
            switch format {
            case .json:
                Output.out(try JSONOutput.encode(trainees.map(TraineeRow.init)))
            case .text:
                guard !trainees.isEmpty else {
                    Output.out("No trainees yet. Add one with: callsim trainee add NAME --team TEAM")
                    return
                }
                let style = TerminalStyle.detect()
                let table = TextTable(header: ["trainee", "team", "calls", "last call", all ? "archived" : ""], rightAligned: [2])
                Output.out(table.lines(trainees.map {
                    [
                        TerminalText.sanitize($0.trainee.name), TerminalText.sanitize($0.trainee.team ?? ""), String($0.calls),
                        ReportFormatting.day($0.lastActivity), $0.trainee.archived ? "archived" : "",
                    ]
                }, style: style))
            }
        }
    }
}

/// One trainee in `trainee list --format json`.
struct TraineeRow: Encodable {
    var name: String
    var team: String?
    var archived: Bool
    var calls: Int
    var lastActivity: String?
    var createdAt: String

    init(_ summary: TraineeSummary) {
        name = summary.trainee.name
        team = summary.trainee.team
        archived = summary.trainee.archived
        calls = summary.calls
        lastActivity = summary.lastActivity.map(Timestamps.iso)
        createdAt = Timestamps.iso(summary.trainee.createdAt)
    }
}

/// `callsim trainee rename NAME NEW-NAME`.
struct TraineeRenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rename", abstract: "Give a trainee a new name, keeping their history.")

    @Argument(help: "The current name.")
    var name: String

    @Argument(help: "The new name.")
    var newName: String

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try withStore(global) { store in
            try store.renameTrainee(name, to: newName)
            Output.out("Renamed \(TerminalText.sanitize(name)) to \(TerminalText.sanitize(newName)).")
        }
    }
}

/// `callsim trainee team NAME [TEAM]`: move a trainee to a team, or out of any.
struct TraineeTeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team", abstract: "Put a trainee in a team; without a team, take them out of theirs.")

    @Argument(help: "The trainee's name.")
    var name: String

    @Argument(help: "The team (omit to leave no team).")
    var team: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try withStore(global) { store in
            try store.setTeam(team, trainee: name)
            let who = TerminalText.sanitize(name)
            Output.out(team.map { "\(who) is now in team \(TerminalText.sanitize($0))." } ?? "\(who) is in no team now.")
        }
    }
}

/// `callsim trainee archive NAME [--undo]`.
struct TraineeArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive", abstract: "Archive a trainee: their history is kept, and lists and the cohort leave them out.")

    @Argument(help: "The trainee's name.")
    var name: String

    @Flag(help: "Bring an archived trainee back.")
    var undo = false

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try withStore(global) { store in
            try store.setArchived(!undo, trainee: name)
            Output.out("\(undo ? "Restored" : "Archived") \(TerminalText.sanitize(name)).")
        }
    }
}
