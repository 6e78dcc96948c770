import CallSimCore
import Foundation

/// The folders that hold scenarios and phrasebooks: the bundled one first, then each
/// `--library DIR`, then each entry of `CALLSIM_LIBRARY`.
///
/// Each root may hold `scenarios/` (YAML files, in subfolders as deep as you like) and
/// `phrasebooks/<language>/` (YAML files).
public struct ContentLibrary: Sendable {
    /// The library folders, bundled first, without repeats.
    public let roots: [String]
    /// Problems finding the folders (a `--library` folder that does not exist). Each
    /// method's own result does not repeat them.
    public let diagnostics: [Diagnostic]

    /// Resolves the library folders.
    ///
    /// The bundled root is `$CALLSIM_HOME` when set; otherwise `<executable's folder>/../share/callsim`
    /// when it holds `scenarios/`; otherwise the first folder holding both `scenarios/` and
    /// `phrasebooks/` found walking up from the executable's folder, at most 6 levels (so a
    /// build in a checkout finds the checkout's content).
    public init(extraRoots: [String], environment: [String: String], executablePath: String) {
        var resolver = RootResolver()
        if let home = environment["CALLSIM_HOME"], !home.isEmpty {
            resolver.add(home)
        } else if let bundled = Self.bundledRoot(executablePath: executablePath) {
            resolver.add(bundled)
        } else {
            resolver.diagnostics.append(.warning(
                "L006",
                "the bundled scenarios and phrasebooks were not found near \(executablePath); set CALLSIM_HOME to their folder",
                at: .nowhere))
        }
        for root in extraRoots { resolver.add(root) }
        for entry in (environment["CALLSIM_LIBRARY"] ?? "").split(separator: ":") where !entry.isEmpty {
            resolver.add(String(entry))
        }
        roots = resolver.roots
        diagnostics = resolver.diagnostics
    }

    /// Resolves the library folders for the running program, from its environment.
    public init(extraRoots: [String] = []) {
        self.init(
            extraRoots: extraRoots, environment: ProcessInfo.processInfo.environment,
            executablePath: Bundle.main.executablePath ?? CommandLine.arguments.first ?? "")
    }

    static func bundledRoot(executablePath: String) -> String? {
        guard !executablePath.isEmpty else { return nil }
        let folder = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        let share = folder.appendingPathComponent("../share/callsim").standardizedFileURL
        if FolderWalker.isFolder(share.appendingPathComponent("scenarios").path) { return share.path }
        var candidate = folder.standardizedFileURL
        for _ in 0...6 {
            if FolderWalker.isFolder(candidate.appendingPathComponent("scenarios").path),
               FolderWalker.isFolder(candidate.appendingPathComponent("phrasebooks").path) {
                return candidate.path
            }
            let parent = candidate.deletingLastPathComponent()
            if parent.path == candidate.path { break }
            candidate = parent
        }
        return nil
    }
}
