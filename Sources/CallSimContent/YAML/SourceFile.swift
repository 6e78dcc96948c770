import CallSimCore
import Foundation

/// Reads a file people write, refusing ones that are missing, too large or not UTF-8.
enum SourceFile {
    /// A file's bytes and its text.
    struct Contents {
        /// The bytes as stored, for hashing.
        var bytes: [UInt8]
        /// The text, without a leading byte-order mark.
        var text: String
    }

    /// Reads and decodes the file at `path`, or explains why it cannot.
    static func read(path: String) -> Result<Contents, DiagnosticError> {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
            return .failure(DiagnosticError(.error("Y004", "cannot read the file: it does not exist", at: .whole(path))))
        }
        if isFolder.boolValue {
            return .failure(DiagnosticError(.error("Y004", "cannot read the file: it is a folder", at: .whole(path))))
        }
        if let size = (try? manager.attributesOfItem(atPath: path))?[.size] as? NSNumber,
           size.intValue > SourceLimits.maxFileBytes {
            return .failure(DiagnosticError(tooLarge(bytes: size.intValue, path: path)))
        }
        guard manager.isReadableFile(atPath: path), let data = manager.contents(atPath: path) else {
            return .failure(DiagnosticError(.error("Y004", "cannot read the file: permission denied", at: .whole(path))))
        }
        let bytes = [UInt8](data)
        return decode(bytes, path: path).map { Contents(bytes: bytes, text: $0) }
    }

    /// Decodes `bytes` as UTF-8, or locates the first byte that is not.
    static func decode(_ bytes: [UInt8], path: String) -> Result<String, DiagnosticError> {
        if bytes.count > SourceLimits.maxFileBytes {
            return .failure(DiagnosticError(tooLarge(bytes: bytes.count, path: path)))
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return .success(withoutByteOrderMark(text))
        }
        return .failure(DiagnosticError(notUTF8(bytes, path: path)))
    }

    /// Checks text that did not come from a file for size.
    static func check(text: String, path: String) -> DiagnosticError? {
        let count = text.utf8.count
        return count > SourceLimits.maxFileBytes ? DiagnosticError(tooLarge(bytes: count, path: path)) : nil
    }

    static func withoutByteOrderMark(_ text: String) -> String {
        text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    }

    private static func tooLarge(bytes: Int, path: String) -> Diagnostic {
        let megabytes = (Double(bytes) / 1_048_576 * 10).rounded(.up) / 10
        return .error(
            "Y005",
            "the file is \(NumberRange.format(megabytes)) MB; files over \(SourceLimits.maxFileBytes / 1_048_576) MB are not read",
            at: .whole(path))
    }

    private static func notUTF8(_ bytes: [UInt8], path: String) -> Diagnostic {
        var line = 1
        var column = 1
        var offset = 0
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 && encoded.first == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if !(line == 1 && column == 1 && encoded.elementsEqual([0xEF, 0xBB, 0xBF])) {
                    column += 1
                }
                offset += encoded.count
            case .emptyInput, .error:
                break loop
            }
        }
        let byte = offset < bytes.count ? bytes[offset] : 0
        let hex = String(byte, radix: 16, uppercase: true)
        return .error(
            "Y002",
            "the file is not UTF-8 text (byte 0x\(hex.count < 2 ? "0" + hex : hex) cannot start or continue a character here); save it as UTF-8",
            at: SourceLocation(path: path, line: line, column: column))
    }
}
