/// A test on the state of a call, written in scenarios as a mapping whose keys must all hold.
///
/// ```yaml
/// when: { said: [empathy, apology], verified: true }
/// ```
public struct Condition: Sendable, Hashable {
    /// The agent's line contains a phrase of any of these categories.
    public var said: [String] = []
    /// The agent used this in-call command (`hold`, `resume`, `transfer`, `escalate`, `end`, `notes`).
    public var command: String?
    /// The agent took this `/action`.
    public var action: String?
    /// The agent transferred to this target.
    public var transfer: String?
    /// The customer's identity is (or is not) verified.
    public var verified: Bool?
    /// The customer has given all of these identity details.
    public var given: [String] = []
    /// Variables equal these values.
    public var variables: [String: String] = [:]
    /// The customer's mood is at least this.
    public var moodAtLeast: Double?
    /// The customer's mood is below this.
    public var moodBelow: Double?
    /// The call has reached this beat.
    public var beat: String?
    /// At least one of these conditions holds (in addition to the keys above).
    public var any: [Condition] = []
    /// Where the condition is written.
    public var location: SourceLocation?

    /// Creates a condition; an empty condition always holds.
    public init() {}

    /// True when nothing is tested.
    public var isEmpty: Bool {
        said.isEmpty && command == nil && action == nil && transfer == nil && verified == nil
            && given.isEmpty && variables.isEmpty && moodAtLeast == nil && moodBelow == nil
            && beat == nil && any.isEmpty
    }

    /// True when the condition reacts to something the agent just did (a line, a command, an action).
    public var needsAgentInput: Bool {
        !said.isEmpty || command != nil || action != nil || transfer != nil
    }
}
