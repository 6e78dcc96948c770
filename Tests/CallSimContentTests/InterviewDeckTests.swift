import CallSimContent
import CallSimCore
import Foundation
import Testing

@Suite("Flashcard decks")
struct InterviewDeckTests {
    static let phrasebook = Phrasebook(language: "en", categories: [
        PhraseCategory(id: "empathy", kind: .recommended, phrases: [PhraseEntry(pattern: "i understand")]),
        PhraseCategory(
            id: "dismissing", kind: .discouraged, replacement: "I understand, and here is what I can do.",
            phrases: [PhraseEntry(pattern: "calm down"), PhraseEntry(pattern: "whatever", replacement: "I see.")]),
        PhraseCategory(id: "upset", kind: .signal, phrases: [PhraseEntry(pattern: "ridiculous")]),
    ])

    private func rendered(_ yaml: String) -> String {
        DiagnosticRenderer.render(DeckLoader.load(yaml: yaml, path: "deck.yaml", phrasebook: Self.phrasebook).diagnostics, sources: ["deck.yaml": yaml])
    }

    @Test func aBetterPhraseCardTakesItsAnswerFromThePhrasebook() throws {
        // Given a "say it better" card without a `back`
        let yaml = """
            kind: deck
            id: phrases
            title: Say it better
            language: en
            style: better-phrase
            cards:
              - { id: calm, front: "Calm down!", better: [empathy] }
              - { id: whatever, front: "Whatever.", better: empathy }

            """
        // When it is loaded with the phrasebook
        let deck = try #require(DeckLoader.load(yaml: yaml, path: "deck.yaml", phrasebook: Self.phrasebook).value)
        // Then each card's answer is the replacement of the discouraged phrase its front matches
        #expect(deck.cards.map(\.back) == ["I understand, and here is what I can do.", "I see."])
        #expect(deck.cards.map(\.better) == [["empathy"], ["empathy"]])
    }

    @Test func aFrontThatIsNotDiscouragedAndAnUnknownCategoryAreErrors() {
        // Given a card whose front is fine wording, and one whose `better` names a signal and a typo
        let yaml = """
            kind: deck
            id: phrases
            title: Say it better
            language: en
            style: better-phrase
            cards:
              - { id: fine, front: "I understand.", back: "Good already.", better: [empathy] }
              - { id: calm, front: "Calm down!", better: [upset, empaty] }

            """
        // When it is loaded
        // Then each problem is placed at its value
        #expect(rendered(yaml) == """
            deck.yaml:7:24: error[Q012]: the front of card `fine` matches no discouraged phrase of the `en` phrasebook; a "say it better" card shows wording to avoid
                  - { id: fine, front: "I understand.", back: "Good already.", better: [empathy] }
                                       ^
            deck.yaml:8:47: error[Q013]: `upset` is not a recommended category of the `en` phrasebook
                  - { id: calm, front: "Calm down!", better: [upset, empaty] }
                                                              ^
            deck.yaml:8:54: error[Q013]: `empaty` is not a category of the `en` phrasebook; did you mean `empathy`?
                  - { id: calm, front: "Calm down!", better: [upset, empaty] }
                                                                     ^
            """)
    }

    @Test func aMeaningCardNeedsKeyIdeas() {
        // Given a meaning card with an empty `keys` list and a repeated card id
        let yaml = """
            kind: deck
            id: terms
            title: Terms
            language: en
            style: meaning
            cards:
              - { id: ivr, front: IVR, back: Interactive voice response., keys: [] }
              - { id: ivr, front: IVR, back: Again., keys: [{ label: menu, phrases: ["menu"] }] }

            """
        // When it is loaded
        // Then both are reported
        #expect(DeckLoader.load(yaml: yaml, path: "deck.yaml", phrasebook: nil).diagnostics.map(\.code) == ["Q014", "Q007"])
    }

    @Test func theBundledDecksLoadInEveryLanguage() throws {
        // Given the repository's library and phrasebooks
        let library = ContentLibrary(extraRoots: [], environment: ["CALLSIM_HOME": repositoryRoot.path], executablePath: "")
        for language in ["en", "ar", "fa"] {
            let phrasebook = try #require(library.phrasebook(language: language).value)
            // When the language's decks are loaded
            let (decks, diagnostics) = library.loadDecks(language: language, phrasebook: phrasebook)
            // Then terms, metrics and phrases load cleanly, and every card has an answer
            #expect(diagnostics == [])
            #expect(decks.map(\.id).sorted() == ["metrics", "phrases", "terms"])
            #expect(decks.allSatisfy { $0.cards.allSatisfy { !$0.back.isEmpty } })
            #expect(decks.first { $0.id == "metrics" }.map { Set($0.cards.map(\.id)).isSuperset(of: ["fcr", "asa", "aht", "abandonment-rate", "csat", "occupancy"]) } == true)
        }
        // And an unknown deck suggests the closest
        let missing = library.deck(id: "metric", language: "en", phrasebook: nil)
        #expect(missing.value == nil)
        #expect(missing.diagnostics.last?.message == "no deck `metric` in `en` (did you mean `metrics`?); run `callsim drill lint` to see the decks and their problems")
    }
}
