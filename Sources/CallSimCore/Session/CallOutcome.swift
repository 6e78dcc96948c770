/// How a call ended.
public enum CallOutcome: String, Sendable, Codable, Hashable, CaseIterable {
    /// The customer's issue was resolved.
    case resolved
    /// The call ended without resolving the issue.
    case unresolved
    /// The call was handed to another team.
    case transferred
    /// The customer hung up, or the trainee left the exercise.
    case abandoned
}

/// Who or what ended the call.
public enum EndReason: String, Sendable, Codable, Hashable {
    /// The agent typed `/end`.
    case agentEnded = "agent-ended"
    /// The customer hung up: mood at the top of the scale, or patience gone.
    case customerHungUp = "customer-hung-up"
    /// The trainee typed `/quit` or pressed Ctrl-D.
    case traineeQuit = "trainee-quit"
    /// The call was transferred or escalated.
    case transferred
    /// A scenario end was reached.
    case scenarioEnded = "scenario-ended"
    /// A graded transcript simply ran out of lines.
    case transcriptEnded = "transcript-ended"
}

/// The contact-centre figures of one call (CONTRACTS.md §4).
public struct CallMetrics: Sendable, Codable, Hashable {
    /// Talk + hold + wrap, in seconds.
    public var handleSeconds: Double
    public var talkSeconds: Double
    public var holdSeconds: Double
    public var wrapSeconds: Double
    /// 1 to 5, from the final mood and the resolution.
    public var csat: Int
    public var resolved: Bool
    /// 0 (calm) to 10 (hung up).
    public var finalMood: Double

    /// Creates metrics.
    public init(handleSeconds: Double, talkSeconds: Double, holdSeconds: Double, wrapSeconds: Double, csat: Int, resolved: Bool, finalMood: Double) {
        self.handleSeconds = handleSeconds
        self.talkSeconds = talkSeconds
        self.holdSeconds = holdSeconds
        self.wrapSeconds = wrapSeconds
        self.csat = csat
        self.resolved = resolved
        self.finalMood = finalMood
    }

    /// CSAT from the customer's final mood and whether the issue was resolved.
    public static func csat(finalMood: Double, resolved: Bool, abandoned: Bool) -> Int {
        if abandoned { return 1 }
        var score = resolved ? 4.0 : 2.5
        if finalMood <= 2 { score += 1 } else if finalMood >= 7 { score -= 1.5 } else if finalMood >= 5 { score -= 0.5 }
        return Int(min(5, max(1, score.rounded())))
    }
}
