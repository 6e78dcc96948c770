/// One random walk through a scenario: what the agent typed, what happened, and what went wrong.
public struct ExplorationWalk: Sendable {
    /// The seed that replays it (`scenario test ID --explore 1 --seed SEED --trace`).
    public var seed: UInt64
    /// What happened, line by line.
    public var trace: [TraceEntry]
    /// How the call ended; nil when the walk hit the step limit first.
    public var endReason: EndReason?
    /// The beats the call was in.
    public var reached: Set<String>
    /// Runtime problems, in order.
    public var problems: [String]
    /// How many lines the agent typed.
    public var steps: Int
}

/// What N random walks through a scenario found.
public struct ExplorationReport: Sendable {
    /// How many walks were made.
    public var walks: Int
    /// The seed of the first walk; walk `i` uses `firstSeed + i`.
    public var firstSeed: UInt64
    /// The most lines the agent typed in one walk.
    public var stepLimit: Int
    /// Beats no walk reached, in file order.
    public var unreached: [String]
    /// Seeds of walks that hit the step limit before the call ended.
    public var endless: [UInt64]
    /// Runtime problems, each with the seed of the first walk that met it.
    public var problems: [(seed: UInt64, message: String)]
    /// How the walks ended, by end reason (`(step limit)` for endless walks).
    public var endings: [String: Int]
    /// How many walks reached each beat.
    public var visits: [String: Int]

    /// The fewest walks whose coverage is judged: with fewer (a replay of one seed), beats
    /// not reached are shown but do not count against the scenario.
    public static let coverageMinimum = 20

    /// True when the walks judge coverage (there are at least ``coverageMinimum``).
    public var judgesCoverage: Bool { walks >= Self.coverageMinimum }

    /// True when every walk ended, nothing went wrong, and (with enough walks) every beat
    /// was reached.
    public var isClean: Bool { (unreached.isEmpty || !judgesCoverage) && endless.isEmpty && problems.isEmpty }
}
