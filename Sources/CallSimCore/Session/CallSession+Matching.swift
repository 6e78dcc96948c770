extension CallSession {
    /// Normalises and matches one line, as `matcher.match(_:)` does, in the session's own
    /// working memory so a line costs no fresh scanner.
    mutating func matchLine(_ text: String) -> MatchedLine {
        matcher.scan(text, into: &scanner)
        let normalized = NormalizedText(original: text, tokens: scanner.tokens.tokens)
        return MatchedLine(text: normalized, matches: scanner.hits.map(matcher.match(for:)))
    }
}

extension MatchedLine {
    /// The trainee's own words for every match, in order (`quote(_:)` of each), reading the
    /// line's bytes once.
    var quotes: [String] {
        guard !matches.isEmpty else { return [] }
        let tokens = text.tokens
        var original = text.original
        return original.withUTF8 { utf8 in
            matches.map { match in
                let range = match.tokens
                guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return "" }
                let from = tokens[range.lowerBound].start
                let to = tokens[range.upperBound - 1].end
                guard from <= to, to <= utf8.count else { return "" }
                return String(decoding: UnsafeBufferPointer(rebasing: utf8[from..<to]), as: UTF8.self)
            }
        }
    }
}
