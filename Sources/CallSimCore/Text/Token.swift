/// One normalised word of a line, with the place it came from in the original text.
///
/// `start` and `end` are UTF-8 offsets into the original string, so evidence can quote the
/// trainee's own words, whatever normalisation did to them.
public struct Token: Hashable, Sendable {
    /// The normalised word: case-folded, Arabic and Persian letters unified, digits in ASCII.
    public var text: String
    /// UTF-8 offset of the word's first byte in the original text.
    public var start: Int
    /// UTF-8 offset just past the word's last byte in the original text.
    public var end: Int

    /// Creates a token.
    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// A line after normalisation: its tokens and the original text they point into.
public struct NormalizedText: Sendable {
    /// The text as written.
    public let original: String
    /// The normalised words, in order.
    public let tokens: [Token]

    /// Creates a normalised text from its parts.
    public init(original: String, tokens: [Token]) {
        self.original = original
        self.tokens = tokens
    }

    /// The normalised words joined by single spaces.
    public var joined: String { tokens.map(\.text).joined(separator: " ") }

    /// The original words covering tokens `range` (an empty string for an empty range).
    public func quote(_ range: Range<Int>) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return "" }
        let utf8 = Array(original.utf8)
        let from = tokens[range.lowerBound].start
        let to = tokens[range.upperBound - 1].end
        guard from <= to, to <= utf8.count else { return "" }
        return String(decoding: utf8[from..<to], as: UTF8.self)
    }
}
