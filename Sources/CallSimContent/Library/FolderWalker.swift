import CallSimCore
import Foundation

/// Lists YAML files in folders, reporting folders that cannot be read instead of failing.
struct FolderWalker {
    /// Folders that could not be read.
    private(set) var diagnostics: [Diagnostic] = []
    private var visited = Set<String>()
    /// The deepest subfolder searched, which also stops symbolic-link loops.
    private static let maxDepth = 16

    /// True when `path` is an existing folder.
    static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// `folder/name`, without a doubled slash.
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The `*.yaml` files in `folder` (and its subfolders when `recursive`), sorted,
    /// leaving out test plans (`*.testplan.yaml`) and hidden files.
    mutating func yamlFiles(in folder: String, recursive: Bool) -> [String] {
        files(in: folder, recursive: recursive) { $0.hasSuffix(".yaml") && !$0.hasSuffix(".testplan.yaml") }
    }

    /// The test plans (`*.testplan.yaml`) in `folder` and its subfolders, sorted.
    mutating func testPlanFiles(in folder: String) -> [String] {
        files(in: folder, recursive: true) { $0.hasSuffix(".testplan.yaml") }
    }

    /// The files in `folder` (and its subfolders when `recursive`) whose path `matches`,
    /// sorted, leaving out hidden files.
    mutating func files(in folder: String, recursive: Bool, matching matches: (String) -> Bool) -> [String] {
        var files: [String] = []
        walk(folder, recursive: recursive, depth: 0, matching: matches, into: &files)
        return files.sorted()
    }

    /// The subfolders of `folder`, sorted by name.
    mutating func subfolders(of folder: String) -> [String] {
        contents(of: folder).filter { Self.isFolder($0) }
    }

    private mutating func walk(
        _ folder: String, recursive: Bool, depth: Int, matching matches: (String) -> Bool, into files: inout [String]
    ) {
        guard depth <= Self.maxDepth else { return }
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        for path in contents(of: folder) {
            if Self.isFolder(path) {
                if recursive { walk(path, recursive: recursive, depth: depth + 1, matching: matches, into: &files) }
            } else if matches(path) {
                files.append(path)
            }
        }
    }

    /// The visible entries of `folder` as paths, sorted by name; nothing when it cannot be read.
    private mutating func contents(of folder: String) -> [String] {
        guard Self.isFolder(folder) else { return [] }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder)
                .filter { !$0.hasPrefix(".") }
                .sorted()
                .map { Self.join(folder, $0) }
        } catch {
            diagnostics.append(.warning("L002", "cannot read the folder; its files are skipped", at: .whole(folder)))
            return []
        }
    }
}
