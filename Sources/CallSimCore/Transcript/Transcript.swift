/// One line of a transcript (CONTRACTS.md §3).
public struct TranscriptLine: Sendable, Hashable {
    public var speaker: Speaker
    /// The words, or an in-call command as typed (`/hold 30 checking`).
    public var text: String
    /// Seconds from the start of the call, when recorded.
    public var at: Double?
    /// Customer tags, when given: `upset`, `calm`, `off-topic`, `gives:FACT`.
    public var tags: [String]?
    /// The 1-based line of the file it came from.
    public var sourceLine: Int

    /// Creates a line.
    public init(speaker: Speaker, text: String, at: Double? = nil, tags: [String]? = nil, sourceLine: Int = 0) {
        self.speaker = speaker
        self.text = text
        self.at = at
        self.tags = tags
        self.sourceLine = sourceLine
    }
}

/// A recorded call: header values and lines.
public struct Transcript: Sendable, Hashable {
    /// Header keys in CONTRACTS.md §3: scenario, language, direction, channel, company, agent, customer, persona.
    public static let headerKeys = ["scenario", "language", "direction", "channel", "company", "agent", "customer", "persona"]

    /// `@key: value` headers.
    public var header: [String: String]
    public var lines: [TranscriptLine]

    /// Creates a transcript.
    public init(header: [String: String] = [:], lines: [TranscriptLine] = []) {
        self.header = header
        self.lines = lines
    }

    /// A transcript of recorded turns, in the text form's model; timestamps only when `timed`.
    public init(turns: [CallTurn], header: [String: String], timed: Bool) {
        self.header = header
        self.lines = turns.map { turn in
            TranscriptLine(
                speaker: turn.speaker, text: turn.text, at: timed ? turn.at : nil,
                tags: turn.speaker == .customer ? turn.tags : nil)
        }
    }
}
