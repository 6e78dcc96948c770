/// Finds the vocabulary words one edit away from a word (a substitution, insertion,
/// deletion or transposition of adjacent letters), for words of five letters or more.
///
/// Built like SymSpell: every vocabulary word is indexed under itself and under each of its
/// one-letter deletions; a word's candidates are the entries under it and its deletions,
/// checked with an exact distance test. The first letter must agree: typos there are rare,
/// and allowing them doubles the false matches.
struct TypoIndex: Sendable {
    static let minimumLength = 5

    private var byKey: [String: [Int32]] = [:]
    private var words: [[Unicode.Scalar]] = []
    /// The longest vocabulary word: a longer word cannot be one edit away from any.
    private var longest = 0

    init(vocabulary: [String: Int32]) {
        words = Array(repeating: [], count: vocabulary.count)
        for (word, id) in vocabulary {
            let scalars = Array(word.unicodeScalars)
            words[Int(id)] = scalars
            longest = max(longest, scalars.count)
            guard scalars.count >= Self.minimumLength else { continue }
            byKey[word, default: []].append(id)
            for index in 1..<scalars.count {
                var deleted = scalars
                deleted.remove(at: index)
                byKey[String(String.UnicodeScalarView(deleted)), default: []].append(id)
            }
        }
    }

    /// Vocabulary ids within one edit of `word` (never the word itself).
    func candidates(for word: String) -> [Int32] {
        guard word.utf8.count <= (longest + 1) * 4 else { return [] }
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= Self.minimumLength - 1, scalars.count <= longest + 1 else { return [] }
        var found: [Int32] = []
        func consider(_ key: String) {
            guard let ids = byKey[key] else { return }
            for id in ids where !found.contains(id) {
                let other = words[Int(id)]
                if other != scalars, other.count >= Self.minimumLength || scalars.count >= Self.minimumLength,
                   other.first == scalars.first, Self.isOneEdit(scalars, other) {
                    found.append(id)
                }
            }
        }
        consider(word)
        for index in 1..<scalars.count {
            var deleted = scalars
            deleted.remove(at: index)
            consider(String(String.UnicodeScalarView(deleted)))
        }
        return found
    }

    /// True when `a` and `b` differ by exactly one edit (Damerau: adjacent transposition counts as one).
    static func isOneEdit(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        if a.count == b.count {
            var differences: [Int] = []
            for index in a.indices where a[index] != b[index] {
                differences.append(index)
                if differences.count > 2 { return false }
            }
            if differences.count == 1 { return true }
            if differences.count == 2 {
                let i = differences[0], j = differences[1]
                return j == i + 1 && a[i] == b[j] && a[j] == b[i]
            }
            return false
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        guard long.count == short.count + 1 else { return false }
        var i = 0, j = 0, skipped = false
        while i < long.count, j < short.count {
            if long[i] == short[j] {
                i += 1
                j += 1
            } else {
                if skipped { return false }
                skipped = true
                i += 1
            }
        }
        return true
    }
}
