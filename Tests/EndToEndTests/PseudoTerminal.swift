#if canImport(Glibc)
import Foundation
import Glibc

/// A test harness that runs a program under a pseudo-terminal, as if a
/// trainee were typing at a real terminal. Linux only (`#if canImport(Glibc)`):
/// wrap tests that use it the same way.
///
/// The child is started with `posix_spawn` (no Swift code runs in the child
/// between fork and exec) in a new session whose controlling terminal is the
/// pty, so line editing, Ctrl-C (SIGINT via the line discipline), Ctrl-Z and
/// window size all behave as in a terminal emulator. The window is
/// `columns` × `rows` (120 × 40 by default) and `TERM=xterm`.
///
/// Wait for the prompt before typing: a line editor such as readline puts
/// the terminal in raw mode only while it reads, so keys sent earlier meet
/// the kernel's cooked mode (they are echoed twice, and a Ctrl-D there is
/// swallowed as an end-of-file marker instead of reaching the program).
///
/// Every call that waits has a timeout, and the child is killed (its whole
/// process group) by `terminate()`, by deinit, and in any case by a watchdog
/// after `lifetime`, so a test can never hang on it.
///
/// Reading the output: everything the child wrote is kept in `output` (ANSI
/// escapes included). `waitFor(_:timeout:)` works like `expect`: it looks
/// for text written after its previous match, so the same prompt can be
/// awaited again and again. Line editors redraw in pieces (after Tab,
/// readline writes only the completed suffix), so to check what the trainee
/// *sees*, use `screenText` / `waitForScreen(_:timeout:)`, which replay the
/// output on a small VT100/xterm screen model.
///
/// ```swift
/// let terminal = try PseudoTerminal(
///     executable: PseudoTerminal.productsDirectory().appendingPathComponent("callsim"),
///     arguments: ["practice"],
///     environment: ["XDG_STATE_HOME": stateDirectory.path])
/// defer { terminal.terminate() }
/// #expect(terminal.waitFor("> "))
/// terminal.send("/tra" + PseudoTerminal.tab)
/// #expect(terminal.waitForScreen("/transfer "))
/// terminal.send(PseudoTerminal.ctrlC)
/// ```
final class PseudoTerminal {
    /// How the child ended.
    enum ExitStatus: Equatable, Sendable, CustomStringConvertible {
        /// It called `exit` with this status.
        case exited(Int32)
        /// It was killed by this signal.
        case signaled(Int32)

        /// `exited(0)` → "exit 0", `signaled(9)` → "signal 9".
        var description: String {
            switch self {
            case .exited(let code): return "exit \(code)"
            case .signaled(let signal): return "signal \(signal)"
            }
        }
    }

    /// Why the child could not be started.
    struct StartError: Error, CustomStringConvertible {
        /// What failed, with the system's reason.
        let description: String
    }

    // MARK: Keys

    /// Enter, as a terminal sends it.
    static let enter = "\r"
    /// Tab (completion).
    static let tab = "\t"
    /// Ctrl-C (interrupt).
    static let ctrlC = "\u{03}"
    /// Ctrl-D (end of input on an empty line).
    static let ctrlD = "\u{04}"
    /// Ctrl-U (erase the line before the cursor).
    static let ctrlU = "\u{15}"
    /// Ctrl-Z (suspend).
    static let ctrlZ = "\u{1A}"
    /// Escape.
    static let escape = "\u{1B}"
    /// Backspace (DEL, as xterm sends it).
    static let backspace = "\u{7F}"
    /// Arrow up (history: previous line).
    static let up = "\u{1B}[A"
    /// Arrow down (history: next line).
    static let down = "\u{1B}[B"
    /// Arrow right.
    static let right = "\u{1B}[C"
    /// Arrow left.
    static let left = "\u{1B}[D"

    // MARK: State

