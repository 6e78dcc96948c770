import Testing
@testable import CallSimCore

@Suite("Normalizer: byte-level buffer")
struct NormalizerBufferTests {
    private func tokenize(_ bytes: [UInt8], into buffer: inout TokenBuffer) {
        bytes.withUnsafeBufferPointer { Normalizer.tokenize($0, into: &buffer) }
    }

    private func words(_ buffer: TokenBuffer) -> [String] { (0..<buffer.count).map(buffer.word) }

    @Test func bufferHoldsTheSameTokensAsNormalize() {
        // Given a line mixing English, a contraction, Arabic with diacritics and Persian digits
        let text = "I’m SORRY — مَرْحَبًا، ۴۹ Café!"
        // When it is tokenised into a buffer and normalised the convenient way
        var buffer = TokenBuffer()
        Normalizer.tokenize(text, into: &buffer)
        let normalized = Normalizer.normalize(text)
        // Then both give the same words and the same offsets into the original
        #expect(words(buffer) == ["i", "am", "sorry", "مرحبا", "49", "cafe"])
        #expect(buffer.tokens == normalized.tokens)
        #expect(buffer.source(0) == 0..<5)
        #expect(buffer.source(1) == 0..<5)
        #expect(buffer.source(5) == 42..<47)
    }

    @Test func reusingABufferReplacesTheLastLine() {
        // Given a buffer that held a long line
        var buffer = TokenBuffer()
        Normalizer.tokenize("one two three four five six", into: &buffer)
        // When a shorter line is tokenised into it
        Normalizer.tokenize("Hello, world", into: &buffer)
        // Then only the new line's tokens are there
        #expect(buffer.count == 2)
        #expect(words(buffer) == ["hello", "world"])
        #expect(buffer.source(1) == 7..<12)
    }

    @Test func bytesThatAreNotUTF8SeparateWords() {
        // Given bytes with a stray continuation byte and a cut-short sequence between words
        let bytes: [UInt8] = Array("good".utf8) + [0x80] + Array("morning".utf8) + [0xE2, 0x82] + Array("team".utf8)
        // When tokenised
        var buffer = TokenBuffer()
        tokenize(bytes, into: &buffer)
        // Then each bad byte is a word boundary, and offsets still count bytes
        #expect(words(buffer) == ["good", "morning", "team"])
        #expect(buffer.source(1) == 5..<12)
        #expect(buffer.source(2) == 14..<18)
    }

    @Test func everyTokenCarriesTheHashOfItsBytes() {
        // Given a line with short, long and Arabic words
        var buffer = TokenBuffer()
        Normalizer.tokenize("ok internationalisation شكرا", into: &buffer)
        // Then each token's hash is the hash of its normalised bytes
        for index in 0..<buffer.count {
            #expect(buffer.hash(index) == WordHash.hash(Array(buffer.word(index).utf8)))
        }
    }

    @Test func shortWordHashesAgreeWithTheGeneralHash() {
        // Given words of 0 to 12 bytes, padded as the normaliser's buffers are
        for length in 0...12 {
            let word = Array("abcdefghijkl".utf8.prefix(length))
            let padded = word + Array(repeating: 0x7A, count: 8)
            // When hashed the padded way and the general way
            let fast = padded.withUnsafeBufferPointer { WordHash.hashPadded($0.baseAddress.unsafelyUnwrapped, count: length) }
            // Then they agree
            #expect(fast == WordHash.hash(word), "\(length)")
        }
    }

    @Test func aLongLineIsTokenisedWhole() {
        // Given a line of 20,000 words with contractions, closing quotes and Arabic
        let text = Array(repeating: "don't 'quoted' شُكْرًا", count: 20_000).joined(separator: " ")
        // When tokenised into a small buffer
        var buffer = TokenBuffer()
        Normalizer.tokenize("x", into: &buffer)
        Normalizer.tokenize(text, into: &buffer)
        // Then every word is there, and the last points at the end of the text
        #expect(buffer.count == 80_000)
        #expect(words(buffer).suffix(4) == ["do", "not", "quoted", "شكرا"])
        #expect(buffer.source(buffer.count - 1).upperBound == text.utf8.count)
    }

    @Test(arguments: [
        ("y'all", ["you", "all"]),
        ("ma'am", ["madam"]),
        ("n't", ["not"]),
        ("'cause", ["cause"]),
        ("rock'n'roll", ["rock'n", "roll"]),
        ("cannot", ["cannot"]),
        ("cannot'", ["can", "not"]),
        ("shouldn’t", ["should", "not"]),
        ("who's", ["who", "is"]),
        ("Sam's", ["sam"]),
    ])
    func contractionsExpandAtTheByteLevelAsBefore(text: String, expected: [String]) {
        // Given a word with an apostrophe (or none)
        // When normalised
        // Then it gives the words the string-level rules gave
        #expect(Normalizer.normalize(text).tokens.map(\.text) == expected)
    }
}
