import CallSimCore
import CallSimStore

/// A recorded session as a transcript and a scorecard.
enum SessionExport {
    /// The session in the transcript model, with the headers of CONTRACTS.md §3.
    static func transcript(of stored: StoredSession, scenario: Scenario?) -> Transcript {
        var header: [String: String] = ["language": stored.language]
        if let id = stored.scenarioId { header["scenario"] = id }
        if let scenario {
            header["direction"] = scenario.direction.rawValue
            header["channel"] = scenario.channel.rawValue
            if let company = scenario.company { header["company"] = company }
            header["customer"] = scenario.persona.name
            header["persona"] = scenario.persona.temperament.rawValue
        }
        // The trainee, not the name they gave on the call: grading fills {agent} only from @agent.
        header["trainee"] = stored.trainee
        // How the call ended, when its lines alone do not say (the customer hung up).
        if let reason = stored.endReason, reason == .customerHungUp || reason == .scenarioEnded {
            header[TranscriptGrader.endedKey] = reason.rawValue
        }
        let lines = stored.turns.map { turn in
            TranscriptLine(
                speaker: turn.speaker, text: turn.text, at: stored.timed ? turn.at : nil,
                tags: turn.speaker == .customer ? turn.tags : nil)
        }
        return Transcript(header: header, lines: lines)
    }

    /// The recorded scorecard (nil for a call cut off before it ended).
    static func scorecard(of stored: StoredSession, scenario: Scenario?) -> Scorecard? {
        guard !stored.isIncomplete, let score = stored.score, let metrics = stored.metrics else { return nil }
        let (sections, _) = Evaluator.sectionScores(for: stored.findings, weights: scenario?.scorecard.weights ?? [:])
        return Scorecard(
            score: score, passed: stored.passed ?? false, passMark: stored.passMark,
            autoFail: stored.findings.filter { $0.critical && $0.verdict == .fail }.map(\.rule),
            sections: sections, findings: stored.findings, metrics: metrics)
    }
}