    /// The child's process id (also its process group and session id).
    let pid: pid_t
    /// The terminal width in columns.
    let columns: Int
    /// The terminal height in rows.
    let rows: Int
    /// Every byte the child has written so far (read on demand: any wait,
    /// `send`, `drain()` or `terminate()` reads what is pending).
    private(set) var output: [UInt8] = []

    private let master: Int32
    private let slave: Int32
    private let reaper: Reaper
    private var matchOffset = 0

    /// Starts `executable` with `arguments` under a new pseudo-terminal.
    ///
    /// - Parameters:
    ///   - environment: variables set for the child, on top of this
    ///     process's environment when `inheritEnvironment` is true. `TERM`
    ///     is `xterm` unless given here; `COLUMNS`, `LINES` and `NO_COLOR`
    ///     are not inherited.
    ///   - currentDirectory: the child's working directory (default: ours).
    ///   - lifetime: after this long the child is killed whatever happens.
    init(
        executable: URL,
        arguments: [String] = [],
        environment: [String: String] = [:],
        inheritEnvironment: Bool = true,
        currentDirectory: URL? = nil,
        columns: Int = 120,
        rows: Int = 40,
        lifetime: Duration = .seconds(120)
    ) throws {
        var childEnvironment: [String: String] = [:]
        if inheritEnvironment {
            childEnvironment = ProcessInfo.processInfo.environment
            for name in ["COLUMNS", "LINES", "NO_COLOR"] {
                childEnvironment[name] = nil
            }
        }
        childEnvironment["TERM"] = "xterm"
        childEnvironment.merge(environment) { _, given in given }

        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        var masterDescriptor: Int32 = -1
        var slaveDescriptor: Int32 = -1
        guard openpty(&masterDescriptor, &slaveDescriptor, nil, nil, &size) == 0 else {
            throw StartError(description: "openpty failed: \(Self.systemError())")
        }
        _ = fcntl(masterDescriptor, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slaveDescriptor, F_SETFD, FD_CLOEXEC)
        _ = fcntl(masterDescriptor, F_SETFL, fcntl(masterDescriptor, F_GETFL) | O_NONBLOCK)

        var nameBuffer = [CChar](repeating: 0, count: 256)
        guard ttyname_r(slaveDescriptor, &nameBuffer, nameBuffer.count) == 0 else {
            close(masterDescriptor)
            close(slaveDescriptor)
            throw StartError(description: "ttyname_r failed: \(Self.systemError())")
        }
        let slavePath = String(decoding: nameBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)

        // posix_spawn cannot change directory portably: let sh do it.
        var program = executable.path
        var argv = [executable.path] + arguments
        if let currentDirectory {
            program = "/bin/sh"
            argv = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", currentDirectory.path] + argv
        }
        let spawned: pid_t
        do {
            spawned = try Self.spawn(
                executable: program,
                arguments: argv,
                environment: childEnvironment.map { "\($0.key)=\($0.value)" }.sorted(),
                terminalPath: slavePath
            )
        } catch {
            close(masterDescriptor)
            close(slaveDescriptor)
            throw error
        }
        // The parent keeps its (non-controlling) slave descriptor open, so
        // the master never reports EIO: the child's end is seen by waitpid.
        self.pid = spawned
        self.master = masterDescriptor
        self.slave = slaveDescriptor
        self.columns = columns
        self.rows = rows
        self.reaper = Reaper(pid: spawned)
        reaper.startWatchdog(after: lifetime)
    }

    deinit {
        terminate(grace: .milliseconds(500))
        close(master)
        close(slave)
    }

    // MARK: Sending

    /// Types `text` (UTF-8) into the terminal. Returns false if it could not
    /// all be written within `timeout` (the child stopped reading).
    @discardableResult
    func send(_ text: String, timeout: Duration = .seconds(5)) -> Bool {
        send(bytes: Array(text.utf8), timeout: timeout)
    }

