/// What must be true after one step of a run. Keys left nil (or empty) are not checked.
public struct StepExpectation: Sendable, Hashable {
    /// The customer's line, exactly (placeholders filled).
    public var customer: String?
    /// Words the customer's line contains (ignoring case).
    public var customerIncludes: String?
    /// True: the customer says nothing; false: the customer says something.
    public var silent: Bool?
    /// Tags the customer's line carries (it may carry more).
    public var tags: [String] = []
    /// The beat the call is in afterwards.
    public var beat: String?
    /// The customer's mood afterwards is at least this.
    public var moodAtLeast: Double?
    /// The customer's mood afterwards is below this.
    public var moodBelow: Double?
    /// Whether (and how) the call has ended.
    public var ended: EndExpectation?
    /// Whether the customer's issue counts as resolved.
    public var resolved: Bool?
    /// Variables equal these values.
    public var variables: [String: String] = [:]
    /// The message of the refused command, exactly; a refusal not expected is a failure.
    public var problem: String?
    /// Words a notice contains (ignoring case): "Done on the account", "on hold".
    public var notice: String?
    /// The `/hint` given, exactly.
    public var hint: String?

    /// Nothing checked.
    public init() {}

    /// True when nothing is checked.
    public var isEmpty: Bool { self == StepExpectation() }
}

/// Whether a call has ended, and why.
public enum EndExpectation: Sendable, Hashable {
    /// Ended (true) or still going (false).
    case ended(Bool)
    /// Ended for this reason.
    case reason(EndReason)
}

/// What must be true when the call is over. Keys left nil (or empty) are not checked.
public struct RunExpectation: Sendable, Hashable {
    /// How the call ended: resolved, unresolved, transferred or abandoned.
    public var outcome: CallOutcome?
    /// Who or what ended it.
    public var endReason: EndReason?
    /// The score's range.
    public var score: ScoreRange?
    /// Whether the call passed.
    public var passed: Bool?
    /// Rule verdicts, by rule id, in file order.
    public var rules: [RuleExpectation] = []
    /// The critical rules that failed, exactly (an empty list: none).
    public var autoFail: [String]?
    /// Beats the call must have been in.
    public var reached: [String] = []
    /// Beats the call must not have been in.
    public var notReached: [String] = []
    /// The final mood is at least this.
    public var moodAtLeast: Double?
    /// The final mood is below this.
    public var moodBelow: Double?
    /// The customer-satisfaction score, 1 to 5.
    public var csat: Int?

    /// Nothing checked.
    public init() {}
}

/// One rule's expected verdict.
public struct RuleExpectation: Sendable, Hashable {
    /// The rule id.
    public var rule: String
    /// The verdict.
    public var verdict: Verdict

    /// Creates an expectation.
    public init(rule: String, verdict: Verdict) {
        self.rule = rule
        self.verdict = verdict
    }
}

/// A range of scores, both ends included.
public struct ScoreRange: Sendable, Hashable, CustomStringConvertible {
    /// The lowest score allowed.
    public var atLeast: Int
    /// The highest score allowed.
    public var atMost: Int

    /// A range; one number stands for itself.
    public init(atLeast: Int = 0, atMost: Int = 100) {
        self.atLeast = atLeast
        self.atMost = atMost
    }

    /// True when `score` is in the range.
    public func contains(_ score: Int) -> Bool { score >= atLeast && score <= atMost }

    /// `92`, `at least 80`, `at most 40`, or `60 to 79`.
    public var description: String {
        if atLeast == atMost { return String(atLeast) }
        if atMost >= 100 { return "at least \(atLeast)" }
        if atLeast <= 0 { return "at most \(atMost)" }
        return "\(atLeast) to \(atMost)"
    }
}
