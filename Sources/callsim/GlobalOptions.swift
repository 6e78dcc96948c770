import ArgumentParser
import CallSimContent
import CallSimStore
import Foundation

/// Options every command accepts (CONTRACTS.md §1).
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (default: $CALLSIM_DB, or ~/.local/share/callsim/callsim.sqlite).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("A folder with scenarios/ and phrasebooks/ to add to the bundled ones (repeatable; also $CALLSIM_LIBRARY, colon-separated).", valueName: "dir"))
    var library: [String] = []

    /// The database path to use.
    var databasePath: String {
        db ?? CallStore.defaultPath(environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the database, or fails with a message that says what to do.
    func openStore() throws -> CallStore {
        do {
            return try CallStore(path: databasePath)
        } catch {
            throw CLIError(error.description)
        }
    }

    /// The bundled content plus the trainer's libraries.
    func contentLibrary() -> ContentLibrary {
        ContentLibrary(
            extraRoots: library, environment: ProcessInfo.processInfo.environment,
            executablePath: ExecutableLocation.path)
    }
}

/// Options of commands that record for a trainee.
struct TraineeOption: ParsableArguments {
    @Option(name: .customLong("as"), help: ArgumentHelp("The trainee (default: your login name).", valueName: "name"))
    var trainee: String?

    /// The trainee's name: `--as`, or the login name.
    var name: String {
        if let trainee, !trainee.trimmingCharacters(in: .whitespaces).isEmpty {
            return trainee.trimmingCharacters(in: .whitespaces)
        }
        return LoginName.current
    }
}
