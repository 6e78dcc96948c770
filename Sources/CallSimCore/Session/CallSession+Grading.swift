extension CallSession {
    /// Grading: the customer says a line from a transcript. Without tags, the tags are
    /// inferred from the words (an upset customer, drift, identity details given).
    public mutating func hear(_ text: String, tags: [String]?, at: Double? = nil) -> [SessionEvent] {
        // The line is matched once: tag inference and the recorded turn share the result.
        let matched = matchLine(text)
        let resolvedTags = tags ?? TagInference.tags(
            for: text, matched: matched, previousAgent: turns.last { $0.speaker == .agent && $0.isUtterance },
            customerName: configuration.customerName)
        let events = recordCustomer(text: text, tags: resolvedTags, at: at, matched: matched)
        checkResolution(act: AgentAct())
        return events
    }

    /// Grading: the agent's line or command from a transcript, at its recorded time if it has one.
    public mutating func replay(_ input: TraineeInput, at: Double?) -> [SessionEvent] {
        if let at {
            timed = true
            clock.advance(to: at)
        }
        return advance(input)
    }
}
