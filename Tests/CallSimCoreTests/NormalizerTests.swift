import Testing
@testable import CallSimCore

@Suite("Normalizer: case, punctuation and contractions")
struct NormalizerTests {
    @Test func foldsCaseAndCollapsesPunctuationAndSpaces() {
        // Given a line with capitals, repeated punctuation and runs of spaces and tabs
        let text = "Hello,   WORLD!!  How\tare -- you?"
        // When it is normalised
        let normalized = Normalizer.normalize(text)
        // Then the words are lower-case and joined by single spaces
        #expect(normalized.tokens.map(\.text) == ["hello", "world", "how", "are", "you"])
        #expect(normalized.joined == "hello world how are you")
        #expect(Normalizer.normalizedString(text) == "hello world how are you")
    }

    @Test func keepsDigitsInsideWords() {
        // Given words mixing letters and digits
        // When normalised
        // Then digits stay part of the word and punctuation splits
        #expect(Normalizer.normalizedString("Refund 49.99 to SW1A") == "refund 49 99 to sw1a")
    }

    @Test(arguments: [
        ("I'm sorry", "i am sorry"),
        ("I’m sorry", "i am sorry"),
        ("I can't", "i can not"),
        ("it won't", "it will not"),
        ("it's fine", "it is fine"),
        ("the customer's bill", "the customer bill"),
        ("don't worry", "do not worry"),
        ("we're here", "we are here"),
        ("you've paid", "you have paid"),
        ("I'll call", "i will call"),
        ("I'd like", "i would like"),
        ("let's go", "let us go"),
        ("that's not my problem", "that is not my problem"),
        ("DON’T", "do not"),
    ])
    func expandsContractions(text: String, expected: String) {
        // Given a contraction, typed with a straight or a typographic apostrophe
        // When normalised
        // Then it reads like the words it stands for
        #expect(Normalizer.normalizedString(text) == expected)
    }

    @Test func contractionTokensQuoteTheWholeOriginalWord() {
        // Given a line with a typographic contraction
        let text = "Well, I’m really sorry"
        // When normalised
        let normalized = Normalizer.normalize(text)
        // Then both expanded tokens point at the original "I’m", and quotes use the original words
        #expect(normalized.tokens.map(\.text) == ["well", "i", "am", "really", "sorry"])
        #expect(normalized.quote(1..<2) == "I’m")
        #expect(normalized.quote(2..<3) == "I’m")
        #expect(normalized.quote(1..<5) == "I’m really sorry")
        #expect(normalized.quote(0..<1) == "Well")
    }

    @Test func tokenOffsetsAreUTF8OffsetsIntoTheOriginal() {
        // Given a line with punctuation
        let normalized = Normalizer.normalize("Hello, world")
        // Then each token records where its word starts and ends, in bytes
        #expect(normalized.tokens == [Token(text: "hello", start: 0, end: 5), Token(text: "world", start: 7, end: 12)])
    }

    @Test func quoteOfAnEmptyOrOutOfRangeSpanIsEmpty() {
        // Given a normalised line of two words
        let normalized = Normalizer.normalize("thank you")
        // When quoting nothing, or beyond the tokens
        // Then the quote is empty rather than a crash
        #expect(normalized.quote(1..<1) == "")
        #expect(normalized.quote(1..<5) == "")
    }

    @Test func quotedWordsDoNotIncludeAClosingQuoteMark() {
        // Given a word in single quotes
        let normalized = Normalizer.normalize("She said 'hello' to me")
        // When the quoted word is quoted back as evidence
        // Then the evidence is the word itself, without the closing quote mark
        #expect(normalized.tokens.map(\.text) == ["she", "said", "hello", "to", "me"])
        #expect(normalized.quote(2..<3) == "hello")
    }

    @Test func emptyAndWhitespaceOnlyInputHaveNoTokens() {
        // Given empty, blank and punctuation-only lines
        for text in ["", "   ", "\t \n", "?!...", "'"] {
            // When normalised
            let normalized = Normalizer.normalize(text)
            // Then there are no tokens and the joined form is empty
            #expect(normalized.tokens.isEmpty, "\(text.debugDescription)")
            #expect(normalized.joined == "")
        }
    }

    @Test func emojiSeparateWordsAndNeverMakeEmptyTokens() {
        // Given lines with emoji, skin-tone modifiers, ZWJ sequences and variation selectors
        let lines = ["Thanks😊bye", "ok 👍🏽 great", "family 👨‍👩‍👧 trip", "love ❤️ it", "🎉🎉🎉"]
        let expected = [["thanks", "bye"], ["ok", "great"], ["family", "trip"], ["love", "it"], []]
        for (text, words) in zip(lines, expected) {
            // When normalised
            let tokens = Normalizer.normalize(text).tokens
            // Then the emoji separate the words and no token is empty
            #expect(tokens.map(\.text) == words, "\(text)")
            #expect(tokens.allSatisfy { !$0.text.isEmpty && $0.start < $0.end })
        }
    }

    @Test func fullwidthLatinLettersAndDigitsReadAsASCII() {
        // Given fullwidth letters and digits, as typed with an East Asian keyboard
        // When normalised
        // Then they read as plain ASCII
        #expect(Normalizer.normalizedString("ＨＥＬＬＯ ｗｏｒｌｄ １２３") == "hello world 123")
    }

    @Test func latinLigaturesAndSuperscriptsAreDecomposed() {
        // Given compatibility characters pasted from a PDF
        // When normalised
        // Then they read as their letters and digits
        #expect(Normalizer.normalizedString("ﬁne ofﬁce x²") == "fine office x2")
    }

    @Test func accentsDoNotMatterWhetherComposedOrDecomposed() {
        // Given the same accented word typed precomposed (é) and decomposed (e + U+0301)
        let composed = "Café"
        let decomposed = "Cafe\u{301}"
        // When both are normalised
        // Then they read alike ("accents do not matter", phrasebooks/en/agent.yaml)
        #expect(Normalizer.normalizedString(decomposed) == "cafe")
        #expect(Normalizer.normalizedString(composed) == Normalizer.normalizedString(decomposed))
    }
}
