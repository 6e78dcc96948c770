extension Condition {
    /// The condition in a few words, for graphs and `scenario show`:
    /// `said empathy/apology and verified`, `/action refund and not verified`, `always`.
    public var summary: String {
        var parts: [String] = []
        if !said.isEmpty { parts.append("said " + said.joined(separator: "/")) }
        if let command { parts.append("/" + command) }
        if let action { parts.append("/action " + action) }
        if let transfer { parts.append("transfer to " + transfer) }
        if let verified { parts.append(verified ? "verified" : "not verified") }
        if !given.isEmpty { parts.append("given " + given.joined(separator: ", ")) }
        for (name, value) in variables.sorted(by: { $0.key < $1.key }) { parts.append("\(name) = \(value)") }
        if let moodAtLeast { parts.append("mood ≥ \(ScenarioFlow.format(moodAtLeast))") }
        if let moodBelow { parts.append("mood < \(ScenarioFlow.format(moodBelow))") }
        if let beat { parts.append("after " + beat) }
        if !any.isEmpty { parts.append("any of (" + any.map(\.summary).joined(separator: " | ") + ")") }
        return parts.isEmpty ? "always" : parts.joined(separator: " and ")
    }
}

extension Trigger {
    /// What the trigger does, in a few words: `→ verifying, mood -0.5, once`.
    public var effectSummary: String {
        var parts: [String] = []
        if let goto { parts.append("→ " + goto) }
        if !reply.isEmpty { parts.append("reply (\(reply.count))") }
        for (name, value) in set.sorted(by: { $0.key < $1.key }) { parts.append("set \(name) = \(value)") }
        if let mood { parts.append("mood \(mood > 0 ? "+" : "")\(ScenarioFlow.format(mood))") }
        if once { parts.append("once") }
        if let end { parts.append("ends: \(end.rawValue)") }
        return parts.isEmpty ? "nothing" : parts.joined(separator: ", ")
    }
}
