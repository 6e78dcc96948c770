#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one read returned.
public enum LineInput: Equatable, Sendable {
    /// A complete line, without its line terminator, with control characters removed.
    case line(String)
    /// The input is exhausted (end of file, or Ctrl-D on an empty line).
    case endOfInput
    /// The trainee pressed Ctrl-C: the line being typed was discarded. Read again.
    case interrupted
}

/// Reads the trainee's lines.
public protocol LineReading: AnyObject {
    /// Reads one line, showing `prompt` when the reader is interactive.
    func read(prompt: String) -> LineInput
    /// Records `line` in the history so it can be recalled later (Up arrow).
    func remember(_ line: String)
    /// Returns the warnings recorded since the last call (for example a line
    /// cut at the length cap, or a history file that could not be written)
    /// and forgets them.
    func takeWarnings() -> [String]
}

extension LineReading {
    /// Readers that never warn return no warnings.
    public func takeWarnings() -> [String] { [] }
}

/// Makes the reader suited to standard input: GNU readline (line editing,
/// history in `historyFile`, Tab completion from `completion`) when standard
/// input is a terminal, otherwise a plain, deterministic byte reader that
/// ignores prompts, history and completion.
public func makeLineReader(historyFile: String?, completion: CompletionCatalog) -> LineReading {
    if standardInputIsTerminal {
        return ReadlineLineReader(historyFile: historyFile, completion: completion)
    }
    return PlainLineReader()
}

/// Whether standard input (file descriptor 0) is a terminal.
public var standardInputIsTerminal: Bool {
    isatty(STDIN_FILENO) == 1
}
