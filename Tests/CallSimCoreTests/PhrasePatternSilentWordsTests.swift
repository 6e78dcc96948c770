import Testing
@testable import CallSimCore

@Suite("PhrasePattern: words that normalise to nothing")
struct PhrasePatternSilentWordsTests {
    @Test func findsWordsWithoutLettersOrDigitsWithTheirColumns() {
        // Given patterns with a dash, an emoji alternative and ordinary words
        // When their silent words are looked for
        let dash = PhrasePattern.silentWords(in: "thank you — goodbye")
        let emoji = PhrasePattern.silentWords(in: "(great|👍) [!!]")
        // Then each is found at its 1-based column, in scalars
        #expect(dash.map(\.word) == ["—"])
        #expect(dash.map(\.column) == [11])
        #expect(emoji.map(\.word) == ["👍", "!!"])
        #expect(emoji.map(\.column) == [8, 12])
    }

    @Test func ordinaryWordsSlotsAndWildcardsAreNotSilent() {
        // Given patterns of words, contractions, digits, Arabic, slots and wildcards
        // When checked
        // Then nothing is reported
        for pattern in ["I'm sorry, {agent}", "within * days", "5 (days|ايام)", "{company} speaking", "مرحباً"] {
            #expect(PhrasePattern.silentWords(in: pattern).isEmpty, "\(pattern)")
        }
    }
}
