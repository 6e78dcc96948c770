// callsim's hot paths, measured with ordo-one/benchmark.
//
// The budget (see scripts/bench.sh): a trainee's turn — normalise, match, rules and the
// customer's reply — in under 1 ms. Content is the repository's own: the bundled English
// phrasebook and scenarios/en/billing-double-charge.yaml, loaded through CallSimContent.
import Benchmark
import CallSimContent
import CallSimCore

/// The repository root: this file is Benchmarks/Benchmarks/CallSimBenchmarks/CallSimBenchmarks.swift.
private let repositoryRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(4)
    return parts.joined(separator: "/")
}()

/// The bundled content a practice call of the billing scenario uses.
private struct Content: Sendable {
    let scenario: Scenario
    let phrasebook: Phrasebook

    static func load() -> Content {
        let library = ContentLibrary(extraRoots: [], environment: ["CALLSIM_HOME": repositoryRoot], executablePath: "")
        let book = library.phrasebook(language: "en")
        guard let phrasebook = book.value, !book.hasErrors else {
            fatalError("the English phrasebook under \(repositoryRoot) did not load: \(book.diagnostics)")
        }
        let path = repositoryRoot + "/scenarios/en/billing-double-charge.yaml"
        let loaded = ScenarioLoader.load(path: path)
        guard let scenario = loaded.value, !loaded.hasErrors else {
            fatalError("\(path) did not load: \(loaded.diagnostics)")
        }
        return Content(scenario: scenario, phrasebook: phrasebook)
    }

    var configuration: SessionConfiguration {
        SessionConfiguration(practice: scenario, phrasebook: phrasebook, mode: .coach, seed: 1, agentName: "Sam")
    }
}

/// The agent's side of a good call of the billing scenario, commands included.
private let script: [String] = [
    "Thank you for calling Nile Telecom, my name is Sam. How can I help you today?",
    "I'm really sorry you were charged twice; I understand how frustrating that is, and I'll sort it out now.",
    "So I can look at the account, may I have your account number and your date of birth, please?",
    // The measured turn of `turn:` is the next one, with three agent lines behind it.
    "Thank you Mr Haddad, I can see two payments of 49.99 on the 3rd, and I'm sorry about that.",
    "/action refund 49.99",
    "I've refunded the second payment; it will be back on your card within three to five working days.",
    "To recap: the duplicate payment of 49.99 is refunded and you'll see it in three to five days.",
    "Is there anything else I can help you with?",
    "Thank you for calling Nile Telecom, Mr Haddad. Have a good evening.",
    "/end",
    "Customer charged twice for November; verified by account number and date of birth; refunded 49.99.",
]

/// A typical agent line for the text benchmarks.
private let typicalLine = script[3]

private func input(_ line: String) -> TraineeInput {
    do {
        return try TraineeInput.parse(line)
    } catch {
        fatalError("script line `\(line)` does not parse: \(error)")
    }
}

/// A started call with the first `lines` lines of the script said.
private func session(_ content: Content, after lines: Int) -> CallSession {
    var session = CallSession(configuration: content.configuration)
    _ = session.start()
    for line in script.prefix(lines) { _ = session.advance(input(line)) }
    return session
}

let benchmarks: @Sendable () -> Void = {
    let content = Content.load()
    let midCall = 3
    let measuredLine = input(script[midCall])

    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal],
        timeUnits: .microseconds,
        warmupIterations: 10,
        maxDuration: .seconds(3),
        maxIterations: 100_000
    )

    // One agent line through a live, scripted, coach-mode call: normalise, match, mood,
    // rules (coach-mode nudges judge the whole call so far) and the customer's reply.
    // A fresh session is built outside the measured region for every sample; building it
    // compiles the matcher (tens of ms), hence the longer run for a few hundred samples.
    Benchmark("turn: normalise+match+rules+reply", configuration: .init(maxDuration: .seconds(10))) { benchmark in
        var call = session(content, after: midCall)
        benchmark.startMeasurement()
        let events = call.advance(measuredLine)
        benchmark.stopMeasurement()
        precondition(events.count >= 2, "the measured turn should draw a customer reply")
        blackHole(events)
    }

    Benchmark("normalise") { _ in
        blackHole(Normalizer.normalize(typicalLine))
    }

    let matcher = PhraseMatcher(
        phrasebook: content.phrasebook,
        slots: ["agent": "Sam", "company": content.scenario.company ?? "", "customer": content.scenario.persona.name])
    Benchmark("normalise+match") { _ in
        blackHole(matcher.match(typicalLine))
    }

    var finished = session(content, after: script.count)
    _ = finished.finish(reason: .traineeQuit)
    let record = finished.record
    precondition(record.turns.count == 20, "the evaluated call has \(record.turns.count) turns, not 20")
    Benchmark("evaluate: rules on a 20-turn call") { _ in
        blackHole(Evaluator.scorecard(for: record, phrasebook: content.phrasebook))
    }

    // Not a per-turn cost: compiling the phrasebook into the matcher happens once per call,
    // when the call starts (it bears on the startup budget).
    Benchmark("call setup: CallSession.init (compile matcher)", configuration: .init(maxDuration: .seconds(2))) { _ in
        blackHole(CallSession(configuration: content.configuration))
    }
}
