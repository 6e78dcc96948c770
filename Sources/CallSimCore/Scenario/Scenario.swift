/// The customer the simulator plays.
public struct Persona: Sendable, Hashable {
    /// The customer's name.
    public var name: String
    /// Their disposition.
    public var temperament: Temperament
    /// Starting mood, 0 (calm) to 10 (hangs up).
    public var mood: Double
    /// How many unhelpful agent turns they tolerate before hanging up.
    public var patience: Int
    /// How they talk, for trainers reading the scenario.
    public var style: String

    /// Creates a persona.
    public init(name: String, temperament: Temperament, mood: Double, patience: Int, style: String = "") {
        self.name = name
        self.temperament = temperament
        self.mood = mood
        self.patience = patience
        self.style = style
    }
}

/// What the agent is told before the call.
public struct Brief: Sendable, Hashable {
    /// Who is calling, or whom the agent calls, and why.
    public var situation: String
    /// What the agent can see on screen (account details, history).
    public var visible: [String]
    /// What a good call achieves.
    public var goal: String

    /// Creates a brief.
    public init(situation: String, visible: [String] = [], goal: String) {
        self.situation = situation
        self.visible = visible
        self.goal = goal
    }
}

/// What the agent is allowed to do.
public struct Policy: Sendable, Hashable {
    /// The largest refund the agent may grant without a supervisor.
    public var refundLimit: Double?
    /// The largest goodwill credit the agent may grant.
    public var creditLimit: Double?
    /// The longest hold, in seconds.
    public var holdLimit: Double
    /// Actions that need the customer's identity verified first.
    public var verifyBefore: Set<String>

    /// Creates a policy.
    public init(refundLimit: Double? = nil, creditLimit: Double? = nil, holdLimit: Double = 120, verifyBefore: Set<String> = []) {
        self.refundLimit = refundLimit
        self.creditLimit = creditLimit
        self.holdLimit = holdLimit
        self.verifyBefore = verifyBefore
    }
}

/// An `/action` the agent can take on the customer's account.
public struct ActionDefinition: Sendable, Hashable {
    /// The name typed after `/action`.
    public var name: String
    /// What it does, shown by `/help`.
    public var summary: String
    /// Names of its arguments, in order (`amount`, `date`, ...).
    public var arguments: [String]
    /// The argument that is an amount of money granted, checked against the policy's limit.
    public var grants: GrantKind?
    /// Variables set when it is taken.
    public var sets: [String: String]
    /// Where the action is declared.
    public var location: SourceLocation?

    /// What kind of concession an action grants.
    public enum GrantKind: String, Sendable, Hashable, CaseIterable {
        case refund, credit
    }

    /// Creates an action.
    public init(name: String, summary: String = "", arguments: [String] = [], grants: GrantKind? = nil, sets: [String: String] = [:], location: SourceLocation? = nil) {
        self.name = name
        self.summary = summary
        self.arguments = arguments
        self.grants = grants
        self.sets = sets
        self.location = location
    }
}

/// A team the agent can transfer the call to.
public struct TransferTarget: Sendable, Hashable {
    /// The name typed after `/transfer`.
    public var id: String
    /// Who they are.
    public var summary: String

    /// Creates a target.
    public init(id: String, summary: String = "") {
        self.id = id
        self.summary = summary
    }
}

/// A scenario's changes to the standard scorecard.
public struct ScorecardOverrides: Sendable, Hashable {
    /// Section weights by section id.
    public var weights: [String: Double] = [:]
    /// Rules switched off for this scenario.
    public var disabled: Set<String> = []
    /// The pass mark, 0 to 100.
    public var passMark: Double?
    /// The longest agent line, in words.
    public var wordLimit: Int?
    /// The longest silence, in seconds.
    public var deadAirLimit: Double?

    /// No overrides.
    public init() {}
}

/// A practice call: who the customer is, what they know, what the agent may do, and the
/// beats of the conversation. Compiled from a scenario file by CallSimContent.
public struct Scenario: Sendable {
    public var id: String
    public var title: String
    public var summary: String
    /// `en`, `ar` or `fa`.
    public var language: String
    public var channel: CallChannel
    public var direction: CallDirection
    public var department: String
    public var difficulty: Difficulty
    /// The company the agent works for.
    public var company: String?
    public var brief: Brief
    public var persona: Persona
    /// The customer's identity details, keyed by `IdentityFact` raw value.
    public var facts: [String: String]
    public var policy: Policy
    public var actions: [ActionDefinition]
    public var transfers: [TransferTarget]
    /// The beat the call starts in.
    public var start: String
    public var beats: [Beat]
    /// Triggers tried in every beat, after the beat's own.
    public var anytime: [Trigger]
    /// What counts as resolving the customer's issue.
    public var resolution: Condition
    /// The issue is out of the agent's hands: resolving means explaining, regretting and offering an alternative.
    public var outOfHands: Bool
    public var scorecard: ScorecardOverrides
    /// Extra phrasebook files (by name) used besides the language's standard ones.
    public var phrasebooks: [String]
    /// Shown after the call: lines a strong agent would say.
    public var modelLines: [String]
    /// What the customer knows besides their identity details (what happened, what they
    /// want), for trainers reading the scenario; the simulator does not use it.
    public var knows: [String] = []
    /// Coach-mode hints for the whole call, given by `/hint` in turn when the beat has none.
    public var hints: [String] = []
    /// The file it was read from.
    public var path: String
    /// A hash of the file's bytes, recorded with every session.
    public var fileHash: String

    /// Creates a scenario.
    public init(
        id: String, title: String, summary: String = "", language: String = "en",
        channel: CallChannel = .phone, direction: CallDirection = .inbound, department: String = "",
        difficulty: Difficulty = .medium, company: String? = nil, brief: Brief, persona: Persona,
        facts: [String: String] = [:], policy: Policy = Policy(), actions: [ActionDefinition] = [],
        transfers: [TransferTarget] = [], start: String, beats: [Beat], anytime: [Trigger] = [],
        resolution: Condition = Condition(), outOfHands: Bool = false,
        scorecard: ScorecardOverrides = ScorecardOverrides(), phrasebooks: [String] = [],
        modelLines: [String] = [], path: String = "", fileHash: String = ""
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.language = language
        self.channel = channel
        self.direction = direction
        self.department = department
        self.difficulty = difficulty
        self.company = company
        self.brief = brief
        self.persona = persona
        self.facts = facts
        self.policy = policy
        self.actions = actions
        self.transfers = transfers
        self.start = start
        self.beats = beats
        self.anytime = anytime
        self.resolution = resolution
        self.outOfHands = outOfHands
        self.scorecard = scorecard
        self.phrasebooks = phrasebooks
        self.modelLines = modelLines
        self.path = path
        self.fileHash = fileHash
    }

    /// The beat with this id.
    public func beat(_ id: String) -> Beat? { beats.first { $0.id == id } }

    /// The action with this name.
    public func action(_ name: String) -> ActionDefinition? { actions.first { $0.name == name } }
}
