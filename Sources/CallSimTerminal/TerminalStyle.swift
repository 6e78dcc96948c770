#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ANSI text styling that switches itself off when colour is unwanted.
///
/// Each styling function returns its argument unchanged when `enabled` is
/// false, and otherwise wraps it in an SGR start code and the matching reset
/// (`22` for bold/dim, `39` for colours), so styles nest.
public struct TerminalStyle: Sendable, Equatable {
    /// Whether styling codes are emitted.
    public var enabled: Bool

    /// A style that emits codes when `enabled` is true.
    public init(enabled: Bool) {
        self.enabled = enabled
    }

    /// A style that never emits codes.
    public static let plain = TerminalStyle(enabled: false)

    /// The style for output on `fd`: enabled only when `fd` is a terminal,
    /// `NO_COLOR` is unset or empty (<https://no-color.org>), and `TERM` is
    /// not `dumb`.
    public static func detect(forOutput fd: Int32 = 1) -> TerminalStyle {
        var environment: [String: String] = [:]
        for name in ["NO_COLOR", "TERM"] {
            if let value = getenv(name) {
                environment[name] = String(cString: value)
            }
        }
        return detect(isTerminal: isatty(fd) == 1, environment: environment)
    }

    /// The decision behind `detect(forOutput:)`, for a given terminal test
    /// and environment.
    public static func detect(isTerminal: Bool, environment: [String: String]) -> TerminalStyle {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumb = environment["TERM"] == "dumb"
        return TerminalStyle(enabled: isTerminal && !noColor && !dumb)
    }

    /// `s` in bold.
    public func bold(_ s: String) -> String { wrap(s, "1", "22") }
    /// `s` dimmed (faint).
    public func dim(_ s: String) -> String { wrap(s, "2", "22") }
    /// `s` in red.
    public func red(_ s: String) -> String { wrap(s, "31", "39") }
    /// `s` in green.
    public func green(_ s: String) -> String { wrap(s, "32", "39") }
    /// `s` in yellow.
    public func yellow(_ s: String) -> String { wrap(s, "33", "39") }
    /// `s` in cyan.
    public func cyan(_ s: String) -> String { wrap(s, "36", "39") }
    /// `s` in magenta.
    public func magenta(_ s: String) -> String { wrap(s, "35", "39") }

    private func wrap(_ s: String, _ start: String, _ end: String) -> String {
        guard enabled else { return s }
        return "\u{1B}[\(start)m\(s)\u{1B}[\(end)m"
    }
}
