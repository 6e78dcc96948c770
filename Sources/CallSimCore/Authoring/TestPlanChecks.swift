/// Compares one step's observation with what the step expects.
struct StepCheck {
    let step: TestStep
    let number: Int
    let observation: StepObservation
    let session: CallSession

    func failures() -> [TestFailure] {
        let expect = step.expect
        var found: [TestFailure] = []
        func fail(_ key: String, _ expected: String, _ actual: String) {
            found.append(TestFailure(
                step: number, agent: step.agent, key: key, expected: expected, actual: actual,
                location: step.locations[key] ?? step.location))
        }
        let said = observation.customerLines.map(\.text).joined(separator: " / ")
        let shown = said.isEmpty ? "(the customer says nothing)" : "“\(said)”"
        if let customer = expect.customer, said != customer { fail("customer", "“\(customer)”", shown) }
        if let words = expect.customerIncludes, !said.lowercased().contains(words.lowercased()) {
            fail("customer-includes", "a line with “\(words)”", shown)
        }
        if let silent = expect.silent, silent != said.isEmpty {
            fail("silent", silent ? "(the customer says nothing)" : "a customer line", shown)
        }
        let tags = Set(observation.customerLines.flatMap(\.tags))
        let missing = expect.tags.filter { !tags.contains($0) }
        if !missing.isEmpty {
            fail("tags", expect.tags.joined(separator: ", "), tags.isEmpty ? "(no tags)" : tags.sorted().joined(separator: ", "))
        }
        if let beat = expect.beat, session.state.beat != beat { fail("beat", beat, session.state.beat) }
        let mood = session.state.mood
        if let low = expect.moodAtLeast, mood < low { fail("mood-at-least", "mood ≥ \(ScenarioFlow.format(low))", "mood \(ScenarioFlow.format(mood))") }
        if let high = expect.moodBelow, mood >= high { fail("mood-below", "mood < \(ScenarioFlow.format(high))", "mood \(ScenarioFlow.format(mood))") }
        if let ended = expect.ended, let mismatch = Self.compare(ended, session.endReason) { fail("ended", mismatch.expected, mismatch.actual) }
        if let resolved = expect.resolved, resolved != session.isResolved {
            fail("resolved", resolved ? "resolved" : "not resolved", session.isResolved ? "resolved" : "not resolved")
        }
        for (name, value) in expect.variables.sorted(by: { $0.key < $1.key }) where session.state.variables[name] != value {
            fail("variables", "\(name) = \(value)", "\(name) = \(session.state.variables[name] ?? "(not set)")")
        }
        let problems = observation.problems.joined(separator: " / ")
        if let problem = expect.problem {
            if !observation.problems.contains(problem) { fail("problem", problem, problems.isEmpty ? "(no problem)" : problems) }
        } else if !problems.isEmpty {
            fail("problem", "(no problem)", problems)
        }
        if let notice = expect.notice, !observation.notices.contains(where: { $0.lowercased().contains(notice.lowercased()) }) {
            fail("notice", "a notice with “\(notice)”", observation.notices.isEmpty ? "(no notice)" : observation.notices.joined(separator: " / "))
        }
        if let hint = expect.hint, !observation.hints.contains(hint) {
            fail("hint", hint, observation.hints.isEmpty ? "(no hint)" : observation.hints.joined(separator: " / "))
        }
        return found
    }

    /// What differs between the expected end and the session's, if anything.
    static func compare(_ expected: EndExpectation, _ actual: EndReason?) -> (expected: String, actual: String)? {
        let shown = actual.map { "ended (\($0.rawValue))" } ?? "still going"
        switch expected {
        case .ended(let ended):
            return ended == (actual != nil) ? nil : (ended ? "ended" : "still going", shown)
        case .reason(let reason):
            return actual == reason ? nil : ("ended (\(reason.rawValue))", shown)
        }
    }
}

/// Compares a finished call with what the run expects.
struct RunCheck {
    let run: TestRun
    let session: CallSession
    let scorecard: Scorecard

    func failures() -> [TestFailure] {
        let expect = run.expect
        var found: [TestFailure] = []
        func fail(_ key: String, _ expected: String, _ actual: String, at locationKey: String? = nil) {
            found.append(TestFailure(
                step: nil, agent: nil, key: key, expected: expected, actual: actual,
                location: run.locations[locationKey ?? key] ?? run.location))
        }
        if let outcome = expect.outcome, session.outcome != outcome { fail("outcome", outcome.rawValue, session.outcome.rawValue) }
        if let reason = expect.endReason, session.endReason != reason {
            fail("end-reason", reason.rawValue, session.endReason?.rawValue ?? "(still going)")
        }
        if let score = expect.score, !score.contains(scorecard.score) { fail("score", score.description, String(scorecard.score)) }
        if let passed = expect.passed, scorecard.passed != passed {
            fail("passed", passed ? "passed" : "failed", scorecard.passed ? "passed (score \(scorecard.score))" : "failed (score \(scorecard.score))")
        }
        for expectation in expect.rules {
            let finding = scorecard.finding(expectation.rule)
            guard let finding, finding.verdict != expectation.verdict else { continue }
            var actual = finding.verdict.rawValue
            if let turn = finding.turn { actual += " at turn \(turn)" }
            if finding.verdict == .fail { actual += ": \(finding.advice)" }
            fail("rules.\(expectation.rule)", expectation.verdict.rawValue, actual, at: "rules.\(expectation.rule)")
        }
        if let autoFail = expect.autoFail, Set(autoFail) != Set(scorecard.autoFail) {
            fail("auto-fail", autoFail.isEmpty ? "(none)" : autoFail.joined(separator: ", "), scorecard.autoFail.isEmpty ? "(none)" : scorecard.autoFail.joined(separator: ", "))
        }
        let reached = session.state.reachedBeats
        let route = reached.sorted().joined(separator: ", ")
        for beat in expect.reached where !reached.contains(beat) { fail("reached", "the call reaches `\(beat)`", "beats reached: \(route)") }
        for beat in expect.notReached where reached.contains(beat) { fail("not-reached", "the call never reaches `\(beat)`", "beats reached: \(route)") }
        let mood = session.state.mood
        if let low = expect.moodAtLeast, mood < low { fail("mood-at-least", "final mood ≥ \(ScenarioFlow.format(low))", "final mood \(ScenarioFlow.format(mood))") }
        if let high = expect.moodBelow, mood >= high { fail("mood-below", "final mood < \(ScenarioFlow.format(high))", "final mood \(ScenarioFlow.format(mood))") }
        if let csat = expect.csat, scorecard.metrics.csat != csat { fail("csat", String(csat), String(scorecard.metrics.csat)) }
        return found
    }
}
