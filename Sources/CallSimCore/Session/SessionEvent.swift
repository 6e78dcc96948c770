/// A coach-mode nudge: one short line after a rule is met or broken.
public struct Nudge: Sendable, Hashable {
    /// The rule it is about.
    public var rule: String
    /// True when the rule was met.
    public var positive: Bool
    /// The line shown.
    public var text: String

    /// Creates a nudge.
    public init(rule: String, positive: Bool, text: String) {
        self.rule = rule
        self.positive = positive
        self.text = text
    }
}

/// Something the call engine tells the presenter and the recorder.
public enum SessionEvent: Sendable, Hashable {
    /// A line was recorded: the agent's (as typed) or the customer's (to be shown).
    case turn(CallTurn)
    /// The customer's mood moved.
    case mood(from: Double, to: Double)
    /// A coach-mode nudge.
    case nudge(Nudge)
    /// Something happened in the simulated call: a hold, an action on the account, a transfer.
    case notice(String)
    /// The typed line could not be used; nothing was recorded.
    case problem(String)
    /// The trainee asked for the list of commands.
    case help(actions: [ActionDefinition], transfers: [TransferTarget], coach: Bool)
    /// The trainee asked for the brief again.
    case brief
    /// A coach-mode hint.
    case hint(String)
    /// The call is over; notes may still be written.
    case callEnded(outcome: CallOutcome, reason: EndReason)
}
