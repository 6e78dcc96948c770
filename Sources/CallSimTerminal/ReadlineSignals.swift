internal import CReadline

/// The signal plumbing behind `ReadlineLineReader`.
///
/// The C side (`callsim_signal_*` in `shim.h`) keeps its state in `static`
/// variables, which exist once per object file. This must therefore remain
/// the only Swift file that calls those functions.
///
/// The C handler only sets a `volatile sig_atomic_t` flag and writes a byte
/// to a self-pipe (async-signal-safe), so `waitForInput` wakes whichever
/// thread the kernel delivered the signal to.
enum ReadlineSignals {
    /// The signals the reader handles.
    enum Slot: Int32, CaseIterable {
        /// SIGINT (Ctrl-C): discard the line being typed.
        case interrupt = 0
        /// SIGWINCH: the terminal was resized.
        case resize = 1
        /// SIGTSTP (Ctrl-Z): give the terminal back, then stop.
        case suspend = 2
        /// SIGTERM: give the terminal back, then terminate as usual.
        case terminate = 3
        /// SIGHUP: give the terminal back, then hang up as usual.
        case hangup = 4
    }

    /// Why `waitForInput` returned.
    enum Wake {
        /// The descriptor is readable.
        case input
        /// A signal arrived: check `take(_:)`.
        case signal
        /// The descriptor hung up or failed.
        case hangup
    }

    /// Creates the self-pipe. Returns false if that failed (signals then
    /// still set their flags, but may only be noticed at the next key).
    static func prepare() -> Bool {
        callsim_signal_prepare() == 0
    }

    /// Installs the handler for `slot`; a no-op if already installed.
    @discardableResult
    static func install(_ slot: Slot) -> Bool {
        callsim_signal_install(slot.rawValue) == 0
    }

    /// Restores the disposition `slot` had before `install`.
    static func restore(_ slot: Slot) {
        _ = callsim_signal_restore(slot.rawValue)
    }

    /// Whether `slot`'s signal arrived since the last call (clears it).
    static func take(_ slot: Slot) -> Bool {
        callsim_signal_take(slot.rawValue) != 0
    }

    /// Delivers `slot`'s signal again with its previous disposition (so the
    /// process stops or terminates as it would have), then reinstalls ours.
    static func redeliver(_ slot: Slot) {
        callsim_signal_redeliver(slot.rawValue)
    }

    /// Blocks until `fd` is readable, one of our signals arrives, or `fd`
    /// hangs up.
    static func waitForInput(_ fd: Int32) -> Wake {
        switch callsim_wait_for_input(fd) {
        case 1: return .input
        case 2: return .hangup
        default: return .signal
        }
    }
}
