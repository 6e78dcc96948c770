/// English contractions, expanded so "I'm", "I’m" and "I am" read alike to the matcher.
///
/// Works on the normalised word's bytes (apostrophes already folded to `'`); only words
/// that had an apostrophe come here, so the common path never does.
enum Contractions {
    private static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Whole words whose expansion is not regular.
    private static let irregular: [(word: [UInt8], parts: [[UInt8]])] = [
        ("can't", ["can", "not"]), ("cannot", ["can", "not"]), ("won't", ["will", "not"]),
        ("shan't", ["shall", "not"]), ("ain't", ["am", "not"]), ("let's", ["let", "us"]),
        ("y'all", ["you", "all"]), ("ma'am", ["madam"]), ("o'clock", ["o", "clock"]),
    ].map { (bytes($0.0), $0.1.map(bytes)) }

    /// Words before "'s" that make it "is" rather than a possessive.
    private static let isSubjects: [[UInt8]] = [
        "it", "that", "what", "there", "here", "he", "she", "who", "where", "how", "this",
        "everything", "nothing", "something", "when", "why",
    ].map(bytes)

    /// Regular endings after the apostrophe, and the word each stands for.
    private static let endings: [(tail: [UInt8], word: [UInt8])] = [
        ("m", "am"), ("re", "are"), ("ve", "have"), ("ll", "will"), ("d", "would"),
    ].map { (bytes($0.0), bytes($0.1)) }

    private static let not = bytes("not")
    private static let `is` = bytes("is")

    /// Calls `emit` with each word `word` stands for, in order.
    static func expand(_ word: ArraySlice<UInt8>, _ emit: (ArraySlice<UInt8>) -> Void) {
        if let entry = irregular.first(where: { $0.word.elementsEqual(word) }) {
            for part in entry.parts { emit(part[...]) }
            return
        }
        guard let apostrophe = word.lastIndex(of: 0x27) else {
            emit(word)
            return
        }
        let head = word[..<apostrophe]
        let tail = word[(apostrophe + 1)...]
        if head.isEmpty {
            if !tail.isEmpty { emit(tail) }
            return
        }
        if tail.elementsEqual([0x74]), head.last == 0x6E {  // "n't"
            emit(head.dropLast())
            emit(not[...])
            return
        }
        if let ending = endings.first(where: { $0.tail.elementsEqual(tail) }) {
            emit(head)
            emit(ending.word[...])
            return
        }
        if tail.elementsEqual([0x73]) {  // "'s": "it's" is "it is"; "the customer's" is possessive
            emit(head)
            if isSubjects.contains(where: { $0.elementsEqual(head) }) { emit(`is`[...]) }
            return
        }
        emit(head)
        if !tail.isEmpty { emit(tail) }
    }
}
