/// When the solution is out of the agent's hands, resolving means explaining that, regretting
/// the customer's experience and offering an alternative (DOMAIN, angry customers).
enum OutOfHandsResolution {
    static let explanation: Set<String> = ["out-of-hands-explanation"]
    static let regret: Set<String> = ["regret", "apology", "empathy"]
    static let alternative: Set<String> = ["alternative-offer"]

    /// True when the agent's lines, together, explain, regret and offer an alternative.
    static func isMet(by turns: [CallTurn]) -> Bool {
        let agent = turns.filter { $0.speaker == .agent }
        return [explanation, regret, alternative].allSatisfy { categories in agent.contains { $0.shows(categories) } }
    }

    /// The parts still missing, by name.
    static func missing(in turns: [CallTurn]) -> [String] {
        let agent = turns.filter { $0.speaker == .agent }
        var names: [String] = []
        if !agent.contains(where: { $0.shows(explanation) }) { names.append("explain that it is out of your hands") }
        if !agent.contains(where: { $0.shows(regret) }) { names.append("say you regret their experience") }
        if !agent.contains(where: { $0.shows(alternative) }) { names.append("offer an alternative") }
        return names
    }
}
