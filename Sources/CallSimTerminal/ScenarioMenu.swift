import CallSimCore

/// The numbered menu of scenarios shown by `callsim practice` without a scenario.
public enum ScenarioMenu {
    /// The menu lines.
    public static func lines(for scenarios: [Scenario], style: TerminalStyle) -> [String] {
        var lines = [style.bold("Choose a call to practise:")]
        let width = String(scenarios.count).count
        for (index, scenario) in scenarios.enumerated() {
            let number = String(index + 1)
            let padded = String(repeating: " ", count: width - number.count) + number
            let kind = "\(scenario.direction.rawValue), \(scenario.persona.temperament.rawValue), \(scenario.difficulty.rawValue), \(scenario.language)"
            lines.append("  \(padded). \(TerminalText.sanitize(scenario.title)) \(style.dim("(\(kind))"))")
        }
        return lines
    }

    /// The scenario a typed answer picks: a number from the menu or a scenario id.
    public static func choice(_ answer: String, from scenarios: [Scenario]) -> Scenario? {
        let trimmed = answer.split(separator: " ").joined()
        if let number = Int(trimmed), number >= 1, number <= scenarios.count { return scenarios[number - 1] }
        return scenarios.first { $0.id == trimmed }
    }
}
