import Testing
@testable import CallSimCore

/// A practice call exported as a transcript re-grades to the same score (CONTRACTS.md §3).
@Suite("Exported live calls re-grade to the same score")
struct ExportRegradeTests {
    static let goodScript = Fixtures.goodLiveScript
    static let badScript = ["Yes?", "/action refund 80", "Done.", "/end"]
    static let hangUpScript = ["Hello.", "Calm down.", "Calm down."]

    static let header = [
        "scenario": "billing-double-charge", "language": "en", "direction": "inbound", "channel": "phone",
        "company": "Nile Telecom", "agent": "Sam", "customer": "Karim Haddad",
    ]

    /// Plays `script` live and returns the session and its scorecard.
    private func live(_ script: [String]) throws -> (CallSession, Scorecard) {
        var (session, _) = try Fixtures.run(script)
        let card = session.finish(reason: .traineeQuit)
        return (session, card)
    }

    /// Re-grades `transcript` with the scenario, as `callsim grade` does.
    private func regrade(_ transcript: Transcript) throws -> Scorecard {
        try TranscriptGrader.grade(transcript, scenario: Fixtures.scenario, phrasebook: Fixtures.phrasebook)
    }

    /// The export's header: how the call ended is written when the lines alone cannot say it.
    private func header(for session: CallSession) -> [String: String] {
        var header = Self.header
        if let reason = session.endReason, reason == .customerHungUp || reason == .scenarioEnded {
            header[TranscriptGrader.endedKey] = reason.rawValue
        }
        return header
    }

    private func expectSameGrade(_ regraded: Scorecard, _ original: Scorecard, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(regraded.score == original.score, sourceLocation: sourceLocation)
        #expect(regraded.passed == original.passed, sourceLocation: sourceLocation)
        #expect(regraded.autoFail == original.autoFail, sourceLocation: sourceLocation)
        let pairs = { (card: Scorecard) in card.findings.map { "\($0.rule): \($0.verdict.rawValue)" } }
        #expect(pairs(regraded) == pairs(original), sourceLocation: sourceLocation)
    }

    // MARK: Through the transcript model

    @Test(arguments: [goodScript, badScript, hangUpScript])
    func theExportedModelReGradesToTheSameScore(script: [String]) throws {
        // Given a live call, played and scored
        let (session, original) = try live(script)
        // When its turns are exported as a transcript and re-graded with the scenario
        let transcript = Transcript(turns: session.turns, header: header(for: session), timed: false)
        let regraded = try regrade(transcript)
        // Then the score, the pass and every verdict are the same
        expectSameGrade(regraded, original)
    }

    // MARK: Through the text form

    @Test(arguments: [goodScript, badScript, hangUpScript])
    func theExportedTextReGradesToTheSameScore(script: [String]) throws {
        // Given a live call, played and scored
        let (session, original) = try live(script)
        // When it is written as a text transcript, read back, and re-graded with the scenario
        let text = TranscriptTextFormat.write(Transcript(turns: session.turns, header: header(for: session), timed: false))
        let (parsed, errors) = TranscriptTextFormat.parse(text)
        #expect(errors == [])
        let regraded = try regrade(try #require(parsed))
        // Then the score, the pass and every verdict are the same
        expectSameGrade(regraded, original)
    }

    // MARK: The three calls are what they claim to be

    @Test func theGoodCallPassesWithFullMarks() throws {
        // Given the model live call
        let (session, card) = try live(Self.goodScript)
        // Then it scores 100, resolved
        #expect(card.score == 100)
        #expect(card.passed)
        #expect(session.outcome == .resolved)
        #expect(card.metrics.resolved)
    }

    @Test func theBadCallFailsCritically() throws {
        // Given a live call that refunds 80 without verification or a close
        let (session, card) = try live(Self.badScript)
        // Then it scores 0 with identity verification failed, and the refund over the limit fails
        #expect(card.score == 0)
        #expect(card.autoFail == ["identity-verification"])
        #expect(Fixtures.verdict("no-unauthorised-concessions", card) == .fail)
        #expect(Fixtures.verdict("greeting", card) == .fail)
        #expect(session.endReason == .agentEnded)
    }

    @Test func theHungUpCallHasNoClosingToJudge() throws {
        // Given a live call the customer hangs up on
        let (session, card) = try live(Self.hangUpScript)
        // Then the closing rules do not apply and the call is abandoned
        #expect(session.endReason == .customerHungUp)
        #expect(session.outcome == .abandoned)
        #expect(Fixtures.verdict("recap", card) == .notApplicable)
        #expect(Fixtures.verdict("farewell", card) == .notApplicable)
        #expect(Fixtures.verdict("discouraged-phrases", card) == .fail)
        #expect(card.metrics.csat == 1)
    }
}
