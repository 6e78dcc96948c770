/// Every word `DetailDetector` reads, with what it can mean, so each word of a line is
/// looked up once rather than in one set or list after another.
extension DetailDetector {
    /// What a normalised word can mean to the detector.
    struct WordRoles: Sendable {
        var isMonth = false
        var isBirthWord = false
        var isStreetWord = false
        var isPostcodeWord = false
        /// The digit a spoken digit stands for.
        var digit: Character?
        /// Indices in `allIdentifierKeywords` of the keywords that start with the word, in order.
        var identifierKeywords: [Int] = []
        /// Indices in `addressKeywords` of the keywords that start with the word.
        var addressKeywords: [Int] = []
        /// Indices in `nameIntroductions` of the introductions that start with the word.
        var nameIntroductions: [Int] = []
    }

    /// The roles of every word the detector knows.
    static let vocabulary: [String: WordRoles] = {
        var table: [String: WordRoles] = [:]
        for word in months { table[word, default: WordRoles()].isMonth = true }
        for word in birthWords { table[word, default: WordRoles()].isBirthWord = true }
        for word in streetWords { table[word, default: WordRoles()].isStreetWord = true }
        table["postcode", default: WordRoles()].isPostcodeWord = true
        for (word, digit) in digitWords { table[word, default: WordRoles()].digit = digit }
        for (word, indices) in byFirstWord(allIdentifierKeywords.map(\.words)) { table[word, default: WordRoles()].identifierKeywords = indices }
        for (word, indices) in byFirstWord(addressKeywords) { table[word, default: WordRoles()].addressKeywords = indices }
        for (word, indices) in byFirstWord(nameIntroductions) { table[word, default: WordRoles()].nameIntroductions = indices }
        return table
    }()

    /// The indices of `phrases` by their first word, in list order.
    static func byFirstWord(_ phrases: [[String]]) -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for (position, words) in phrases.enumerated() {
            if let first = words.first { index[first, default: []].append(position) }
        }
        return index
    }

    /// A normalised line as the detector reads it: its words, and each word's roles.
    struct Line {
        let text: NormalizedText
        let words: [String]
        let roles: [WordRoles?]

        init(_ text: NormalizedText) {
            self.text = text
            words = text.tokens.map(\.text)
            roles = words.map { vocabulary[$0] }
        }
    }

    /// True when `word` is ASCII digits only (true for an empty word, as `allSatisfy` is):
    /// the bytes say what `allSatisfy(\.isASCIIDigit)` says of its characters.
    static func isDigits(_ word: String) -> Bool {
        word.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }
}
