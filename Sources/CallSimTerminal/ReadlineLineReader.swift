import Foundation
internal import CReadline

/// Reads the trainee's lines from a terminal with GNU readline: line
/// editing, history recalled across runs (Up arrow), Tab completion of
/// in-call commands and their arguments, and Ctrl-C that only discards the
/// line being typed.
///
/// Readline has one global state, so use one reader at a time, from one
/// thread. The reader drives readline's callback interface and waits for
/// keys with `poll`, alongside its own async-signal-safe handlers:
/// - SIGINT (Ctrl-C), for the reader's whole life: while reading, the typed
///   text is dropped, `^C` is shown and `read` returns `.interrupted`. A
///   Ctrl-C between reads is discarded (it no longer ends the program),
///   though it still cuts short a `sleep`/`usleep` in progress.
/// - SIGWINCH, for the reader's whole life: readline learns the new width.
/// - SIGTSTP, SIGTERM, SIGHUP, only while reading: the terminal is restored
///   first, then the signal takes its usual effect (stop, terminate).
/// `close()` (or deinit) puts the previous signal handlers back; the
/// terminal is also restored if the process exits while reading.
public final class ReadlineLineReader: LineReading {
    /// The file the history is loaded from and appended to, if any.
    public let historyFile: String?
    /// What Tab completes; may be changed between reads.
    public var completion: CompletionCatalog
    /// Every warning recorded so far (history file problems), oldest first.
    public private(set) var warnings: [String] = []

    private let history: ReadlineHistory
    private var warningsTaken = 0
    private var closed = false

    /// A reader whose history lives in `historyFile` (nil: this run only)
    /// and whose Tab key completes from `completion`.
    public init(historyFile: String?, completion: CompletionCatalog) {
        self.historyFile = historyFile
        self.completion = completion
        self.history = ReadlineHistory(file: historyFile)
        Self.configureReadlineOnce()
        if !ReadlineSignals.prepare() {
            warnings.append("Ctrl-C may take effect only at the next key: cannot create a signal pipe.")
        }
        ReadlineSignals.install(.interrupt)
        ReadlineSignals.install(.resize)
        if let warning = history.load() {
            record(warning)
        }
    }

    deinit {
        close()
    }

    /// Where the history is kept by default: `$XDG_STATE_HOME/callsim/history`,
    /// or `~/.local/state/callsim/history` when `XDG_STATE_HOME` is unset,
    /// empty or relative.
    public static func defaultHistoryFile() -> String {
        ReadlineHistory.defaultFile(environment: ProcessInfo.processInfo.environment)
    }

    /// `defaultHistoryFile()` computed from the given environment.
    public static func defaultHistoryFile(environment: [String: String]) -> String {
        ReadlineHistory.defaultFile(environment: environment)
    }

    /// Reads one line with readline, showing `prompt` (ANSI colour codes in
    /// it are fine: they are marked invisible for readline automatically).
    ///
    /// Returns `.line` on Enter (pasted line breaks become spaces, control
    /// characters are removed), `.endOfInput` on Ctrl-D on an empty line or
    /// when the terminal goes away, and `.interrupted` on Ctrl-C.
    public func read(prompt: String) -> LineInput {
        guard !closed else { return .endOfInput }
        ReadlineCallbackState.shared.catalog = completion
        _ = ReadlineSignals.take(.interrupt)  // a Ctrl-C before this read is stale
        if ReadlineSignals.take(.resize) {
            rl_reset_screen_size()
        }
        let whileReading: [ReadlineSignals.Slot] = [.suspend, .terminate, .hangup]
        whileReading.forEach { ReadlineSignals.install($0) }
        defer { whileReading.forEach { ReadlineSignals.restore($0) } }

        fflush(nil)  // everything printed so far appears before the prompt
        ReadlineCallbacks.installLineHandler(prompt: ReadlinePrompt.markingInvisibleSequences(prompt))
        while true {
            if ReadlineSignals.take(.interrupt) {
                callsim_rl_abandon_line()
                rl_callback_handler_remove()
                return .interrupted
            }
            if ReadlineSignals.take(.resize) {
                rl_resize_terminal()
            }
            for slot in whileReading where ReadlineSignals.take(slot) {
                callsim_rl_release_terminal()
                ReadlineSignals.redeliver(slot)
                callsim_rl_reclaim_terminal()
            }
            switch ReadlineSignals.waitForInput(STDIN_FILENO) {
            case .input:
                rl_callback_read_char()
                if let result = ReadlineCallbackState.shared.result {
                    return result
                }
            case .signal:
                continue
            case .hangup:
                rl_callback_handler_remove()
                return .endOfInput
            }
        }
    }

    /// Adds `line` to the history (not blank lines, not a repeat of the
    /// newest entry) and appends it to the history file at once.
    public func remember(_ line: String) {
        if let warning = history.remember(line) {
            record(warning)
        }
    }

    /// Returns the warnings recorded since the last call.
    public func takeWarnings() -> [String] {
        let fresh = Array(warnings[warningsTaken...])
        warningsTaken = warnings.count
        return fresh
    }

    /// Restores the terminal and the previous signal handlers. Later reads
    /// return `.endOfInput`. Called by deinit; calling it twice is harmless.
    public func close() {
        guard !closed else { return }
        closed = true
        rl_callback_handler_remove()
        ReadlineSignals.restore(.interrupt)
        ReadlineSignals.restore(.resize)
    }

    /// Records `warning` unless the same warning was recorded before.
    private func record(_ warning: String) {
        if !warnings.contains(warning) {
            warnings.append(warning)
        }
    }

    private static let configured: Bool = {
        callsim_rl_adopt_utf8_locale()
        callsim_rl_configure()
        ReadlineCallbacks.registerCompletion()
        callsim_rl_initialize()
        callsim_rl_register_at_exit()
        return true
    }()

    private static func configureReadlineOnce() {
        _ = configured
    }
}
