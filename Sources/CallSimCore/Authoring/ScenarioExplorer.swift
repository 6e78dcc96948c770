/// Seeded random walks through a scenario, in the spirit of ink's and Yarn Spinner's random
/// playthroughs: an agent that mostly says what the current beat waits for (sample phrases
/// of the categories its triggers want, and the commands, actions and transfers they want),
/// and sometimes something else, finds beats nothing reaches, calls that never end, and
/// runtime problems. Each walk is replayed exactly by its seed.
public struct ScenarioExplorer: Sendable {
    /// The scenario explored.
    public let scenario: Scenario
    /// Its phrasebook.
    public let phrasebook: Phrasebook
    /// The phrasebook compiled once, shared by every walk.
    public let matcher: PhraseMatcher
    let flow: ScenarioFlow
    let sampler: PhraseSampler

    /// Prepares walks through `scenario`; `matcher` is `phrasebook` compiled (compiled here
    /// when not given).
    public init(scenario: Scenario, phrasebook: Phrasebook, matcher: PhraseMatcher? = nil) {
        self.scenario = scenario
        self.phrasebook = phrasebook
        self.matcher = matcher ?? PhraseMatcher(phrasebook: phrasebook)
        flow = ScenarioFlow(scenario: scenario)
        sampler = PhraseSampler(phrasebook: phrasebook, company: scenario.company, customer: scenario.persona.name)
    }

    /// The most agent lines of a walk unless told otherwise: 40, plus 8 a beat, so a long
    /// scenario has room to be played to its end.
    public var defaultStepLimit: Int { 40 + 8 * scenario.beats.count }

    /// `walks` walks, seeded `firstSeed`, `firstSeed + 1`, ..., each of at most `stepLimit` agent lines.
    public func explore(walks: Int, firstSeed: UInt64, stepLimit: Int = 40) -> ExplorationReport {
        var visits: [String: Int] = [:]
        var endless: [UInt64] = []
        var problems: [(UInt64, String)] = []
        var seen = Set<String>()
        var endings: [String: Int] = [:]
        for index in 0..<max(0, walks) {
            let walk = walk(seed: firstSeed &+ UInt64(index), stepLimit: stepLimit)
            for beat in walk.reached { visits[beat, default: 0] += 1 }
            if let reason = walk.endReason {
                endings[reason.rawValue, default: 0] += 1
            } else {
                endings["(step limit)", default: 0] += 1
                endless.append(walk.seed)
            }
            for problem in walk.problems where seen.insert(problem).inserted { problems.append((walk.seed, problem)) }
        }
        let unreached = walks > 0 ? scenario.beats.map(\.id).filter { visits[$0] == nil } : []
        return ExplorationReport(
            walks: walks, firstSeed: firstSeed, stepLimit: stepLimit, unreached: unreached, endless: endless,
            problems: problems, endings: endings, visits: visits)
    }

    /// One walk: the call is seeded with `seed`, and so is the agent.
    public func walk(seed: UInt64, stepLimit: Int = 40) -> ExplorationWalk {
        var configuration = SessionConfiguration(practice: scenario, phrasebook: phrasebook, mode: .exam, seed: seed)
        configuration.matcher = matcher
        var session = CallSession(configuration: configuration)
        var agent = ExplorerAgent(explorer: self, generator: SeededGenerator(seed: seed ^ 0x5EED_CA11_A6E7_0001))
        var observation = StepObservation(step: 0, events: session.start())
        var trace = observation.trace
        var problems = check(observation, session: session)
        var steps = 0
        while !session.hasEnded, steps < stepLimit {
            steps += 1
            let line = agent.nextLine(session: session)
            observation = StepObservation(step: steps, events: [])
            observation.trace.append(TraceEntry(step: steps, kind: .agent, text: line))
            do {
                observation.record(session.advance(try TraineeInput.parse(line)))
            } catch {
                observation.record([.problem(error.message)])
            }
            trace += observation.trace
            problems += check(observation, session: session)
        }
        return ExplorationWalk(
            seed: seed, trace: trace, endReason: session.endReason, reached: session.state.reachedBeats,
            problems: problems, steps: steps)
    }

    /// Runtime problems a step shows: unfilled placeholders, a beat that does not exist, an
    /// empty customer line, the call refusing what the scenario declares.
    private func check(_ observation: StepObservation, session: CallSession) -> [String] {
        var problems: [String] = []
        if scenario.beat(session.state.beat) == nil {
            problems.append("the call is in the beat `\(session.state.beat)`, which does not exist")
        }
        for line in observation.customerLines {
            if line.text.trimmingSpaces().isEmpty {
                problems.append("the customer said an empty line in the beat `\(session.state.beat)`")
            }
            for name in ScenarioLint.placeholders(in: line.text) {
                problems.append("the customer said “\(line.text)” with the placeholder {\(name)} unfilled")
            }
        }
        let agent = observation.trace.first { $0.kind == .agent }?.text ?? ""
        for problem in observation.problems where agent.hasPrefix("/action") || agent.hasPrefix("/transfer") {
            problems.append("the call refused `\(agent)`, which the scenario declares: \(problem)")
        }
        return problems
    }
}