    /// Writes raw `bytes` into the terminal, reading the child's output
    /// meanwhile so neither side can block the other.
    @discardableResult
    func send(bytes: [UInt8], timeout: Duration = .seconds(5)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { chunk in
                write(master, chunk.baseAddress, chunk.count)
            }
            if result > 0 {
                written += result
                continue
            }
            if result < 0, errno != EAGAIN, errno != EWOULDBLOCK, errno != EINTR {
                return false
            }
            guard ContinuousClock.now < deadline else { return false }
            var descriptors = [
                pollfd(fd: master, events: Int16(POLLOUT | POLLIN), revents: 0),
            ]
            _ = poll(&descriptors, 1, Self.milliseconds(until: deadline, atMost: 50))
            readPending()
        }
        return true
    }

    /// Tells the child the window is now `columns` × `rows` (SIGWINCH).
    func resize(columns: Int, rows: Int) {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    // MARK: Waiting

    /// Waits until `substring` appears in the raw output (ANSI escapes
    /// kept) after the end of the previous successful `waitFor` match, and
    /// moves that mark past it. Returns false on timeout or if the child
    /// exits without writing it.
    @discardableResult
    func waitFor(_ substring: String, timeout: Duration = .seconds(10)) -> Bool {
        let needle = Array(substring.utf8)
        return wait(timeout: timeout) {
            guard let range = Self.find(needle, in: output, from: matchOffset) else { return false }
            matchOffset = range.upperBound
            return true
        }
    }

    /// Waits until `substring` appears in `plainOutput` (everything written
    /// so far, ANSI escapes and carriage returns removed). No mark is kept.
    @discardableResult
    func waitForPlain(_ substring: String, timeout: Duration = .seconds(10)) -> Bool {
        wait(timeout: timeout) { plainOutput.contains(substring) }
    }

    /// Waits until the screen, as the trainee would see it, contains
    /// `substring` (`screenText`: rows joined with "\n", trailing blanks
    /// trimmed except before the cursor).
    @discardableResult
    func waitForScreen(_ substring: String, timeout: Duration = .seconds(10)) -> Bool {
        wait(timeout: timeout) { screenText.contains(substring) }
    }

    /// Waits until `condition` holds, reading output meanwhile.
    @discardableResult
    func wait(timeout: Duration, until condition: () -> Bool) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while true {
            readPending()
            if condition() { return true }
            if reaper.poll() != nil {
                readPending()
                return condition()
            }
            guard ContinuousClock.now < deadline else { return false }
            var descriptors = [pollfd(fd: master, events: Int16(POLLIN), revents: 0)]
            _ = poll(&descriptors, 1, Self.milliseconds(until: deadline, atMost: 50))
        }
    }

    /// Reads whatever output is pending, waiting up to `quiet` for more.
    func drain(quiet: Duration = .milliseconds(100)) {
        _ = wait(timeout: quiet) { false }
    }

    // MARK: Output views

    /// `output` decoded as UTF-8 (invalid bytes become U+FFFD).
    var outputText: String {
        String(decoding: output, as: UTF8.self)
    }

    /// `output` with ANSI escape sequences, BEL and carriage returns removed.
    var plainOutput: String {
        Self.strippingANSI(outputText)
    }

    /// The current screen, one string per row, trailing blanks trimmed
    /// (on the cursor's row, only those after the cursor).
    var screenLines: [String] {
        var screen = Screen(columns: columns, rows: rows)
        screen.feed(outputText)
        return screen.lines
    }

    /// `screenLines` joined with "\n", without trailing empty rows.
    var screenText: String {
        var lines = screenLines
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// `text` without ANSI escape sequences (CSI, OSC, two-character ESC
    /// sequences), BEL and carriage returns.
    static func strippingANSI(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "\u{1B}":
                index = Screen.endOfEscape(scalars, from: index).end
            case "\r", "\u{07}":
                continue
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    // MARK: Ending

    /// The exit status if the child has ended (reaping it), else nil.
    var exitStatus: ExitStatus? {
        reaper.poll()
    }

    /// Waits up to `timeout` for the child to end by itself, reading its
    /// output meanwhile. Returns nil if it is still running.
    func waitForExit(timeout: Duration = .seconds(10)) -> ExitStatus? {
        _ = wait(timeout: timeout) { reaper.poll() != nil }
        return reaper.poll()
    }

    /// Ends the child: SIGHUP and SIGTERM to its process group, then
    /// SIGKILL after `grace`. Returns how it ended (nil only if it could
    /// not even be reaped after SIGKILL, which should not happen).
    @discardableResult
    func terminate(grace: Duration = .seconds(2)) -> ExitStatus? {
        if let status = reaper.poll() { return status }
        reaper.signal(SIGHUP)
        reaper.signal(SIGTERM)
        if let status = waitForExit(timeout: grace) { return status }
        reaper.signal(SIGKILL)
        return waitForExit(timeout: .seconds(5))
    }

    // MARK: Internals

    private func readPending() {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                read(master, buffer.baseAddress, buffer.count)
            }
            if count > 0 {
                output.append(contentsOf: chunk[0..<count])
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return  // EAGAIN: nothing pending; EIO/0: no writer
            }
        }
    }

    private static func spawn(
        executable: String, arguments: [String], environment: [String],
        terminalPath: String
    ) throws -> pid_t {
        // Every C string and array is built before posix_spawn and freed after.
        let argv = CStringArray(arguments)
        let envp = CStringArray(environment)
        defer {
            argv.free()
            envp.free()
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid() (glibc runs POSIX_SPAWN_SETSID first), and
        // without O_NOCTTY: the pty becomes the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, terminalPath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaultSignals = sigset_t()
        sigemptyset(&defaultSignals)
        for signal in [SIGHUP, SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGTSTP, SIGTTIN, SIGTTOU,
                       SIGCHLD, SIGWINCH, SIGUSR1, SIGUSR2, SIGALRM] {
            sigaddset(&defaultSignals, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
        let setSession: Int32 = 0x80  // POSIX_SPAWN_SETSID (glibc ≥ 2.26), not imported by Swift
        posix_spawnattr_setflags(
            &attributes, Int16(setSession | Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF))
        )

        var child: pid_t = 0
        let result = posix_spawn(&child, executable, &actions, &attributes, argv.pointer, envp.pointer)
        guard result == 0 else {
            throw StartError(description: "posix_spawn \(executable) failed: \(String(cString: strerror(result)))")
        }
        return child
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Range<Int>? {
        guard !needle.isEmpty else { return start..<start }
        guard haystack.count - start >= needle.count else { return nil }
        for index in start...(haystack.count - needle.count)
        where haystack[index] == needle[0] && haystack[index..<(index + needle.count)].elementsEqual(needle) {
            return index..<(index + needle.count)
        }
        return nil
    }

    private static func milliseconds(until deadline: ContinuousClock.Instant, atMost limit: Int32) -> Int32 {
        let remaining = ContinuousClock.now.duration(to: deadline)
        let (seconds, attoseconds) = remaining.components
        let total = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return Int32(max(0, min(Int64(limit), total)))
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }

    // MARK: Locating the built products

    /// The folder holding the built products (`callsim`, the test bundle):
    /// `<scratch>/<triple>/debug` (or `release`).
    ///
    /// Set `CALLSIM_PRODUCTS_DIR` to override. Otherwise this starts from
    /// the test binary's location (`Bundle.main.bundleURL`, then
    /// `CommandLine.arguments[0]`'s folder), stepping out of an `.xctest`
    /// bundle (macOS layout) and preferring a folder that holds `callsim`.
    static func productsDirectory() -> URL {
        if let override = ProcessInfo.processInfo.environment["CALLSIM_PRODUCTS_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        var candidates: [URL] = []
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            candidates.append(bundle.bundleURL.deletingLastPathComponent())
        }
        let main = Bundle.main.bundleURL
        candidates.append(main.pathExtension == "xctest" ? main.deletingLastPathComponent() : main)
        if let first = CommandLine.arguments.first {
            var folder = URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent()
            // macOS: <products>/X.xctest/Contents/MacOS/X
            while folder.path != "/", folder.path.contains(".xctest") {
                folder.deleteLastPathComponent()
            }
            candidates.append(folder)
        }
        let fileManager = FileManager.default
        for candidate in candidates where fileManager.isExecutableFile(atPath: candidate.appendingPathComponent("callsim").path) {
            return candidate
        }
        return candidates.first ?? URL(fileURLWithPath: fileManager.currentDirectoryPath)
    }

    /// The built executable `name` in `productsDirectory()`.
    static func executable(named name: String) -> URL {
        productsDirectory().appendingPathComponent(name)
    }
}

// MARK: - Child bookkeeping

/// Reaps the child and kills it when asked or when the watchdog fires; the
/// lock makes sure a pid is never signalled after it was reaped (and maybe
/// reused).
private final class Reaper: @unchecked Sendable {
    private let pid: pid_t
    private let lock = NSLock()
    private var finished: PseudoTerminal.ExitStatus?

    init(pid: pid_t) {
        self.pid = pid
    }

    /// Reaps the child if it has ended; returns its status.
    func poll() -> PseudoTerminal.ExitStatus? {
        lock.withLock {
            if let finished { return finished }
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                finished = Self.decode(status)
            } else if result < 0, errno == ECHILD {
                finished = .exited(-1)  // reaped elsewhere; status unknown
            }
            return finished
        }
    }

    /// Sends `signal` to the child's process group (and the child) unless
    /// it has been reaped.
    func signal(_ signal: Int32) {
        lock.withLock {
            guard finished == nil else { return }
            _ = kill(-pid, signal)
            _ = kill(pid, signal)
        }
    }

    /// Kills the child after `lifetime` if it is still around.
    func startWatchdog(after lifetime: Duration) {
        let (seconds, attoseconds) = lifetime.components
        let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
        DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) { [self] in
            signal(SIGKILL)
        }
    }

    private static func decode(_ status: Int32) -> PseudoTerminal.ExitStatus {
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
    }
}

