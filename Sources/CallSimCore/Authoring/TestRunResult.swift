/// What one run of a test plan did, and where it differed from the plan.
public struct TestRunResult: Sendable {
    /// The run played.
    public var run: TestRun
    /// Every expectation that did not hold, in order.
    public var failures: [TestFailure]
    /// What happened, line by line, for `--trace` and for showing a failure in context.
    public var trace: [TraceEntry]
    /// The call's scorecard.
    public var scorecard: Scorecard
    /// How the call ended.
    public var outcome: CallOutcome

    /// True when every expectation held.
    public var passed: Bool { failures.isEmpty }
}

/// One expectation that did not hold: what was expected and what happened instead.
public struct TestFailure: Sendable, Hashable {
    /// The 1-based step, or nil for the run's own expectations (outcome, score, rules).
    public var step: Int?
    /// The step's agent line.
    public var agent: String?
    /// The key of the plan that failed: `customer`, `beat`, `score`, `rules.greeting`, ...
    public var key: String
    /// What the plan expects.
    public var expected: String
    /// What happened.
    public var actual: String
    /// Where the expectation is written.
    public var location: SourceLocation?

    /// Creates a failure.
    public init(step: Int?, agent: String?, key: String, expected: String, actual: String, location: SourceLocation?) {
        self.step = step
        self.agent = agent
        self.key = key
        self.expected = expected
        self.actual = actual
        self.location = location
    }
}

/// One thing that happened in a played call.
public struct TraceEntry: Sendable, Hashable {
    /// What kind of thing.
    public enum Kind: String, Sendable, Hashable {
        /// The agent's line or command.
        case agent
        /// The customer's line, with its tags.
        case customer
        /// Something the simulator says: a hold, an action on the account, a transfer.
        case notice
        /// A command the call refused.
        case problem
        /// What `/hint` gave.
        case hint
        /// A coach-mode nudge.
        case nudge
        /// The customer's mood moving, `from → to`.
        case mood
        /// The call ending, with its reason and outcome.
        case ended
    }

    /// The 1-based step it belongs to; 0 for what happens before the first step.
    public var step: Int
    /// What kind of thing.
    public var kind: Kind
    /// The words, with tags in braces for customer lines.
    public var text: String

    /// Creates an entry.
    public init(step: Int, kind: Kind, text: String) {
        self.step = step
        self.kind = kind
        self.text = text
    }
}
