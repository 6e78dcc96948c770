import Testing
@testable import CallSimCore

@Suite("Rules: language")
struct LanguageRulesTests {
    static let greeting = Fixtures.Line.agent("Good morning, thank you for calling Nile Telecom, my name is Sam.")
    static let upset = Fixtures.Line.customer("I've been charged twice!", tags: ["upset"])

    @Test func discouragedPhrasesPassOnAPoliteCall() throws {
        // Given a polite call
        let card = try Fixtures.grade([Self.greeting, Self.upset, .agent("I'm so sorry about that.")])
        // When graded
        let finding = try #require(card.finding("discouraged-phrases"))
        // Then the rule passes with its general advice
        #expect(finding.verdict == .pass)
        #expect(finding.section == "language")
        #expect(finding.advice == "Choose words that calm and include the customer; avoid dismissive or negating phrases.")
    }

    @Test func discouragedPhraseAdviceGivesThePhrasesReplacement() throws {
        // Given an agent who says "calm down"
        let card = try Fixtures.grade([Self.greeting, Self.upset, .agent("Sir, please calm down.")])
        // When graded
        let finding = try #require(card.finding("discouraged-phrases"))
        // Then it fails, quoting the words and offering the phrase's own replacement
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 3)
        #expect(finding.evidence == "calm down")
        #expect(finding.advice == "Avoid this phrase. Instead: “\(Fixtures.calmDownReplacement)”")
    }

    @Test func discouragedPhraseFallsBackToTheCategoryReplacement() throws {
        // Given an agent who says "that's not my problem" (a phrase without its own replacement)
        let card = try Fixtures.grade([Self.greeting, Self.upset, .agent("Well, that's not my problem.")])
        // When graded
        let finding = try #require(card.finding("discouraged-phrases"))
        // Then the advice contains the category's replacement, and the evidence the contraction as typed
        #expect(finding.verdict == .fail)
        #expect(finding.evidence == "that's not my problem")
        #expect(finding.advice == "Avoid this phrase. Instead: “\(Fixtures.dismissingReplacement)”")
    }

    @Test func noAbusePassesOnAPoliteCall() throws {
        // Given a polite call
        let card = try Fixtures.grade([Self.greeting, Self.upset, .agent("I'm so sorry about that.")])
        // When graded
        let finding = try #require(card.finding("no-abuse"))
        // Then the rule passes and nothing fails automatically
        #expect(finding.verdict == .pass)
        #expect(finding.critical)
        #expect(card.autoFail.isEmpty)
    }

    @Test func anInsultIsACriticalFailure() throws {
        // Given an agent who insults the customer on an otherwise good call
        var lines = Fixtures.goodCall
        lines.insert(.agent("Don't be stupid."), at: 4)
        let card = try Fixtures.grade(lines)
        // When graded
        let finding = try #require(card.finding("no-abuse"))
        // Then no-abuse fails, the score is 0 and the call fails
        #expect(finding.verdict == .fail)
        #expect(finding.turn == 5)
        #expect(finding.evidence == "stupid")
        #expect(finding.advice == "Never insult, swear at or threaten a customer, however they behave; if a call gets out of hand, escalate it.")
        #expect(card.autoFail == ["no-abuse"])
        #expect(card.score == 0)
        #expect(card.passed == false)
    }

    @Test func twoCriticalFailuresAreListedInCatalogueOrder() throws {
        // Given an agent who insults the customer and refunds without verification (a generic call)
        let card = try Fixtures.grade([Self.greeting, Self.upset, .agent("Shut up."), .agent("/action refund 49.99")], scenario: nil)
        // Then both critical rules are listed
        #expect(card.autoFail == ["identity-verification", "no-abuse"])
        #expect(card.score == 0)
    }
}
