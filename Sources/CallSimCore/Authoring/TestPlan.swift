/// A scenario's test plan: runs of the call with the agent's lines and what must come back,
/// in the spirit of Yarn Spinner's `.testplan` files. Read from `<scenario>.testplan.yaml`
/// by CallSimContent; played by ``TestPlanRunner``.
public struct TestPlan: Sendable {
    /// The scenario id the plan says it tests, when it says so.
    public var scenarioID: String?
    /// The runs, in file order.
    public var runs: [TestRun]
    /// The file it was read from.
    public var path: String
    /// Where each beat name is written (`beat`, `reached`, `not-reached`), for checks.
    public var beatReferences: [NamedReference] = []
    /// Where each rule id is written (`rules`, `auto-fail`), for checks.
    public var ruleReferences: [NamedReference] = []
    /// Where the `scenario` key's value is written.
    public var scenarioLocation: SourceLocation?

    /// Creates a plan.
    public init(scenarioID: String? = nil, runs: [TestRun], path: String = "") {
        self.scenarioID = scenarioID
        self.runs = runs
        self.path = path
    }
}

/// A name written in a file, and where.
public struct NamedReference: Sendable, Hashable {
    /// The name.
    public var name: String
    /// Where it is written.
    public var location: SourceLocation?

    /// Creates a reference.
    public init(name: String, location: SourceLocation?) {
        self.name = name
        self.location = location
    }
}

/// One run of a test plan: a seeded call, the agent's lines, and the expected result.
public struct TestRun: Sendable {
    /// What the run shows, e.g. "great agent".
    public var name: String
    /// The seed of the customer's choices, as `practice --seed`.
    public var seed: UInt64
    /// Coach or exam, as `practice --mode`.
    public var mode: PracticeMode
    /// The agent's lines and commands, each with what must come back.
    public var steps: [TestStep]
    /// What must be true when the call is over.
    public var expect: RunExpectation
    /// Where the run is written.
    public var location: SourceLocation?
    /// Where each expectation key's value is written, by key.
    public var locations: [String: SourceLocation] = [:]

    /// Creates a run.
    public init(name: String, seed: UInt64 = 1, mode: PracticeMode = .coach, steps: [TestStep], expect: RunExpectation = RunExpectation(), location: SourceLocation? = nil) {
        self.name = name
        self.seed = seed
        self.mode = mode
        self.steps = steps
        self.expect = expect
        self.location = location
    }
}

/// One line the agent types, and what must come back.
public struct TestStep: Sendable {
    /// The line or in-call command, exactly as typed in practice.
    public var agent: String
    /// What must be true after it.
    public var expect: StepExpectation
    /// Where the step is written.
    public var location: SourceLocation?
    /// Where each expectation key's value is written, by key.
    public var locations: [String: SourceLocation] = [:]

    /// Creates a step.
    public init(agent: String, expect: StepExpectation = StepExpectation(), location: SourceLocation? = nil) {
        self.agent = agent
        self.expect = expect
        self.location = location
    }
}
