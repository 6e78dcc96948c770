#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor that is not a terminal (a pipe or a
/// file), for scripted and automated runs.
///
/// Deterministic by construction: no prompt is printed, no history is kept,
/// no completion is offered, and the result depends only on the bytes read.
/// Lines end at `\n`; one trailing `\r` is removed. Invalid UTF-8 becomes
/// U+FFFD and control characters are removed (`TerminalText.sanitize`). A
/// line longer than `maximumLineBytes` is cut at that many bytes (at a UTF-8
/// character boundary), the rest of that physical line is discarded without
/// being stored, and a warning is recorded. At end of input, a final line
/// without a newline is returned first, then `.endOfInput` on every read.
public final class PlainLineReader: LineReading {
    /// The default cap on one line: 1 MiB.
    public static let defaultMaximumLineBytes = 1_048_576

    /// The longest line returned, in bytes.
    public let maximumLineBytes: Int
    /// Every warning recorded so far, oldest first.
    public private(set) var warnings: [String] = []

    private let fileDescriptor: Int32
    private let chunkSize = 65_536
    private var buffer: [UInt8] = []
    private var start = 0          // first unconsumed byte in `buffer`
    private var scanned = 0        // bytes from `start` known to hold no newline
    private var discarding = false // skipping the rest of a cut line
    private var reachedEnd = false
    private var lineNumber = 0
    private var warningsTaken = 0

    /// A reader of `fileDescriptor` (standard input by default), which it
    /// does not close. `maximumLineBytes` is clamped to at least 1.
    public init(fileDescriptor: Int32 = STDIN_FILENO, maximumLineBytes: Int = PlainLineReader.defaultMaximumLineBytes) {
        self.fileDescriptor = fileDescriptor
        self.maximumLineBytes = max(1, maximumLineBytes)
    }

    /// Reads the next line. `prompt` is ignored: nothing is printed.
    public func read(prompt: String) -> LineInput {
        while true {
            if discarding {
                if let newline = firstNewline() {
                    consume(upTo: newline + 1)
                    discarding = false
                } else {
                    consume(upTo: buffer.count)
                    if reachedEnd { return .endOfInput }
                    fill()
                }
                continue
            }
            if let newline = firstNewline() {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                if end - start > maximumLineBytes { return cutLine() }
                let line = decode(start, end)
                consume(upTo: newline + 1)
                lineNumber += 1
                return .line(line)
            }
            if buffer.count - start > maximumLineBytes + 1 {
                return cutLine()
            }
            if reachedEnd {
                guard start < buffer.count else { return .endOfInput }
                var end = buffer.count
                if buffer[end - 1] == 0x0D { end -= 1 }
                if end - start > maximumLineBytes { return cutLine() }
                let line = decode(start, end)
                consume(upTo: buffer.count)
                lineNumber += 1
                return .line(line)
            }
            fill()
        }
    }

    /// Returns the first `maximumLineBytes` of the current line (fewer if
    /// that would split a character) and starts discarding the rest.
    private func cutLine() -> LineInput {
        let end = Self.characterBoundary(in: buffer, from: start, before: start + maximumLineBytes)
        let line = decode(start, end)
        let kept = end - start
        consume(upTo: start + maximumLineBytes)
        discarding = true
        lineNumber += 1
        warnings.append(
            "Line \(lineNumber) is longer than \(maximumLineBytes) bytes: only its first \(kept) bytes were read, the rest was discarded."
        )
        return .line(line)
    }

    /// Does nothing: a plain reader keeps no history.
    public func remember(_ line: String) {}

    /// Returns the warnings recorded since the last call.
    public func takeWarnings() -> [String] {
        let fresh = Array(warnings[warningsTaken...])
        warningsTaken = warnings.count
        return fresh
    }

    // MARK: - Buffer

    private func firstNewline() -> Int? {
        var index = start + scanned
        while index < buffer.count {
            if buffer[index] == 0x0A { return index }
            index += 1
        }
        scanned = buffer.count - start
        return nil
    }

    private func consume(upTo index: Int) {
        start = index
        scanned = 0
        if start >= buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        } else if start > chunkSize, start * 2 > buffer.count {
            buffer.removeSubrange(0..<start)
            start = 0
        }
    }

    private func decode(_ from: Int, _ to: Int) -> String {
        TerminalText.sanitize(String(decoding: buffer[from..<to], as: UTF8.self))
    }

    /// Appends up to one chunk from the descriptor, or sets `reachedEnd`.
    private func fill() {
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let descriptor = fileDescriptor
            let count = chunk.withUnsafeMutableBytes { bytes in
                systemRead(descriptor, bytes.baseAddress, bytes.count)
            }
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
                return
            }
            if count == 0 {
                reachedEnd = true
                return
            }
            switch errno {
            case EINTR:
                continue
            case EAGAIN, EWOULDBLOCK:
                var descriptor = pollfd(fd: fileDescriptor, events: Int16(POLLIN), revents: 0)
                _ = poll(&descriptor, 1, -1)
            default:
                warnings.append("Reading input failed: \(String(cString: strerror(errno))).")
                reachedEnd = true
                return
            }
        }
    }

    /// The largest index ≤ `limit` that does not split a UTF-8 sequence
    /// starting at or after `from`.
    static func characterBoundary(in bytes: [UInt8], from: Int, before limit: Int) -> Int {
        guard limit < bytes.count, limit > from else { return limit }
        // Walk back over continuation bytes (10xxxxxx) to the lead byte.
        var lead = limit
        var steps = 0
        while lead > from, steps < 4, bytes[lead] & 0xC0 == 0x80 {
            lead -= 1
            steps += 1
        }
        guard steps > 0 else { return limit }
        let needed: Int
        switch bytes[lead] {
        case 0xC0...0xDF: needed = 2
        case 0xE0...0xEF: needed = 3
        case 0xF0...0xF7: needed = 4
        default: return limit
        }
        return limit - lead < needed ? lead : limit
    }
}

/// `read(2)`, named apart from `LineReading.read(prompt:)`.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