/// A NULL-terminated array of `strdup`ed C strings, for `posix_spawn`.
private struct CStringArray {
    let pointer: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>

    init(_ strings: [String]) {
        pointer = .allocate(capacity: strings.count + 1)
        for (index, string) in strings.enumerated() {
            pointer[index] = strdup(string)
        }
        pointer[strings.count] = nil
    }

    func free() {
        var index = 0
        while let string = pointer[index] {
            Glibc.free(string)
            index += 1
        }
        pointer.deallocate()
    }
}

// MARK: - Screen model

/// A minimal VT100/xterm screen: enough to replay what line editors such as
/// readline write (printing with auto-wrap, CR, LF, BS, TAB, cursor
/// movement, erase in line/display, insert/delete characters, scrolling).
/// Colours and modes are ignored. Characters are one cell wide, except
/// emoji and East Asian wide characters (two) and combining marks (zero),
/// which is close to glibc's `wcwidth`.
extension PseudoTerminal {
    struct Screen {
        private(set) var cells: [[String]]
        private(set) var row = 0
        private(set) var column = 0
        let columns: Int
        let rows: Int
        private var pendingWrap = false
        private var savedCursor = (row: 0, column: 0)

        /// A blank `columns` × `rows` screen with the cursor at the top left.
        init(columns: Int, rows: Int) {
            self.columns = max(1, columns)
            self.rows = max(1, rows)
            cells = Array(repeating: Array(repeating: " ", count: max(1, columns)), count: max(1, rows))
        }

