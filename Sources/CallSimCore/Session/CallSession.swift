/// A call as a state machine: it takes the trainee's input and returns events.
///
/// Live practice plays the customer from the scenario's beats; grading feeds the customer's
/// lines from a transcript with `hear(_:tags:at:)`. Both record the same turns and are judged
/// by the same `Evaluator`, so there is one implementation of every rule. The session does no
/// I/O and reads no clock: time is simulated, and randomness comes from the seed, so the same
/// input and seed give the same call, byte for byte.
public struct CallSession: Sendable {
    public let configuration: SessionConfiguration
    let matcher: PhraseMatcher
    let categoriesByID: [String: PhraseCategory]
    var generator: SeededGenerator
    /// The turns recorded so far.
    public internal(set) var turns: [CallTurn] = []
    /// What the engine knows about the call.
    public internal(set) var state: CallState
    /// The simulated clock.
    public internal(set) var clock = CallClock()
    /// Why the call ended, once it has.
    public internal(set) var endReason: EndReason?
    /// True once any turn carried a real time (a live typing delay or a transcript timestamp).
    public internal(set) var timed = false
    var categoryUses: [String: Int] = [:]
    var lastCustomerLine: CallTurn?
    var previousVerdicts: [String: RuleStatus] = [:]
    var onHold = false
    /// Turn events of commands, emitted ahead of the events the command causes.
    var pendingEvents: [SessionEvent] = []
    /// Working memory for matching lines, kept from one line to the next.
    var scanner = PhraseScanner()
    /// True once `finish` has scored the call.
    public internal(set) var finished = false

    /// Starts a call; nothing is said until `start()`.
    public init(configuration: SessionConfiguration) {
        self.configuration = configuration
        var slots: [String: String] = [:]
        if let agent = configuration.agentName, !agent.isEmpty { slots["agent"] = agent }
        if let company = configuration.company, !company.isEmpty { slots["company"] = company }
        if let customer = configuration.customerName, !customer.isEmpty { slots["customer"] = customer }
        matcher = (configuration.matcher ?? PhraseMatcher(phrasebook: configuration.phrasebook)).with(slots: slots)
        categoriesByID = Dictionary(configuration.phrasebook.categories.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        generator = SeededGenerator(seed: configuration.seed)
        let scenario = configuration.scenario
        state = CallState(
            beat: scenario?.start ?? "",
            mood: scenario?.persona.mood ?? 3,
            patience: scenario?.persona.patience ?? 5)
    }

    /// The call's phase now.
    public var phase: CallPhase {
        if endReason != nil { return .wrapUp }
        if agentUtterances(upTo: 2) < 2 { return .opening }
        if state.resolvedTurn != nil || state.fired.contains("closing") { return .closing }
        return .body
    }

    /// True once the call has ended (notes may still be written).
    public var hasEnded: Bool { endReason != nil }

    /// The outcome so far: resolved, unresolved, transferred or abandoned.
    public var outcome: CallOutcome {
        switch endReason {
        case .traineeQuit, .customerHungUp: return .abandoned
        case .transferred: return isResolved ? .resolved : .transferred
        default: return isResolved ? .resolved : .unresolved
        }
    }

    /// True when the scenario's resolving condition has held (or, out of the agent's hands,
    /// the agent explained, regretted and offered an alternative).
    public var isResolved: Bool {
        if state.resolvedTurn != nil { return true }
        guard let scenario = configuration.scenario, scenario.outOfHands else { return false }
        return OutOfHandsResolution.isMet(by: turns)
    }

    /// Opens the call: an outbound customer answers; an inbound call waits for the agent's greeting.
    public mutating func start() -> [SessionEvent] {
        guard configuration.scripted, let scenario = configuration.scenario,
              scenario.direction == .outbound, let beat = scenario.beat(scenario.start)
        else { return [] }
        return say(from: beat.say, reason: .beatEntered)
    }

    /// Takes one line from the trainee.
    public mutating func advance(_ input: TraineeInput, thinkingSeconds: Double? = nil) -> [SessionEvent] {
        switch input {
        case .say(let text):
            return agentSays(text, thinkingSeconds: thinkingSeconds)
        case .command(let command):
            return perform(command, thinkingSeconds: thinkingSeconds)
        }
    }

    /// The call as the evaluator sees it.
    public var record: CallRecord {
        CallRecord(
            turns: turns, configuration: configuration, state: state, endReason: endReason,
            timed: timed, resolved: isResolved, finished: finished)
    }

    /// Ends the call if it is still going (a transcript that ran out, or the trainee leaving)
    /// and scores it.
    public mutating func finish(reason: EndReason = .transcriptEnded) -> Scorecard {
        if endReason == nil { endReason = reason }
        finished = true
        return Evaluator.scorecard(for: record, phrasebook: configuration.phrasebook)
    }

    mutating func nextIndex() -> Int { turns.count }

    /// How many of the agent's lines (not commands) the call has, counting no further than
    /// `limit`: the opening is over after two, so a long call is not rescanned every turn.
    func agentUtterances(upTo limit: Int) -> Int {
        var count = 0
        for turn in turns where turn.speaker == .agent && turn.isUtterance {
            count += 1
            if count >= limit { break }
        }
        return count
    }

    mutating func choose<T>(_ items: [T]) -> T? {
        guard !items.isEmpty else { return nil }
        return items[Int(generator.next() % UInt64(items.count))]
    }
}
