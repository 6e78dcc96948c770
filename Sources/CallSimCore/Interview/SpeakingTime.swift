/// How long an answer takes to say, estimated from its words at a steady speaking rate.
public struct SpeakingTime: Sendable, Codable, Hashable {
    /// Words a minute used for the estimate.
    public static let wordsPerMinute = 150
    /// Answers shorter than this, in seconds, are flagged as short.
    public static let shortBelowSeconds = 30
    /// Answers longer than this, in seconds, are flagged as long.
    public static let longAboveSeconds = 120

    /// Whether an answer's length stands out.
    public enum Flag: String, Sendable, Codable, Hashable {
        /// Under 30 seconds: likely too thin to show much.
        case short
        /// Over 2 minutes: an interviewer may lose the thread.
        case long
    }

    /// The words counted.
    public var words: Int
    /// The estimated seconds to say them, rounded to the nearest second.
    public var seconds: Int

    /// The estimate for `words` words.
    public init(words: Int) {
        self.words = max(0, words)
        self.seconds = Int((Double(self.words) * 60 / Double(Self.wordsPerMinute)).rounded())
    }

    /// `short` under 30 s, `long` over 2 min (on the exact estimate, before rounding), otherwise nil.
    public var flag: Flag? {
        let exact = Double(words) * 60 / Double(Self.wordsPerMinute)
        if exact < Double(Self.shortBelowSeconds) { return .short }
        if exact > Double(Self.longAboveSeconds) { return .long }
        return nil
    }

    /// "45 s", "2 min 10 s", "66 min 40 s".
    public var formatted: String {
        if seconds < 60 { return "\(seconds) s" }
        let minutes = seconds / 60
        let rest = seconds % 60
        return rest == 0 ? "\(minutes) min" : "\(minutes) min \(rest) s"
    }
}

/// Counting the words of an answer as a person would: runs of text between spaces that hold
/// a letter or a digit ("I'm" is one word, "—" is none; a Persian word joined by a ZWNJ is one).
public enum WordCounter {
    /// The number of words in `text`.
    public static func count(_ text: String) -> Int {
        var count = 0
        var inWord = false
        var hasContent = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if inWord, hasContent { count += 1 }
                inWord = false
                hasContent = false
            } else {
                inWord = true
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { hasContent = true }
            }
        }
        if inWord, hasContent { count += 1 }
        return count
    }
}
