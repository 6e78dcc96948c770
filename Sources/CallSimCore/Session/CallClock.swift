/// The simulated clock: talk time from words at a speaking (or typing) rate, hold time from
/// `/hold`, wrap time from notes.
public struct CallClock: Sendable, Hashable {
    /// Words a minute when speaking on the phone.
    public static let speakingRate = 150.0
    /// Words a minute when typing in chat or notes.
    public static let typingRate = 40.0

    /// Seconds since the call began.
    public private(set) var now: Double = 0
    public private(set) var talkSeconds: Double = 0
    public private(set) var holdSeconds: Double = 0
    public private(set) var wrapSeconds: Double = 0

    /// A clock at the start of a call.
    public init() {}

    /// How long `words` words take on `channel`.
    public static func duration(words: Int, channel: CallChannel) -> Double {
        let rate = channel == .chat ? typingRate : speakingRate
        let seconds = Double(words) / rate * 60
        return (max(1, seconds) * 10).rounded() / 10
    }

    /// Counts talk; returns the start time.
    public mutating func talk(_ seconds: Double, after gap: Double = 0) -> Double {
        now += max(0, gap)
        talkSeconds += max(0, gap)
        let start = now
        now += seconds
        talkSeconds += seconds
        return start
    }

    /// Counts a hold; returns the start time.
    public mutating func hold(_ seconds: Double) -> Double {
        let start = now
        now += seconds
        holdSeconds += seconds
        return start
    }

    /// Counts wrap-up work; returns the start time.
    public mutating func wrap(_ seconds: Double) -> Double {
        let start = now
        now += seconds
        wrapSeconds += seconds
        return start
    }

    /// Moves the clock to a recorded time (grading timed transcripts); the gap counts as talk.
    public mutating func advance(to time: Double) {
        if time > now {
            talkSeconds += time - now
            now = time
        }
    }
}
