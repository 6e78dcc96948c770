import CallSimCore

/// One recorded line of a call, as read back from the database.
public struct StoredTurn: Sendable, Hashable {
    /// 0-based position in the call.
    public var position: Int
    /// Who said it.
    public var speaker: Speaker
    /// The text as typed or said, commands included.
    public var text: String
    /// Seconds from the start of the call.
    public var at: Double
    /// Seconds the line took.
    public var duration: Double
    /// Transcript tags (`upset`, `gives:email`, ...).
    public var tags: [String]
    /// Phrase categories found, in order of first appearance.
    public var categories: [String]
    /// The customer's mood after the line, 0 to 10.
    public var moodAfter: Double
    /// The stage of the call.
    public var phase: CallPhase

    /// Creates a stored turn.
    public init(
        position: Int, speaker: Speaker, text: String, at: Double, duration: Double, tags: [String],
        categories: [String], moodAfter: Double, phase: CallPhase
    ) {
        self.position = position
        self.speaker = speaker
        self.text = text
        self.at = at
        self.duration = duration
        self.tags = tags
        self.categories = categories
        self.moodAfter = moodAfter
        self.phase = phase
    }
}
