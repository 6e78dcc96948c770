/// A problem in a transcript file: `file:line: error: message`.
public struct TranscriptError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line.
    public var line: Int
    public var message: String

    /// Creates an error.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

/// The text form of transcripts (CONTRACTS.md §3): header lines `@key: value`, then one
/// line per turn, `[mm:ss] speaker {tags}: text`, with `#` comments.
public enum TranscriptTextFormat {
    /// Writes a transcript in the text form.
    public static func write(_ transcript: Transcript) -> String {
        var out = ""
        for key in Transcript.headerKeys {
            if let value = transcript.header[key], !value.isEmpty { out += "@\(key): \(value.singleLine)\n" }
        }
        for key in transcript.header.keys.sorted() where !Transcript.headerKeys.contains(key) {
            if let value = transcript.header[key] { out += "@\(key): \(value.singleLine)\n" }
        }
        for line in transcript.lines {
            if let at = line.at { out += "[\(timestamp(at))] " }
            out += line.speaker.rawValue
            // Empty braces say "no tags", so the grader infers none and re-grades to the same score.
            if let tags = line.tags { out += " {\(tags.joined(separator: ","))}" }
            out += ": \(line.text.singleLine)\n"
        }
        return out
    }

    /// `mm:ss`, or `hh:mm:ss` past an hour.
    public static func timestamp(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.down))
        let (hours, minutes, secs) = (total / 3600, (total % 3600) / 60, total % 60)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return hours > 0 ? "\(two(hours)):\(two(minutes)):\(two(secs))" : "\(two(minutes)):\(two(secs))"
    }

    /// Reads the text form. Every malformed line is reported; the transcript is returned only without errors.
    public static func parse(_ text: String) -> (Transcript?, [TranscriptError]) {
        var transcript = Transcript()
        var errors: [TranscriptError] = []
        var lineNumber = 0
        var seenTurn = false
        var source = text
        source.withUTF8 { utf8 in
            // Lines end at "\n" bytes: a line feed is always a character of its own (or the end
            // of "\r\n", which is one), so these are the lines `split` gives on both forms.
            var start = 0
            while start <= utf8.count {
                let newline = UnsafeBufferPointer(rebasing: utf8[start...]).firstIndex(of: 0x0A).map { $0 + start }
                let end = newline.map { $0 > start && utf8[$0 - 1] == 0x0D ? $0 - 1 : $0 } ?? utf8.count
                lineNumber += 1
                if let turn = TranscriptLineScanner.turn(in: utf8, line: start..<end, number: lineNumber) {
                    // A well-formed turn, read from the bytes alone.
                    seenTurn = true
                    transcript.lines.append(turn)
                } else {
                    let lower = text.utf8.index(text.utf8.startIndex, offsetBy: start)
                    let upper = text.utf8.index(text.utf8.startIndex, offsetBy: end)
                    read(text[lower..<upper], number: lineNumber, into: &transcript, errors: &errors, seenTurn: &seenTurn)
                }
                start = (newline ?? utf8.count) + 1
            }
        }
        if errors.isEmpty, transcript.lines.isEmpty {
            errors.append(TranscriptError(line: max(1, lineNumber), message: "the transcript has no turns; write lines such as `agent: Hello`"))
        }
        return errors.isEmpty ? (transcript, []) : (nil, errors)
    }

    /// Reads one line by its characters: a header, comment or blank line, a turn, or an error.
    private static func read(
        _ rawLine: Substring, number lineNumber: Int, into transcript: inout Transcript, errors: inout [TranscriptError], seenTurn: inout Bool
    ) {
        var line = rawLine
        if line.hasSuffix("\r") { line = line.dropLast() }
        let trimmed = line.trimmingLeadingSpaces()
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return }
        if trimmed.hasPrefix("@") {
            guard !seenTurn else {
                errors.append(TranscriptError(line: lineNumber, message: "header line after the first turn; move `\(trimmed.prefix(20))` to the top"))
                return
            }
            guard let colon = trimmed.firstIndex(of: ":") else {
                errors.append(TranscriptError(line: lineNumber, message: "a header line is `@key: value`"))
                return
            }
            let key = trimmed[trimmed.index(after: trimmed.startIndex)..<colon].lowercased()
            let value = String(trimmed[trimmed.index(after: colon)...]).trimmingSpaces()
            transcript.header[key] = value
            return
        }
        seenTurn = true
        switch parseTurn(trimmed, line: lineNumber) {
        case .success(let turn): transcript.lines.append(turn)
        case .failure(let error): errors.append(error)
        }
    }

    static func parseTurn(_ text: Substring, line: Int) -> Result<TranscriptLine, TranscriptError> {
        var rest = text
        var at: Double?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else {
                return .failure(TranscriptError(line: line, message: "timestamp is not closed; write it as [mm:ss]"))
            }
            let stamp = rest[rest.index(after: rest.startIndex)..<close]
            guard let seconds = parseTimestamp(stamp) else {
                return .failure(TranscriptError(line: line, message: "bad timestamp [\(stamp)]; write [mm:ss] or [hh:mm:ss]"))
            }
            at = seconds
            rest = rest[rest.index(after: close)...].trimmingLeadingSpaces()
        }
        // The speaker ends at the first colon after any tags: `gives:FACT` tags hold colons of their own.
        let afterTags = rest.firstIndex(of: "}").map { rest.index(after: $0) } ?? rest.startIndex
        guard let colon = rest[afterTags...].firstIndex(of: ":") else {
            return .failure(TranscriptError(line: line, message: "expected `agent: ...` or `customer: ...`"))
        }
        var head = rest[..<colon].trimmingSpaces()
        var tags: [String]?
        if let open = head.firstIndex(of: "{") {
            guard head.hasSuffix("}") else {
                return .failure(TranscriptError(line: line, message: "tags are written in braces after the speaker, e.g. customer {upset}:"))
            }
            let inside = head[head.index(after: open)..<head.index(before: head.endIndex)]
            tags = TranscriptTags.expand(inside.split(separator: ",").map { String($0).trimmingSpaces().lowercased() }.filter { !$0.isEmpty })
            head = String(head[..<open]).trimmingSpaces()
        }
        guard let speaker = Speaker(rawValue: head.lowercased()) else {
            return .failure(TranscriptError(line: line, message: "unknown speaker `\(head.prefix(30))`; use `agent` or `customer`"))
        }
        if speaker == .agent, tags != nil {
            return .failure(TranscriptError(line: line, message: "tags belong to customer lines only"))
        }
        if let tags, let bad = tags.first(where: { !TranscriptTags.isValid($0) }) {
            return .failure(TranscriptError(line: line, message: "unknown tag `\(bad)`; tags are \(TranscriptTags.summary)"))
        }
        let body = String(rest[rest.index(after: colon)...]).trimmingSpaces()
        guard !body.isEmpty else {
            return .failure(TranscriptError(line: line, message: "the \(speaker.rawValue) line is empty"))
        }
        return .success(TranscriptLine(speaker: speaker, text: body, at: at, tags: tags, sourceLine: line))
    }

    /// Reads `mm:ss` or `hh:mm:ss` into seconds.
    public static func parseTimestamp<S: StringProtocol>(_ text: S) -> Double? {
        let parts = text.split(separator: ":")
        guard (2...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }) else { return nil }
        var total = 0.0
        for (index, part) in parts.enumerated() {
            guard let value = Double(part), value >= 0 else { return nil }
            if index > 0, value >= 60 { return nil }
            total = total * 60 + value
        }
        return total
    }
}

