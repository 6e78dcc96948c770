import Testing
@testable import CallSimCore

/// Phrase weights: a line shows a category when its phrases of that category weigh at least 1.
@Suite("Evidence weights")
struct EvidenceWeightTests {
    static let phrasebook = Phrasebook(language: "en", categories: [
        PhraseCategory(id: "greeting", kind: .recommended, phrases: [
            PhraseEntry(pattern: "hello"),
            PhraseEntry(pattern: "how can i help [you]", weight: 0.5),
            PhraseEntry(pattern: "welcome", weight: 0.5),
        ]),
    ])

    static func greeting(_ line: String) throws -> Finding {
        var session = CallSession(configuration: SessionConfiguration(
            grading: nil, phrasebook: phrasebook, agentName: nil, company: nil, customerName: nil,
            direction: .inbound, channel: .phone, language: "en"))
        _ = session.replay(try TraineeInput.parse(line), at: nil)
        return try #require(session.finish().finding("greeting"))
    }

    @Test func aWeakPhraseAloneIsNotEnough() throws {
        // Given a first line with only a phrase of weight 0.5
        let finding = try Self.greeting("How can I help you?")
        // Then it does not greet
        #expect(finding.verdict == .fail)
    }

    @Test func twoWeakPhrasesTogetherAre() throws {
        // Given a first line with two different phrases of weight 0.5
        let finding = try Self.greeting("Welcome, how can I help you?")
        // Then together they greet, quoting the first
        #expect(finding.verdict == .pass)
        #expect(finding.evidence == "Welcome")
    }

    @Test func theSameWeakPhraseTwiceCountsOnce() throws {
        // Given a first line repeating one phrase of weight 0.5
        let finding = try Self.greeting("How can I help? How can I help?")
        // Then it does not greet
        #expect(finding.verdict == .fail)
    }

    @Test func aFullPhraseIsEnough() throws {
        // Given a first line with a phrase of weight 1
        let finding = try Self.greeting("Hello.")
        // Then it greets
        #expect(finding.verdict == .pass)
        #expect(finding.evidence == "Hello")
    }
}
