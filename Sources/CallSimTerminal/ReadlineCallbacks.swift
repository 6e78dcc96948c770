import Foundation
internal import CReadline

/// State shared with readline's C callbacks.
///
/// Readline calls back through plain C function pointers, which cannot
/// capture context, so the catalog to complete from and the line the
/// callback produced live here. Readline is single-threaded and only one
/// `ReadlineLineReader` reads at a time, so there is no real contention; the
/// lock simply makes the shared state provably safe under Swift 6.
final class ReadlineCallbackState: @unchecked Sendable {
    /// The one instance the callbacks use.
    static let shared = ReadlineCallbackState()

    private let lock = NSLock()
    private var storedCatalog = CompletionCatalog.empty
    private var storedResult: LineInput?

    /// The catalog Tab completes from.
    var catalog: CompletionCatalog {
        get { lock.withLock { storedCatalog } }
        set { lock.withLock { storedCatalog = newValue } }
    }

    /// What the line handler received, if it ran.
    var result: LineInput? {
        get { lock.withLock { storedResult } }
        set { lock.withLock { storedResult = newValue } }
    }
}

/// The C callbacks handed to readline.
enum ReadlineCallbacks {
    /// Shows `prompt` and starts feeding keys to readline's callback
    /// interface; `handleLine` runs when the line is complete.
    static func installLineHandler(prompt: String) {
        ReadlineCallbackState.shared.result = nil
        rl_callback_handler_install(prompt) { line in
            ReadlineCallbacks.handleLine(line)
        }
    }

    /// Makes Tab complete through `complete(lineBeforeCursorLength:)`.
    static func registerCompletion() {
        callsim_rl_set_attempted_completion_function { _, _, end in
            ReadlineCallbacks.complete(lineBeforeCursorLength: end)
        }
    }

    /// Called by `rl_callback_read_char` when a line is complete (or with
    /// NULL at end of input). Removing the handler here stops readline from
    /// showing the prompt again at once, and restores the terminal.
    static func handleLine(_ line: UnsafeMutablePointer<CChar>?) {
        rl_callback_handler_remove()
        guard let line else {
            callsim_rl_finish_line()
            ReadlineCallbackState.shared.result = .endOfInput
            return
        }
        let text = String(cString: line)  // repairs invalid UTF-8 with U+FFFD
        free(line)
        ReadlineCallbackState.shared.result = .line(cleaned(text))
    }

    /// Readline's attempted-completion function: completes the word before
    /// the cursor from the shared catalog, never falling back to file names.
    static func complete(lineBeforeCursorLength end: Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        callsim_rl_set_attempted_completion_over(1)
        guard let buffer = callsim_rl_line_buffer(), end >= 0 else { return nil }
        let bytes = UnsafeRawBufferPointer(start: buffer, count: Int(end))
        let lineBeforeCursor = String(decoding: bytes, as: UTF8.self)
        let candidates = ReadlineCallbackState.shared.catalog.completions(for: lineBeforeCursor)
        return matchArray(candidates)
    }

    /// A typed or pasted line as the caller should see it: pasted line
    /// breaks become spaces, control characters are removed.
    static func cleaned(_ text: String) -> String {
        let flattened = text.replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ")
        return TerminalText.sanitize(flattened)
    }

    /// Readline's match list: `malloc`ed, NULL-terminated, element 0 the
    /// text to substitute (the longest common prefix), then the candidates.
    /// Readline frees it. Nil when there is nothing to offer.
    static func matchArray(_ candidates: [String]) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        guard !candidates.isEmpty else { return nil }
        let substitution = candidates.count == 1 ? candidates[0] : longestCommonPrefix(candidates)
        let entries = candidates.count == 1 ? [substitution] : [substitution] + candidates
        let size = MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (entries.count + 1)
        guard let raw = malloc(size) else { return nil }
        let matches = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: entries.count + 1)
        for (index, entry) in entries.enumerated() {
            matches[index] = strdup(entry)
        }
        matches[entries.count] = nil
        return matches
    }

    /// The longest prefix, in whole Unicode scalars, shared by all `words`.
    static func longestCommonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map({ Array($0.unicodeScalars) }) else { return "" }
        for word in words.dropFirst() {
            var length = 0
            for (a, b) in zip(prefix, word.unicodeScalars) {
                guard a == b else { break }
                length += 1
            }
            prefix = Array(prefix.prefix(length))
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: prefix)
        return String(result)
    }
}