        /// The rows as strings, trailing blanks trimmed, except that the
        /// cursor's row keeps its blanks up to the cursor (so a prompt "> " or
        /// a completed word followed by a space can be matched).
        var lines: [String] {
            cells.enumerated().map { index, cellsOfRow in
                let keep = index == row ? column : 0
                var trimmed = cellsOfRow
                while trimmed.count > keep, trimmed.last == " " { trimmed.removeLast() }
                return trimmed.joined()
            }
        }

        /// Replays `text` (output from the program) onto the screen.
        mutating func feed(_ text: String) {
            let scalars = Array(text.unicodeScalars)
            var index = 0
            while index < scalars.count {
                let scalar = scalars[index]
                index += 1
                switch scalar.value {
                case 0x1B:
                    let (end, command) = Self.endOfEscape(scalars, from: index)
                    if let command { apply(command) }
                    index = end
                case 0x0D: column = 0; pendingWrap = false
                case 0x0A, 0x0B, 0x0C: lineFeed()
                case 0x08: column = max(0, column - 1); pendingWrap = false
                case 0x09: column = min(columns - 1, (column / 8 + 1) * 8); pendingWrap = false
                case 0x00...0x1F, 0x7F: continue
                default: put(scalar)
                }
            }
        }

        /// A parsed escape sequence that affects the screen.
        enum Command {
            /// `ESC [ params final` (private `?` sequences are dropped).
            case csi(parameters: [Int], final: Unicode.Scalar)
            /// `ESC 7` / `ESC 8` / `ESC M` / `ESC D` / `ESC E` / `ESC c`.
            case escape(Unicode.Scalar)
        }

