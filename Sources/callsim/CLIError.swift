import ArgumentParser
import Foundation

/// A problem that stops a command: printed as one line on standard error, exit status 1
/// (or the given code).
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var code: Int32

    init(_ message: String, code: Int32 = 1) {
        self.message = message
        self.code = code
    }

    var description: String { message }
}

/// Writing to standard output and standard error.
enum Output {
    /// Writes lines to standard output.
    static func out(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        write(lines.joined(separator: "\n") + "\n", to: FileHandle.standardOutput)
    }

    /// Writes one line to standard output.
    static func out(_ line: String, terminator: String = "\n") {
        write(line + terminator, to: FileHandle.standardOutput)
    }

    /// Writes lines to standard error.
    static func err(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        write(lines.joined(separator: "\n") + "\n", to: FileHandle.standardError)
    }

    /// Writes one line to standard error.
    static func err(_ line: String) { err([line]) }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}

extension ParsableCommand {
    /// Runs `body`, turning a `CLIError` into its message and exit status.
    func reportingErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as CLIError {
            Output.err("callsim: \(error.message)")
            throw ExitCode(error.code)
        }
    }
}
