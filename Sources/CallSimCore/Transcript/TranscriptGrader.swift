/// Grades a recorded call by feeding its lines through the same `CallSession` as live
/// practice: the agent's lines and commands are replayed, the customer's lines are heard
/// (with their tags, or tags inferred from the words), and the call is scored by the one
/// `Evaluator`.
public enum TranscriptGrader {
    /// The header key that says how a call ended when the transcript alone cannot
    /// (`customer-hung-up`, `scenario-ended`).
    public static let endedKey = "ended"

    /// The session configuration for a transcript: its headers, then the scenario's facts.
    /// `matcher`, when given, is `phrasebook` already compiled (shared across a batch).
    public static func configuration(
        for transcript: Transcript, scenario: Scenario?, phrasebook: Phrasebook, matcher: PhraseMatcher? = nil
    ) -> SessionConfiguration {
        let header = transcript.header
        var configuration = SessionConfiguration(
            grading: scenario, phrasebook: phrasebook, agentName: header["agent"], company: header["company"],
            customerName: header["customer"],
            direction: header["direction"].flatMap(CallDirection.init(rawValue:)) ?? scenario?.direction ?? .inbound,
            channel: header["channel"].flatMap(CallChannel.init(rawValue:)) ?? scenario?.channel ?? .phone,
            language: language(of: transcript, scenario: scenario))
        configuration.matcher = matcher
        return configuration
    }

    /// The transcript's language: its `@language` header, the scenario's, or English.
    public static func language(of transcript: Transcript, scenario: Scenario?) -> String {
        transcript.header["language"] ?? scenario?.language ?? "en"
    }

    /// Scores `transcript`. A command line that cannot be read is a `TranscriptError`.
    /// `matcher`, when given, is `phrasebook` already compiled (shared across a batch).
    public static func grade(
        _ transcript: Transcript, scenario: Scenario?, phrasebook: Phrasebook, matcher: PhraseMatcher? = nil
    ) throws(TranscriptError) -> Scorecard {
        var session = CallSession(configuration: configuration(for: transcript, scenario: scenario, phrasebook: phrasebook, matcher: matcher))
        for line in transcript.lines {
            switch line.speaker {
            case .agent:
                let input: TraineeInput
                do {
                    input = try TraineeInput.parse(line.text)
                } catch {
                    throw TranscriptError(line: line.sourceLine, message: error.message)
                }
                if case .command(let command) = input, command.isInformational { continue }
                _ = session.replay(input, at: line.at)
            case .customer:
                _ = session.hear(line.text, tags: line.tags, at: line.at)
            }
        }
        let ended = transcript.header[endedKey].flatMap(EndReason.init(rawValue:)) ?? .transcriptEnded
        return session.finish(reason: ended)
    }
}
