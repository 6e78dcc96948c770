import CallSimCore
import Foundation

/// Collects root folders, dropping repeats and reporting missing ones.
struct RootResolver {
    var roots: [String] = []
    var diagnostics: [Diagnostic] = []
    private var seen = Set<String>()

    mutating func add(_ path: String) {
        guard FolderWalker.isFolder(path) else {
            diagnostics.append(.error("L001", "library folder \(path) does not exist", at: .whole(path)))
            return
        }
        let key = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
        if seen.insert(key).inserted { roots.append(path) }
    }
}
