/// Who said a line.
public enum Speaker: String, Sendable, Codable, Hashable {
    case agent, customer
}

/// The stage of a call a turn belongs to.
public enum CallPhase: String, Sendable, Codable, Hashable, CaseIterable {
    case opening, body, closing
    case wrapUp = "wrap-up"
}

/// One line of a call as recorded: who said it, when, what was found in it, and the mood after it.
public struct CallTurn: Sendable, Hashable {
    /// 0-based position in the call.
    public var index: Int
    public var speaker: Speaker
    /// The text as typed or said (commands as typed, e.g. `/hold 30 checking`).
    public var text: String
    /// Seconds from the start of the call when the line began.
    public var at: Double
    /// Seconds the line took (talk, typing or hold).
    public var duration: Double
    /// The command, for agent lines that are commands.
    public var command: InCallCommand?
    /// Transcript tags of customer lines.
    public var tags: [String]
    /// Phrases found in the line.
    public var matches: [PhraseMatch]
    /// The customer's mood after this line, 0 to 10.
    public var moodAfter: Double
    /// The stage of the call.
    public var phase: CallPhase
    /// The original words for each match, in the order of `matches`.
    public var evidence: [String]

    /// Creates a turn.
    public init(
        index: Int, speaker: Speaker, text: String, at: Double, duration: Double,
        command: InCallCommand? = nil, tags: [String] = [], matches: [PhraseMatch] = [],
        evidence: [String] = [], moodAfter: Double, phase: CallPhase
    ) {
        self.index = index
        self.speaker = speaker
        self.text = text
        self.at = at
        self.duration = duration
        self.command = command
        self.tags = tags
        self.matches = matches
        self.evidence = evidence
        self.moodAfter = moodAfter
        self.phase = phase
    }

    /// True when a phrase of `category` was found in this turn.
    public func has(_ category: String) -> Bool { matches.contains { $0.category == category } }

    /// True when a phrase of any of `categories` was found in this turn.
    public func hasAny(_ categories: Set<String>) -> Bool { matches.contains { categories.contains($0.category) } }

    /// The trainee's words for the first phrase of any of `categories`.
    public func evidence(for categories: Set<String>) -> String? {
        guard let index = matches.firstIndex(where: { categories.contains($0.category) }) else { return nil }
        return index < evidence.count ? evidence[index] : nil
    }

    /// True for a spoken or typed line, as opposed to a command.
    public var isUtterance: Bool { command == nil }

    /// The identity details a customer line gives (`gives:FACT` tags).
    public var givenFacts: [String] {
        tags.compactMap { tag in tag.hasPrefix("gives:") ? String(tag.dropFirst(6)) : nil }
    }

    /// The phrase categories found, without repeats, in order of first appearance.
    public var categories: [String] {
        var seen = Set<String>()
        return matches.compactMap { seen.insert($0.category).inserted ? $0.category : nil }
    }
}
