/// What the call engine knows about the call so far, read by conditions and rules.
public struct CallState: Sendable, Hashable {
    /// The current beat (scripted calls).
    public var beat: String
    /// Beats the call has been in.
    public var reachedBeats: Set<String>
    /// Scenario variables.
    public var variables: [String: String] = [:]
    /// Identity details the customer has given.
    public var given: Set<String> = []
    /// True once the agent has asked for identity details.
    public var verificationAsked = false
    /// 0 (calm) to 10 (hangs up).
    public var mood: Double
    /// Unhelpful agent turns the customer will still tolerate.
    public var patience: Int
    /// Once-only triggers that have fired.
    public var fired: Set<String> = []
    /// The turn at which the resolving condition first held.
    public var resolvedTurn: Int?
    /// Actions taken, by name.
    public var actionsTaken: [String] = []
    /// Transfer targets used.
    public var transfers: [String] = []

    /// The customer's identity counts as verified: the agent asked, and two details were given.
    public var verified: Bool { verificationAsked && given.count >= 2 }

    /// Creates the state at the start of a call.
    public init(beat: String, mood: Double, patience: Int) {
        self.beat = beat
        self.reachedBeats = [beat]
        self.mood = mood
        self.patience = patience
    }
}

/// What the agent just did, as conditions see it.
public struct AgentAct: Sendable, Hashable {
    /// Phrase categories in the agent's line.
    public var categories: Set<String> = []
    /// The command word (`hold`, `transfer`, ...), for commands.
    public var command: String?
    /// The action taken, for `/action`.
    public var action: String?
    /// The transfer target, for `/transfer` and `/escalate`.
    public var transfer: String?

    /// Nothing: used when checking conditions between turns.
    public init() {}
}

extension Condition {
    /// True when the condition holds in `state`, given what the agent just did.
    public func holds(in state: CallState, act: AgentAct) -> Bool {
        if !said.isEmpty, !said.contains(where: act.categories.contains) { return false }
        if let command, act.command != command { return false }
        if let action, act.action != action { return false }
        if let transfer, act.transfer != transfer { return false }
        if let verified, state.verified != verified { return false }
        if !given.allSatisfy(state.given.contains) { return false }
        for (name, value) in variables where state.variables[name] != value { return false }
        if let moodAtLeast, state.mood < moodAtLeast { return false }
        if let moodBelow, state.mood >= moodBelow { return false }
        if let beat, !state.reachedBeats.contains(beat) { return false }
        if !any.isEmpty, !any.contains(where: { $0.holds(in: state, act: act) }) { return false }
        return true
    }
}
