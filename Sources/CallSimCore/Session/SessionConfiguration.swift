/// How a call is practised.
public enum PracticeMode: String, Sendable, CaseIterable, Codable {
    /// Sparse nudges during the call, and `/hint`.
    case coach
    /// Nothing until the scorecard.
    case exam
    /// A recorded transcript graded after the fact.
    case grade
}

/// Everything a call needs besides the trainee's lines.
public struct SessionConfiguration: Sendable {
    /// The scenario, or nil for a generic call (grading a transcript without one).
    public var scenario: Scenario?
    /// The phrasebook of the call's language (with the scenario's extra phrasebooks merged).
    public var phrasebook: Phrasebook
    public var mode: PracticeMode
    public var seed: UInt64
    /// The agent's name, when known (fills `{agent}`).
    public var agentName: String?
    /// The company, when known (fills `{company}`).
    public var company: String?
    /// The customer's name, when known.
    public var customerName: String?
    public var direction: CallDirection
    public var channel: CallChannel
    public var language: String
    /// True when customer lines come from the scenario's beats; false when they come from a transcript.
    public var scripted: Bool
    /// `phrasebook` compiled once and shared by many calls (slot values are supplied per
    /// call); nil makes the call compile its own.
    public var matcher: PhraseMatcher?

    /// A live practice call of `scenario`.
    public init(practice scenario: Scenario, phrasebook: Phrasebook, mode: PracticeMode, seed: UInt64, agentName: String? = nil) {
        self.scenario = scenario
        self.phrasebook = phrasebook
        self.mode = mode
        self.seed = seed
        self.agentName = agentName
        self.company = scenario.company
        self.customerName = scenario.persona.name
        self.direction = scenario.direction
        self.channel = scenario.channel
        self.language = scenario.language
        self.scripted = true
    }

    /// A recorded call being graded, with or without its scenario.
    public init(
        grading scenario: Scenario?, phrasebook: Phrasebook, agentName: String?, company: String?,
        customerName: String?, direction: CallDirection, channel: CallChannel, language: String
    ) {
        self.scenario = scenario
        self.phrasebook = phrasebook
        self.mode = .grade
        self.seed = 0
        self.agentName = agentName
        self.company = company ?? scenario?.company
        self.customerName = customerName ?? scenario?.persona.name
        self.direction = direction
        self.channel = channel
        self.language = language
        self.scripted = false
    }
}
