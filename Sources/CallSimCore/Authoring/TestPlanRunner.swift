/// Plays the runs of a test plan against a scenario, exactly as
/// `printf 'LINES' | callsim practice ID --seed SEED --mode MODE` would, and compares what
/// happens with what the plan expects.
public struct TestPlanRunner: Sendable {
    /// The scenario played.
    public let scenario: Scenario
    /// Its phrasebook (the language's, with the scenario's extra ones merged).
    public let phrasebook: Phrasebook
    /// The phrasebook compiled once, shared by every run.
    public let matcher: PhraseMatcher

    /// Creates a runner; `matcher` is `phrasebook` compiled (compiled here when not given, so
    /// runners of many scenarios in one language can share one).
    public init(scenario: Scenario, phrasebook: Phrasebook, matcher: PhraseMatcher? = nil) {
        self.scenario = scenario
        self.phrasebook = phrasebook
        self.matcher = matcher ?? PhraseMatcher(phrasebook: phrasebook)
    }

    /// Plays every run of `plan`.
    public func run(_ plan: TestPlan, nudges: Bool = false) -> [TestRunResult] {
        plan.runs.map { run($0, nudges: nudges) }
    }

    /// Plays one run. With `nudges`, a coach-mode run's trace shows coach mode's nudges.
    ///
    /// Coach mode differs from exam mode only in its nudges and in `/hint`; nudges judge the
    /// call after every turn, so a coach-mode run that neither shows them nor types `/hint`
    /// is played in exam mode, with the same customer, the same notices and the same scorecard.
    public func run(_ run: TestRun, nudges: Bool = false) -> TestRunResult {
        let needsCoach = nudges || run.steps.contains { $0.agent.trimmingSpaces().lowercased() == "/hint" }
        let mode = run.mode == .coach && !needsCoach ? PracticeMode.exam : run.mode
        var configuration = SessionConfiguration(practice: scenario, phrasebook: phrasebook, mode: mode, seed: run.seed)
        configuration.matcher = matcher
        var session = CallSession(configuration: configuration)
        var trace = StepObservation(step: 0, events: session.start()).trace
        var failures: [TestFailure] = []
        var notesWrittenAt: Int?
        for (offset, step) in run.steps.enumerated() {
            let number = offset + 1
            if let notesStep = notesWrittenAt {
                failures.append(TestFailure(
                    step: number, agent: step.agent, key: "agent", expected: "a line while the call is open",
                    actual: "the call was over after the notes of step \(notesStep); practice stops reading there", location: step.location))
                break
            }
            let observation = play(step.agent, step: number, in: &session)
            trace += observation.trace
            failures += StepCheck(step: step, number: number, observation: observation, session: session).failures()
            if session.hasEnded, case .notes? = session.turns.last?.command { notesWrittenAt = number }
        }
        // Practice ends at the end of its input: a call still open is left (abandoned).
        if !session.hasEnded {
            trace += StepObservation(step: run.steps.count, events: session.advance(.command(.quit))).trace
        }
        let card = session.finish(reason: .traineeQuit)
        failures += RunCheck(run: run, session: session, scorecard: card).failures()
        return TestRunResult(run: run, failures: failures, trace: trace, scorecard: card, outcome: session.outcome)
    }

    /// Types one line into the call, as the practice REPL does.
    private func play(_ line: String, step: Int, in session: inout CallSession) -> StepObservation {
        let typed = line.trimmingSpaces()
        var observation = StepObservation(step: step, events: [])
        observation.trace.append(TraceEntry(step: step, kind: .agent, text: typed))
        let input: TraineeInput
        do {
            input = try TraineeInput.parse(typed)
        } catch {
            observation.record([.problem(error.message)])
            return observation
        }
        if case .command(.brief) = input { return observation }
        observation.record(session.advance(input))
        return observation
    }
}

/// What one step made happen.
struct StepObservation {
    var step: Int
    var customerLines: [CallTurn] = []
    var problems: [String] = []
    var notices: [String] = []
    var hints: [String] = []
    var trace: [TraceEntry] = []

    init(step: Int, events: [SessionEvent]) {
        self.step = step
        record(events)
    }

    mutating func record(_ events: [SessionEvent]) {
        for event in events {
            switch event {
            case .turn(let turn) where turn.speaker == .customer:
                customerLines.append(turn)
                let tags = turn.tags.isEmpty ? "" : " {\(turn.tags.joined(separator: ","))}"
                trace.append(TraceEntry(step: step, kind: .customer, text: turn.text + tags))
            case .problem(let message):
                problems.append(message)
                trace.append(TraceEntry(step: step, kind: .problem, text: message))
            case .notice(let message):
                notices.append(message)
                trace.append(TraceEntry(step: step, kind: .notice, text: message))
            case .hint(let text):
                hints.append(text)
                trace.append(TraceEntry(step: step, kind: .hint, text: text))
            case .nudge(let nudge):
                trace.append(TraceEntry(step: step, kind: .nudge, text: nudge.text))
            case .mood(let from, let to):
                trace.append(TraceEntry(step: step, kind: .mood, text: "\(ScenarioFlow.format(from)) → \(ScenarioFlow.format(to))"))
            case .callEnded(let outcome, let reason):
                trace.append(TraceEntry(step: step, kind: .ended, text: "\(reason.rawValue) (\(outcome.rawValue))"))
            default:
                break
            }
        }
    }
}
