import CallSimCore

/// "Did you mean" suggestions by edit distance (`NameSuggestion` in CallSimCore, shared
/// with the authoring checks).
enum Suggestion {
    /// The candidate closest to `word`, when it is close enough to be a likely typo.
    static func closest<S: Sequence<String>>(to word: String, in candidates: S) -> String? {
        NameSuggestion.closest(to: word, in: candidates)
    }

    /// "; did you mean `x`?" or nothing.
    static func didYouMean<S: Sequence<String>>(_ word: String, in candidates: S) -> String {
        NameSuggestion.didYouMean(word, in: candidates)
    }

    /// Levenshtein distance, counting a swap of two neighbours as one edit.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        NameSuggestion.editDistance(a, b)
    }
}
