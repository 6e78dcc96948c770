import Foundation

/// The JSONL form of transcripts (CONTRACTS.md §3): one object a line,
/// `{"speaker": "agent"|"customer", "text": "...", "at": seconds, "tags": [...]}`, with an
/// optional first object `{"header": {"language": "en", ...}}`.
public enum TranscriptJSONLFormat {
    /// Reads the JSONL form; every malformed line is reported.
    public static func parse(_ text: String) -> (Transcript?, [TranscriptError]) {
        var transcript = Transcript()
        var errors: [TranscriptError] = []
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
                errors.append(TranscriptError(line: lineNumber, message: "not a JSON object; each line is {\"speaker\": ..., \"text\": ...}"))
                continue
            }
            if let header = object["header"] {
                guard transcript.lines.isEmpty, let values = header as? [String: Any] else {
                    errors.append(TranscriptError(line: lineNumber, message: "the header object must come first and map keys to strings"))
                    continue
                }
                for (key, value) in values {
                    if let string = value as? String { transcript.header[key.lowercased()] = string }
                }
                continue
            }
            switch turn(object, number: lineNumber) {
            case .success(let turn): transcript.lines.append(turn)
            case .failure(let error): errors.append(error)
            }
        }
        if errors.isEmpty, transcript.lines.isEmpty {
            errors.append(TranscriptError(line: max(1, lineNumber), message: "the transcript has no turns"))
        }
        return errors.isEmpty ? (transcript, []) : (nil, errors)
    }

    private static func turn(_ object: [String: Any], number: Int) -> Result<TranscriptLine, TranscriptError> {
        guard let speakerName = object["speaker"] as? String, let speaker = Speaker(rawValue: speakerName.lowercased()) else {
            return .failure(TranscriptError(line: number, message: "\"speaker\" must be \"agent\" or \"customer\""))
        }
        guard let text = (object["text"] as? String)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
            return .failure(TranscriptError(line: number, message: "\"text\" must be a non-empty string"))
        }
        var at: Double?
        if let value = object["at"] {
            guard let seconds = (value as? NSNumber)?.doubleValue, seconds >= 0, !(value is Bool) else {
                return .failure(TranscriptError(line: number, message: "\"at\" must be a number of seconds"))
            }
            at = seconds
        }
        var tags: [String]?
        if let value = object["tags"] {
            guard let list = value as? [String] else {
                return .failure(TranscriptError(line: number, message: "\"tags\" must be a list of strings"))
            }
            if speaker == .agent, !list.isEmpty {
                return .failure(TranscriptError(line: number, message: "tags belong to customer lines only"))
            }
            let expanded = TranscriptTags.expand(list.map { $0.lowercased() })
            if let bad = expanded.first(where: { !TranscriptTags.isValid($0) }) {
                return .failure(TranscriptError(line: number, message: "unknown tag `\(bad)`; tags are \(TranscriptTags.summary)"))
            }
            tags = speaker == .customer ? expanded : nil
        }
        return .success(TranscriptLine(speaker: speaker, text: text, at: at, tags: tags, sourceLine: number))
    }
}
