/// A call as the rules see it: its turns and the context they need.
public struct CallRecord: Sendable {
    public var turns: [CallTurn]
    public var configuration: SessionConfiguration
    public var state: CallState
    /// Why the call ended; nil while it is still going.
    public var endReason: EndReason?
    /// True when turns carry real times, so silences can be judged.
    public var timed: Bool
    public var resolved: Bool
    /// True once the call is scored: the wrap-up is over too.
    public var finished: Bool

    /// Creates a record.
    public init(turns: [CallTurn], configuration: SessionConfiguration, state: CallState, endReason: EndReason?, timed: Bool, resolved: Bool, finished: Bool = true) {
        self.finished = finished
        self.turns = turns
        self.configuration = configuration
        self.state = state
        self.endReason = endReason
        self.timed = timed
        self.resolved = resolved
    }

    public var scenario: Scenario? { configuration.scenario }

    /// The agent's spoken or typed lines (not commands), in order.
    public var agentLines: [CallTurn] { turns.filter { $0.speaker == .agent && $0.isUtterance } }

    /// The customer's lines, in order.
    public var customerLines: [CallTurn] { turns.filter { $0.speaker == .customer } }

    /// The agent's commands, in order.
    public var commands: [CallTurn] { turns.filter { $0.command != nil } }

    /// The agent's lines after turn `index`, at most `limit` of them.
    public func agentLines(after index: Int, limit: Int) -> [CallTurn] {
        Array(turns[(index + 1)...].lazy.filter { $0.speaker == .agent && $0.isUtterance }.prefix(limit))
    }

    /// The agent's lines before turn `index`, nearest first, at most `limit` of them.
    public func agentLines(before index: Int, limit: Int) -> [CallTurn] {
        Array(turns[..<index].reversed().lazy.filter { $0.speaker == .agent && $0.isUtterance }.prefix(limit))
    }

    /// The index of the `/end` command, if the agent ended the call.
    public var endTurn: Int? { turns.firstIndex { $0.command == .end } }

    /// The hold limit in seconds.
    public var holdLimit: Double { scenario?.policy.holdLimit ?? 120 }

    /// The longest agent line, in words.
    public var wordLimit: Int { scenario?.scorecard.wordLimit ?? 60 }

    /// The longest acceptable silence, in seconds.
    public var deadAirLimit: Double {
        scenario?.scorecard.deadAirLimit ?? (configuration.channel == .chat ? 60 : 15)
    }

    /// True when the customer left before the agent could close.
    public var customerLeft: Bool { endReason == .customerHungUp || endReason == .scenarioEnded }

    /// True once the call is over (findings are final).
    public var isOver: Bool { endReason != nil }
}