        /// Where the escape sequence whose ESC is just before `start` ends, and
        /// what it means. OSC/DCS strings end at BEL or ST.
        static func endOfEscape(_ scalars: [Unicode.Scalar], from start: Int) -> (end: Int, command: Command?) {
            guard start < scalars.count else { return (start, nil) }
            let introducer = scalars[start]
            switch introducer {
            case "[":
                var index = start + 1
                var parameterText = ""
                var isPrivate = false
                while index < scalars.count {
                    let value = scalars[index].value
                    if (0x40...0x7E).contains(value) {
                        let parameters = parameterText.split(separator: ";", omittingEmptySubsequences: false)
                            .map { Int($0) ?? 0 }
                        return (index + 1, isPrivate ? nil : .csi(parameters: parameters, final: scalars[index]))
                    }
                    guard (0x20...0x3F).contains(value) else { return (index, nil) }
                    if (0x3C...0x3F).contains(value) { isPrivate = true }
                    parameterText.unicodeScalars.append(scalars[index])
                    index += 1
                }
                return (index, nil)
            case "]", "P", "X", "^", "_":
                var index = start + 1
                while index < scalars.count {
                    if scalars[index] == "\u{07}" || scalars[index] == "\u{9C}" { return (index + 1, nil) }
                    if scalars[index] == "\u{1B}" {
                        let next = index + 1
                        return (next < scalars.count && scalars[next] == "\\" ? next + 1 : index, nil)
                    }
                    index += 1
                }
                return (index, nil)
            case "(", ")", "*", "+", "#", "%", " ":
                return (min(start + 2, scalars.count), nil)
            default:
                return (start + 1, .escape(introducer))
            }
        }

        private mutating func apply(_ command: Command) {
            switch command {
            case .escape(let scalar):
                switch scalar {
                case "7": savedCursor = (row, column)
                case "8": (row, column) = savedCursor; pendingWrap = false
                case "D": lineFeed()
                case "E": lineFeed(); column = 0
                case "M": reverseLineFeed()
                case "c": self = Screen(columns: columns, rows: rows)
                default: break
                }
            case .csi(let parameters, let final):
                applyCSI(parameters, final)
            }
        }

