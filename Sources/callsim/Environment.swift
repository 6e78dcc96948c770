import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where the running executable is, to find the bundled scenarios and phrasebooks.
enum ExecutableLocation {
    static var path: String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        return CommandLine.arguments.first ?? "callsim"
    }
}

/// The login name, the default trainee.
enum LoginName {
    static var current: String {
        let environment = ProcessInfo.processInfo.environment
        if let user = environment["USER"], !user.isEmpty { return user }
        if let user = environment["LOGNAME"], !user.isEmpty { return user }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return "trainee"
    }
}
