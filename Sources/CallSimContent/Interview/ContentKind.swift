import Foundation

/// The `kind:` a YAML file declares at its top level, read without parsing the whole file,
/// so the scenario walker can leave interview question banks to their own loader.
enum ContentKind {
    /// The kind of an interview question bank.
    static let interview = "interview"
    /// The kind of a flashcard deck.
    static let deck = "deck"
    /// How much of a file is searched for its `kind:` line.
    static let headBytes = 65_536

    /// The value of the first top-level `key:` line of `text` (`kind` unless told), without
    /// quotes or a comment; nil when there is none.
    static func declared(in text: Substring, key: String = "kind") -> String? {
        let prefix = key + ":"
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            guard line.hasPrefix(prefix) else { continue }
            var value = line.dropFirst(prefix.count)
            if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
            let trimmed = value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'\r"))
            return trimmed
        }
        return nil
    }

    /// The top-level value of `key` (`kind` unless told) in the file at `path`; nil when the
    /// file declares none or cannot be read.
    static func declared(atPath path: String, key: String = "kind") -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: headBytes) else { return nil }
        return declared(in: Substring(String(decoding: data, as: UTF8.self)), key: key)
    }

    /// True for a file under `scenarios/` that is an interview question bank, not a call scenario.
    static func isQuestionBank(_ path: String) -> Bool {
        declared(atPath: path) == interview
    }
}
