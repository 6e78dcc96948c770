import Foundation

/// The few file-system checks the store makes itself, with reasons worded for a trainer.
enum FileSystem {
    /// Creates the folder that will hold the file at `path`, and every missing folder above it.
    ///
    /// - Throws: `StoreError.cannotOpen` naming the database path and why a folder could not be made.
    static func createParentDirectory(of path: String) throws(StoreError) {
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty else { return }
        var current = parent.hasPrefix("/") ? "/" : ""
        for component in parent.split(separator: "/", omittingEmptySubsequences: true) {
            current = current.isEmpty || current.hasSuffix("/") ? current + component : current + "/" + component
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: current, isDirectory: &isDirectory) {
                guard isDirectory.boolValue else {
                    throw .cannotOpen(path: path, reason: "\(current) is not a directory")
                }
                continue
            }
            if mkdir(current, 0o755) != 0 {
                let code = errno
                // Another process may have made it in the meantime.
                if code == EEXIST, FileManager.default.fileExists(atPath: current, isDirectory: &isDirectory),
                   isDirectory.boolValue {
                    continue
                }
                throw .cannotOpen(path: path, reason: describe(errno: code))
            }
        }
    }

    /// Why SQLite could not open or write the file at `path`, when the file system can tell;
    /// nil when it cannot.
    static func openFailureReason(path: String) -> String? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return "it is a directory" }
            if access(path, R_OK | W_OK) != 0 { return describe(errno: errno) }
            return nil
        }
        let parent = (path as NSString).deletingLastPathComponent
        if access(parent.isEmpty ? "." : parent, W_OK | X_OK) != 0 { return describe(errno: errno) }
        return nil
    }

    /// The system's words for an `errno`, starting lowercase ("permission denied").
    static func describe(errno code: Int32) -> String {
        let text = String(cString: strerror(code))
        guard let first = text.first else { return "error \(code)" }
        return first.lowercased() + text.dropFirst()
    }
}
