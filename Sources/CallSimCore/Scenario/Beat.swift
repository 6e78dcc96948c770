/// A line the customer may say, with its tags and the moods it fits.
public struct CustomerLine: Sendable, Hashable {
    /// The words, with `{agent}`, `{company}` and fact placeholders such as `{account-number}`.
    public var text: String
    /// Transcript tags: `upset`, `calm`, `off-topic`, `gives:FACT`.
    public var tags: [String]
    /// Said only when the mood is at least this.
    public var moodAtLeast: Double?
    /// Said only when the mood is below this.
    public var moodBelow: Double?
    /// Where the line is written.
    public var location: SourceLocation?

    /// Creates a line.
    public init(text: String, tags: [String] = [], moodAtLeast: Double? = nil, moodBelow: Double? = nil, location: SourceLocation? = nil) {
        self.text = text
        self.tags = tags
        self.moodAtLeast = moodAtLeast
        self.moodBelow = moodBelow
        self.location = location
    }

    /// True when this line may be said at `mood`.
    public func fits(mood: Double) -> Bool {
        if let low = moodAtLeast, mood < low { return false }
        if let high = moodBelow, mood >= high { return false }
        return true
    }
}

/// How a call ends when a trigger or beat ends it.
public enum BeatEnd: String, Sendable, Hashable, CaseIterable {
    /// The customer is satisfied: the resolving end.
    case resolved
    /// The customer gives up or hangs up: a failing end.
    case hangUp = "hang-up"
}

/// What happens when the agent does something the beat is waiting for.
public struct Trigger: Sendable, Hashable {
    /// When it fires.
    public var when: Condition
    /// What the customer says back (one is chosen); when empty, the target beat's lines are said.
    public var reply: [CustomerLine] = []
    /// The beat the call moves to.
    public var goto: String?
    /// Variables set when it fires.
    public var set: [String: String] = [:]
    /// How the customer's mood moves when it fires (negative calms).
    public var mood: Double?
    /// Fires at most once in a call.
    public var once: Bool = false
    /// Ends the call when it fires.
    public var end: BeatEnd?
    /// Where the trigger is written.
    public var location: SourceLocation?

    /// Creates a trigger.
    public init(when: Condition) { self.when = when }
}

/// A moment of the call: what the customer says on arrival, and what moves the call on.
public struct Beat: Sendable, Hashable {
    /// Unique within the scenario.
    public var id: String
    /// What the customer says when the call reaches this beat (one is chosen).
    public var say: [CustomerLine]
    /// Triggers tried in order after each agent turn; the first that holds fires.
    public var triggers: [Trigger]
    /// What the customer says when the agent's turn fires nothing.
    public var fallback: [CustomerLine]
    /// Reaching this beat ends the call this way.
    public var end: BeatEnd?
    /// A coach-mode hint for this moment.
    public var hint: String?
    /// Where the beat is written.
    public var location: SourceLocation?

    /// Creates a beat.
    public init(id: String, say: [CustomerLine] = [], triggers: [Trigger] = [], fallback: [CustomerLine] = [], end: BeatEnd? = nil, hint: String? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.say = say
        self.triggers = triggers
        self.fallback = fallback
        self.end = end
        self.hint = hint
        self.location = location
    }
}
