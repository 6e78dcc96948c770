import Testing
@testable import CallSimCore

@Suite("CallClock")
struct CallClockTests {
    @Test func durationFollowsTheSpeakingOrTypingRate() {
        // Given lines of several lengths
        // Then phone lines take words / 150 minutes, chat lines words / 40, at least one second
        #expect(CallClock.duration(words: 15, channel: .phone) == 6)
        #expect(CallClock.duration(words: 10, channel: .chat) == 15)
        #expect(CallClock.duration(words: 0, channel: .phone) == 1)
        #expect(CallClock.duration(words: 1, channel: .phone) == 1)
    }

    @Test func talkHoldAndWrapAddUp() {
        // Given a clock
        var clock = CallClock()
        // When talk (after a gap), a hold and wrap-up are counted
        let talkStart = clock.talk(4, after: 2)
        let holdStart = clock.hold(30)
        let wrapStart = clock.wrap(10)
        // Then each starts where the last ended, and the totals add up
        #expect([talkStart, holdStart, wrapStart] == [2, 6, 36])
        #expect(clock.now == 46)
        #expect(clock.talkSeconds == 6)
        #expect(clock.holdSeconds == 30)
        #expect(clock.wrapSeconds == 10)
    }

    @Test func advanceOnlyMovesForward() {
        // Given a clock at 10 s
        var clock = CallClock()
        _ = clock.talk(10)
        // When advanced backwards and forwards
        clock.advance(to: 5)
        #expect(clock.now == 10)
        clock.advance(to: 25)
        // Then only the forward move counts, as talk
        #expect(clock.now == 25)
        #expect(clock.talkSeconds == 25)
    }
}

@Suite("PhraseExamples")
struct PhraseExamplesTests {
    @Test func patternsAreWrittenOutAsSentences() {
        // Given patterns with alternatives, optional parts, wildcards and slots
        // Then the first alternative and the optional words are kept, slots filled or marked
        #expect(PhraseExamples.plain("(hello|hi) there", agent: nil, company: nil) == "Hello there")
        #expect(PhraseExamples.plain("i am [(very|so)] sorry", agent: nil, company: nil) == "I am very sorry")
        #expect(PhraseExamples.plain("within * (working|business) days", agent: nil, company: nil) == "Within … working days")
        #expect(PhraseExamples.plain("thank you for calling {company}, this is {agent}", agent: "Sam", company: "Nile Telecom")
            == "Thank you for calling Nile Telecom, this is Sam")
        #expect(PhraseExamples.plain("thank you for calling {company}, this is {agent}", agent: nil, company: "")
            == "Thank you for calling [company], this is [your name]")
        #expect(PhraseExamples.plain("is this {customer}", agent: nil, company: nil) == "Is this [name]")
    }

    @Test func theExampleIsTheCategorysFirstPhrase() {
        // Given the fixture phrasebook
        // Then the example is its first phrase written out, and there is none for a missing category
        #expect(PhraseExamples.example("farewell", in: Fixtures.phrasebook, agent: nil, company: nil) == "Have a good day")
        #expect(PhraseExamples.example("no-such-category", in: Fixtures.phrasebook, agent: nil, company: nil) == nil)
    }
}

@Suite("LineRendering")
struct LineRenderingTests {
    @Test func placeholdersAreFilledFromFactsAndNames() {
        // Given a customer line with fact and name placeholders
        let text = LineRendering.render(
            "I'm {customer}, account {account-number}; is that {company}? Hi {agent}.",
            facts: ["account-number": "40021987"], agent: "Sam", company: "Nile Telecom", customer: "Karim")
        // Then every known placeholder is filled
        #expect(text == "I'm Karim, account 40021987; is that Nile Telecom? Hi Sam.")
    }

    @Test func unknownAndUnclosedPlaceholdersAreKept() {
        // Given an unknown placeholder and an unclosed brace
        // Then they are left as written
        #expect(LineRendering.render("my {shoe-size} is {big", facts: [:], agent: nil, company: nil, customer: nil) == "my {shoe-size} is {big")
        #expect(LineRendering.render("no placeholders", facts: [:], agent: nil, company: nil, customer: nil) == "no placeholders")
    }
}

@Suite("Phrasebook and small types")
struct SmallTypesTests {
    @Test func mergingAddsCategoriesAndCombinesPhrases() {
        // Given two phrasebooks sharing a category
        let base = Phrasebook(language: "en", categories: [Fixtures.category("thanks", ["thank you"])])
        let extra = Phrasebook(language: "en", categories: [
            Fixtures.category("thanks", ["cheers"]), Fixtures.category("farewell", ["bye"]),
        ])
        // When merged
        let merged = base.merged(with: extra)
        // Then the shared category has both phrases and the new one is added
        #expect(merged.categories.map(\.id) == ["thanks", "farewell"])
        #expect(merged.category("thanks")?.phrases.map(\.pattern) == ["thank you", "cheers"])
        #expect(merged.category("missing") == nil)
    }

    @Test func theSameSeedGivesTheSameNumbers() {
        // Given two generators with one seed and one with another
        var first = SeededGenerator(seed: 42)
        var second = SeededGenerator(seed: 42)
        var other = SeededGenerator(seed: 43)
        // Then the first two agree and the third differs
        let a = (0..<5).map { _ in first.next() }
        let b = (0..<5).map { _ in second.next() }
        let c = (0..<5).map { _ in other.next() }
        #expect(a == b)
        #expect(a != c)
    }

    @Test func difficultiesAreOrdered() {
        // Given the difficulties
        // Then easy < medium < hard
        #expect(Difficulty.easy < .medium)
        #expect(Difficulty.medium < .hard)
        #expect(Difficulty.allCases.sorted() == [.easy, .medium, .hard])
    }

    @Test func sourceLocationsPrintAsPathLineColumn() {
        // Given a location in a file
        // Then it prints as editors expect
        #expect(CallSimCore.SourceLocation(path: "scenarios/en/a.yaml", line: 3, column: 7).description == "scenarios/en/a.yaml:3:7")
    }

    @Test func identityFactsUseTheTranscriptNames() {
        // Given the identity facts
        // Then their raw values are the names of CONTRACTS.md §3
        #expect(IdentityFact.allCases.map(\.rawValue) == [
            "name", "account-number", "date-of-birth", "phone", "email", "address", "postcode", "order-number", "card-digits",
        ])
    }
}
