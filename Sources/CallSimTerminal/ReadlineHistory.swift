import Foundation
internal import CReadline

/// Readline's in-memory history and the file that keeps it across runs.
struct ReadlineHistory {
    /// How many lines the history (in memory and on disk) keeps.
    static let limit: Int32 = 1000

    /// The history file, or nil to keep history for this run only.
    let file: String?

    /// Prepares readline's history list and loads `file` into it, creating
    /// the file's parent directories. Returns a warning on failure.
    func load() -> String? {
        using_history()
        stifle_history(Self.limit)
        guard let file else { return nil }
        let directory = URL(fileURLWithPath: file).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700]
            )
        } catch {
            return "Cannot create the history folder \(directory.path): \(error.localizedDescription)"
        }
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        let status = read_history(file)
        return status == 0 ? nil : "Cannot read the history file \(file): \(String(cString: strerror(status)))"
    }

    /// Adds `line` to the history unless it is blank or repeats the newest
    /// entry, and appends it to `file` at once (kept to `limit` lines).
    /// Returns a warning if the file could not be written.
    func remember(_ line: String) -> String? {
        guard !line.allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        if let last = callsim_history_last(), String(cString: last) == line { return nil }
        add_history(line)
        guard let file else { return nil }
        if !FileManager.default.fileExists(atPath: file) {
            let descriptor = open(file, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                return "Cannot create the history file \(file): \(String(cString: strerror(errno)))"
            }
            close(descriptor)
        }
        let status = append_history(1, file)
        guard status == 0 else {
            return "Cannot write the history file \(file): \(String(cString: strerror(status)))"
        }
        _ = history_truncate_file(file, Self.limit)
        return nil
    }

    /// Where the history is kept by default:
    /// `$XDG_STATE_HOME/callsim/history` when `XDG_STATE_HOME` is an absolute
    /// path, otherwise `$HOME/.local/state/callsim/history`.
    static func defaultFile(environment: [String: String]) -> String {
        let base: URL
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = URL(fileURLWithPath: state, isDirectory: true)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home, isDirectory: true)
                .appendingPathComponent(".local", isDirectory: true)
                .appendingPathComponent("state", isDirectory: true)
        }
        return base.appendingPathComponent("callsim", isDirectory: true)
            .appendingPathComponent("history").path
    }
}
