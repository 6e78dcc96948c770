import CallSimCore

/// The brief shown before a call and on `/brief`: who calls, what the agent can see, the goal.
public enum BriefPresenter {
    /// The brief's lines.
    public static func lines(for scenario: Scenario, mode: PracticeMode, seed: UInt64, style: TerminalStyle) -> [String] {
        let clean = { (text: String) in TerminalText.sanitize(text) }
        var lines: [String] = []
        lines.append(style.bold(clean(scenario.title)))
        let kind = [scenario.direction.rawValue, scenario.channel.rawValue, scenario.department, scenario.difficulty.rawValue]
            .filter { !$0.isEmpty }.joined(separator: " · ")
        lines.append(style.dim("\(clean(kind)) · \(mode.rawValue) mode · seed \(seed)"))
        lines.append("")
        lines.append("\(style.bold("Who:")) \(clean(scenario.brief.situation))")
        if !scenario.brief.visible.isEmpty {
            lines.append(style.bold("On your screen:"))
            for item in scenario.brief.visible { lines.append("  - \(clean(item))") }
        }
        lines.append("\(style.bold("Goal:")) \(clean(scenario.brief.goal))")
        if let company = scenario.company {
            lines.append("\(style.bold("You work for:")) \(clean(company))")
        }
        lines.append("")
        switch scenario.direction {
        case .inbound:
            lines.append(style.dim("The phone rings. Greet the caller. Type /help for commands."))
        case .outbound:
            lines.append(style.dim("You are calling the customer. Type /help for commands."))
        }
        return lines
    }
}