/// The customer tags of CONTRACTS.md §3.
public enum TranscriptTags {
    /// Plain tags.
    public static let plain: Set<String> = ["upset", "calm", "off-topic"]

    /// True for `upset`, `calm`, `off-topic` and `gives:FACT` with a known fact.
    public static func isValid(_ tag: String) -> Bool {
        if plain.contains(tag) { return true }
        guard tag.hasPrefix("gives:") else { return false }
        return IdentityFact(rawValue: String(tag.dropFirst(6))) != nil
    }

    /// Tags as written, with a bare fact after a `gives:` tag read as another `gives:`
    /// (`{gives:account-number,date-of-birth}`, as in CONTRACTS.md §3).
    public static func expand(_ tags: [String]) -> [String] {
        var result: [String] = []
        var inGives = false
        for tag in tags {
            if tag.hasPrefix("gives:") {
                inGives = true
                result.append(tag)
            } else if inGives, IdentityFact(rawValue: tag) != nil {
                result.append("gives:\(tag)")
            } else {
                inGives = false
                result.append(tag)
            }
        }
        return result
    }

    /// The allowed tags, for messages.
    public static var summary: String {
        "upset, calm, off-topic and gives:FACT with FACT one of " + IdentityFact.allCases.map(\.rawValue).joined(separator: ", ")
    }
}

extension StringProtocol {
    func trimmingLeadingSpaces() -> Substring {
        let view = Substring(self)
        guard let first = view.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return view[view.endIndex...] }
        return view[first...]
    }
}

extension Substring {
    func trimmingSpaces() -> String { String(self).trimmingSpaces() }
}

extension String {
    /// The text on one line: newlines become spaces.
    var singleLine: String {
        guard contains(where: { $0.isNewline }) else { return self }
        return split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
