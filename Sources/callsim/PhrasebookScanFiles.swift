import Foundation

/// Reads a text file a chunk at a time and hands over its lines as UTF-8 bytes, so a file of
/// any size is scanned in bounded memory (a line longer than `maximumLine` is skipped).
struct LineFile {
    /// The most bytes read at once.
    static let chunk = 1 << 20
    /// The longest line scanned; longer ones are skipped with a warning.
    static let maximumLine = 16 << 20

    /// Why a file could not be scanned.
    struct Problem: Error {
        var message: String
    }

    /// What reading found besides the lines.
    struct Summary {
        var lines = 0
        var bytes = 0
        var skippedLines: [Int] = []
    }

    /// Calls `body` with each line's number (1-based) and bytes, without the line break.
    static func forEachLine(
        path: String, _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void
    ) throws(Problem) -> Summary {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw Problem(message: "no such file") }
        guard !isDirectory.boolValue else { throw Problem(message: "is a folder; name the text files in it") }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Problem(message: "cannot be read (permission denied?)") }
        defer { try? handle.close() }
        var summary = Summary()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(chunk * 2)
        var skipping = false
        var first = true
        while true {
            let data: Data
            do {
                data = try handle.read(upToCount: chunk) ?? Data()
            } catch {
                throw Problem(message: "cannot be read: \(error.localizedDescription)")
            }
            let atEnd = data.isEmpty
            if first, !atEnd {
                first = false
                if data.prefix(4096).contains(0) { throw Problem(message: "binary data, not text") }
            }
            buffer.append(contentsOf: data)
            var consumed = 0
            buffer.withUnsafeBufferPointer { bytes in
                var start = 0
                while let newline = bytes[start...].firstIndex(of: 0x0A) {
                    summary.lines += 1
                    if skipping {
                        skipping = false
                        summary.skippedLines.append(summary.lines)
                    } else {
                        var end = newline
                        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                        summary.bytes += end - start
                        body(summary.lines, UnsafeBufferPointer(rebasing: bytes[start..<end]))
                    }
                    start = newline + 1
                }
                consumed = start
                if atEnd, start < bytes.count {
                    summary.lines += 1
                    if skipping {
                        summary.skippedLines.append(summary.lines)
                    } else {
                        summary.bytes += bytes.count - start
                        body(summary.lines, UnsafeBufferPointer(rebasing: bytes[start...]))
                    }
                    consumed = bytes.count
                }
            }
            buffer.removeSubrange(0..<consumed)
            if buffer.count > maximumLine {
                skipping = true
                buffer.removeAll(keepingCapacity: true)
            }
            if atEnd { return summary }
        }
    }
}

/// Standard output, buffered: `scan` may print a line per match of a large file.
struct ByteOutput {
    private var buffer: [UInt8] = []

    mutating func append(_ text: String) { buffer.append(contentsOf: text.utf8) }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { buffer.append(contentsOf: bytes) }

    /// Appends `text` as a JSON string literal, quotes included.
    mutating func appendJSONString<Bytes: Sequence<UInt8>>(_ text: Bytes) {
        buffer.append(0x22)
        for byte in text {
            switch byte {
            case 0x22: buffer.append(contentsOf: [0x5C, 0x22])
            case 0x5C: buffer.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: buffer.append(contentsOf: [0x5C, 0x6E])
            case 0x09: buffer.append(contentsOf: [0x5C, 0x74])
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                buffer.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: buffer.append(byte)
            }
        }
        buffer.append(0x22)
    }

    /// Writes out what is buffered once it is large.
    mutating func flushIfLarge() {
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
