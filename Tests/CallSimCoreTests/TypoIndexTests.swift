import Testing
@testable import CallSimCore

@Suite("TypoIndex: words one edit away")
struct TypoIndexTests {
    /// The vocabulary words one typo away from `typed`, as the matcher asks for them.
    private func candidates(_ typed: String, in vocabulary: [String]) -> [String] {
        var words = WordTable(capacity: vocabulary.count)
        for word in vocabulary { _ = words.intern(Array(word.utf8)) }
        let index = TypoIndex(words: words)
        let bytes = Array(typed.utf8)
        // Padded as the normaliser's buffers are: sixteen readable bytes past the word.
        let padded = bytes + Array(repeating: 0x7A, count: 16)
        var scratch = TypoIndex.Scratch()
        var found: [Int32] = []
        padded.withUnsafeBufferPointer { buffer in
            let word = UnsafeBufferPointer(rebasing: buffer[0..<bytes.count])
            index.candidates(for: word, hash: WordHash.hash(bytes), words: words, scratch: &scratch, into: &found)
        }
        return found.map { String(decoding: words.word($0), as: UTF8.self) }.sorted()
    }

    @Test(arguments: [
        ("refnud", "refund"),  // transposition
        ("refnd", "refund"),  // deletion
        ("reffund", "refund"),  // insertion
        ("refumd", "refund"),  // substitution
        ("appointmnet", "appointment"),  // nine to sixteen bytes
        ("internationalisaton", "internationalisation"),  // longer than sixteen bytes
    ])
    func findsEachKindOfOneEdit(typed: String, meant: String) {
        // Given a vocabulary with the meant word among others
        let vocabulary = ["refund", "internationalisation", "appointment", "account", "billing"]
        // When the typed word is looked up
        // Then the meant word is its only candidate
        #expect(candidates(typed, in: vocabulary) == [meant])
    }

    @Test func findsEveryWordOneEditAway() {
        // Given several vocabulary words one edit from the same typo, and one two edits away
        // When it is looked up
        // Then those one edit away are candidates
        #expect(candidates("charget", in: ["charge", "charged", "charges", "charter"]) == ["charge", "charged", "charges"])
    }

    @Test func twoEditsTheFirstLetterAndShortWordsAreNotTypos() {
        // Given a vocabulary of long and short words
        let vocabulary = ["refund", "help", "bill"]
        // When the typed words are two edits away, differ in the first letter, or the meant
        // word has fewer than five letters
        // Then nothing is found
        #expect(candidates("rfenud", in: vocabulary).isEmpty)
        #expect(candidates("tefund", in: vocabulary).isEmpty)
        #expect(candidates("hlep", in: vocabulary).isEmpty)
        #expect(candidates("bil", in: vocabulary).isEmpty)
    }

    @Test func arabicLettersCountAsOneLetterEach() {
        // Given an Arabic word of eight letters (sixteen bytes)
        let vocabulary = ["الفاتوره"]
        // When a letter is dropped, doubled or swapped
        // Then it is one edit away, counted in letters rather than bytes
        #expect(candidates("الفاتره", in: vocabulary) == ["الفاتوره"])
        #expect(candidates("الفاتووره", in: vocabulary) == ["الفاتوره"])
        #expect(candidates("الفتاوره", in: vocabulary) == ["الفاتوره"])
        #expect(candidates("الفاره", in: vocabulary).isEmpty)
    }

    @Test(arguments: [
        ("abcde", "abdce", true), ("abcde", "abcd", true), ("abcd", "abxcd", true), ("abcde", "abxde", true),
        ("abcde", "abcde", false), ("abcde", "badce", false), ("abcde", "ab", false), ("abcde", "axcdy", false),
    ])
    func oneEditIsDamerauDistanceOne(a: String, b: String, expected: Bool) {
        // Given two words
        // When compared letter by letter
        // Then exactly one substitution, insertion, deletion or adjacent swap is one edit
        #expect(TypoIndex.isOneEdit(a.unicodeScalars.map(\.value), b.unicodeScalars.map(\.value)) == expected)
    }
}
