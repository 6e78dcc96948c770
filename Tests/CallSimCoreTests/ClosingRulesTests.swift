import Testing
@testable import CallSimCore

@Suite("Rules: closing")
struct ClosingRulesTests {
    // No "thank you for calling" here: it is also a farewell phrase.
    static let greeting = Fixtures.Line.agent("Good morning, Nile Telecom, my name is Sam.")
    static let complaint = Fixtures.Line.customer("I've been charged twice for my internet!", tags: ["upset"])
    static let notesAdvice = "Write wrap-up notes with /notes: the customer's issue and what you did, e.g. “Charged twice in November; refunded 49.99, 3–5 days.”"

    @Test func aProperCloseFromTheModelCallPasses() throws {
        // Given the model call
        let card = try Fixtures.grade(Fixtures.goodCall)
        // When graded
        // Then recap, anything-else, farewell and notes pass, quoting the agent's words
        let recap = try #require(card.finding("recap"))
        #expect(recap.verdict == .pass)
        #expect(recap.turn == 10)
        #expect(recap.evidence == "To recap")
        let anything = try #require(card.finding("anything-else"))
        #expect(anything.verdict == .pass)
        #expect(anything.evidence == "Is there anything else")
        let farewell = try #require(card.finding("farewell"))
        #expect(farewell.verdict == .pass)
        #expect(farewell.turn == 12)
        #expect(farewell.evidence == "Thank you for calling")
        let notes = try #require(card.finding("wrap-up-notes"))
        #expect(notes.verdict == .pass)
        #expect(notes.turn == 14)
        #expect(notes.section == "closing")
    }

    @Test func closingRulesFailWhenTheAgentEndsAbruptly() throws {
        // Given an agent who ends the call without closing
        let card = try Fixtures.grade([Self.greeting, Self.complaint, .agent("I'm so sorry about that."), .agent("/end")])
        // When graded
        // Then recap, anything-else and farewell fail at the agent's last line
        for rule in ["recap", "anything-else", "farewell"] {
            let finding = try #require(card.finding(rule))
            #expect(finding.verdict == .fail, "\(rule)")
            #expect(finding.turn == 3, "\(rule)")
            #expect(finding.evidence == nil, "\(rule)")
        }
        #expect(card.finding("farewell")?.advice == "End with thanks and a goodbye before you hang up. For example: “Have a good day”")
    }

    @Test func aFarewellMustBeInTheLastTwoLinesBeforeTheEnd() throws {
        // Given a goodbye followed by two more lines before /end
        let card = try Fixtures.grade([
            Self.greeting, Self.complaint, .agent("Goodbye then."), .agent("Oh, one more thing."), .agent("The bill is fixed."),
            .agent("/end"),
        ])
        // Then the farewell does not count
        #expect(Fixtures.verdict("farewell", card) == .fail)
    }

    @Test func linesAfterTheEndDoNotCountForTheClose() throws {
        // Given a goodbye typed only after /end (where it becomes notes)
        let card = try Fixtures.grade([Self.greeting, Self.complaint, .agent("/end"), .agent("Goodbye, take care.")])
        // Then the farewell fails
        #expect(Fixtures.verdict("farewell", card) == .fail)
    }

    @Test func closingRulesAreNotApplicableWhenTheCustomerHungUp() throws {
        // Given a call the customer left before the agent could close
        let card = try Fixtures.grade([Self.greeting, Self.complaint, .agent("Okay.")], finish: .customerHungUp)
        // Then recap, anything-else and farewell do not apply
        for rule in ["recap", "anything-else", "farewell"] {
            #expect(Fixtures.verdict(rule, card) == .notApplicable, "\(rule)")
        }
        // But notes are still expected
        #expect(Fixtures.verdict("wrap-up-notes", card) == .fail)
    }

    @Test func closingRulesFailWhenATranscriptJustStops() throws {
        // Given a transcript that stops without a close
        let card = try Fixtures.grade([Self.greeting, Self.complaint, .agent("Okay.")])
        // Then the closing rules fail
        #expect(Fixtures.verdict("recap", card) == .fail)
        #expect(Fixtures.verdict("anything-else", card) == .fail)
    }

    // MARK: wrap-up-notes

    @Test func missingNotesFail() throws {
        // Given a call with no notes
        let card = try Fixtures.grade([Self.greeting, Self.complaint, .agent("/end")])
        // When graded
        let finding = try #require(card.finding("wrap-up-notes"))
        // Then the rule fails with no turn, and its general advice
        #expect(finding.verdict == .fail)
        #expect(finding.turn == nil)
        #expect(finding.evidence == nil)
        #expect(finding.advice == Self.notesAdvice)
    }

    @Test func notesUnderFiveWordsAreTooShort() throws {
        // Given notes of two words
        let card = try Fixtures.grade([Self.greeting, Self.complaint, .agent("/end"), .agent("/notes Refunded customer.")])
        // When graded
        let finding = try #require(card.finding("wrap-up-notes"))
        // Then they fail as too short
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 4)
        #expect(finding.evidence == "Refunded customer.")
        #expect(finding.advice == "Your notes are too short to be useful. \(Self.notesAdvice)")
    }

    @Test func notesUnrelatedToTheCallFail() throws {
        // Given long notes that share no words with the call
        let card = try Fixtures.grade([
            Self.greeting, Self.complaint, .agent("/end"), .agent("/notes Lorem ipsum dolor sit amet consectetur."),
        ])
        // When graded
        let finding = try #require(card.finding("wrap-up-notes"))
        // Then they fail as not describing the call
        #expect(finding.verdict == .fail)
        #expect(finding.advice == "Your notes don't describe this call. \(Self.notesAdvice)")
    }

    @Test func notesThatStateTheIssueAndOutcomePass() throws {
        // Given notes that name the issue (words from the call) and what was done
        let card = try Fixtures.grade([
            Self.greeting, Self.complaint, .agent("I'm so sorry, I will sort this out."), .agent("/end"),
            .agent("/notes Customer charged twice for internet; apologised, refund to follow."),
        ])
        // When graded
        let finding = try #require(card.finding("wrap-up-notes"))
        // Then they pass, quoting the notes
        #expect(finding.verdict == .pass)
        #expect(finding.turn == 5)
        #expect(finding.evidence == "Customer charged twice for internet; apologised, refund to follow.")
    }

    @Test func notesWrittenInSeveralPartsCountTogether() throws {
        // Given notes in two short parts that together state the issue
        let card = try Fixtures.grade([
            Self.greeting, Self.complaint, .agent("/end"), .agent("/notes Charged twice for internet."), .agent("/notes Refund promised."),
        ])
        // Then they pass at the last part
        #expect(Fixtures.verdict("wrap-up-notes", card) == .pass)
        #expect(card.finding("wrap-up-notes")?.turn == 5)
    }
}
