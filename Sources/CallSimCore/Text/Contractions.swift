/// English contractions, expanded so "I'm", "I’m" and "I am" read alike to the matcher.
enum Contractions {
    /// Whole words whose expansion is not regular.
    private static let irregular: [String: [String]] = [
        "can't": ["can", "not"], "cannot": ["can", "not"], "won't": ["will", "not"],
        "shan't": ["shall", "not"], "ain't": ["am", "not"], "let's": ["let", "us"],
        "y'all": ["you", "all"], "ma'am": ["madam"], "o'clock": ["o", "clock"],
    ]
    /// Words before "'s" that make it "is" rather than a possessive.
    private static let isSubjects: Set<String> = [
        "it", "that", "what", "there", "here", "he", "she", "who", "where", "how", "this",
        "everything", "nothing", "something", "that", "when", "why",
    ]

    /// The words a token with an apostrophe stands for.
    static func expand(_ word: String) -> [String] {
        if let words = irregular[word] { return words }
        guard let apostrophe = word.lastIndex(of: "'") else { return [word] }
        let head = String(word[..<apostrophe])
        let tail = String(word[word.index(after: apostrophe)...])
        if head.isEmpty { return tail.isEmpty ? [] : [tail] }
        switch tail {
        case "t" where head.hasSuffix("n"): return [String(head.dropLast()), "not"]
        case "m": return [head, "am"]
        case "re": return [head, "are"]
        case "ve": return [head, "have"]
        case "ll": return [head, "will"]
        case "d": return [head, "would"]
        case "s": return isSubjects.contains(head) ? [head, "is"] : [head]
        case "": return [head]
        default: return [head, tail]
        }
    }
}