        private mutating func applyCSI(_ parameters: [Int], _ final: Unicode.Scalar) {
            func parameter(_ index: Int, default value: Int) -> Int {
                index < parameters.count && parameters[index] > 0 ? parameters[index] : value
            }
            let count = parameter(0, default: 1)
            pendingWrap = false
            switch final {
            case "A": row = max(0, row - count)
            case "B", "e": row = min(rows - 1, row + count)
            case "C", "a": column = min(columns - 1, column + count)
            case "D": column = max(0, column - count)
            case "E": row = min(rows - 1, row + count); column = 0
            case "F": row = max(0, row - count); column = 0
            case "G", "`": column = min(columns - 1, count - 1)
            case "d": row = min(rows - 1, count - 1)
            case "H", "f":
                row = min(rows - 1, parameter(0, default: 1) - 1)
                column = min(columns - 1, parameter(1, default: 1) - 1)
            case "J": eraseDisplay(parameters.first ?? 0)
            case "K": eraseLine(parameters.first ?? 0)
            case "@":
                let shift = min(count, columns - column)
                cells[row].insert(contentsOf: Array(repeating: " ", count: shift), at: column)
                cells[row].removeLast(shift)
            case "P":
                let shift = min(count, columns - column)
                cells[row].removeSubrange(column..<(column + shift))
                cells[row].append(contentsOf: Array(repeating: " ", count: shift))
            case "X":
                for index in column..<min(columns, column + count) { cells[row][index] = " " }
            case "L":
                for _ in 0..<min(count, rows - row) {
                    cells.insert(blankRow(), at: row)
                    cells.removeLast()
                }
            case "M":
                for _ in 0..<min(count, rows - row) {
                    cells.remove(at: row)
                    cells.append(blankRow())
                }
            case "S": for _ in 0..<count { scrollUp() }
            case "T": for _ in 0..<count { cells.insert(blankRow(), at: 0); cells.removeLast() }
            case "s": savedCursor = (row, column)
            case "u": (row, column) = savedCursor
            default: break  // m (colours), h/l (modes), r (margins), …
            }
        }

        private mutating func put(_ scalar: Unicode.Scalar) {
            let width = Self.width(of: scalar)
            if width == 0 {
                let target = column > 0 && !pendingWrap ? column - 1 : column
                cells[row][target].unicodeScalars.append(scalar)
                return
            }
            if pendingWrap || column + width > columns {
                column = 0
                lineFeed()
            }
            cells[row][column] = String(Character(scalar))
            if width == 2, column + 1 < columns {
                cells[row][column + 1] = ""
            }
            column += width
            if column >= columns {
                column = columns - 1
                pendingWrap = true
            }
        }

        private mutating func lineFeed() {
            pendingWrap = false
            if row == rows - 1 {
                scrollUp()
            } else {
                row += 1
            }
        }

        private mutating func reverseLineFeed() {
            if row == 0 {
                cells.insert(blankRow(), at: 0)
                cells.removeLast()
            } else {
                row -= 1
            }
        }

        private mutating func scrollUp() {
            cells.removeFirst()
            cells.append(blankRow())
        }

        private mutating func eraseLine(_ mode: Int) {
            let range: Range<Int>
            switch mode {
            case 1: range = 0..<min(columns, column + 1)
            case 2: range = 0..<columns
            default: range = column..<columns
            }
            for index in range { cells[row][index] = " " }
        }

        private mutating func eraseDisplay(_ mode: Int) {
            switch mode {
            case 1:
                for line in 0..<row { cells[line] = blankRow() }
                eraseLine(1)
            case 2, 3:
                cells = Array(repeating: blankRow(), count: rows)
            default:
                eraseLine(0)
                for line in (row + 1)..<rows { cells[line] = blankRow() }
            }
        }

        private func blankRow() -> [String] {
            Array(repeating: " ", count: columns)
        }

        /// Terminal cells `scalar` takes: 0 for combining marks and format
        /// characters, 2 for emoji presentation and East Asian wide ranges.
        static func width(of scalar: Unicode.Scalar) -> Int {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format:
                return 0
            default:
                break
            }
            if scalar.properties.isEmojiPresentation { return 2 }
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
                return 2
            default:
                return 1
            }
        }
    }
}

#endif  // canImport(Glibc)
