import CallSimCore
import CallSimTerminal

/// `scenario show` as text.
enum ScenarioShowPresenter {
    static func lines(_ scenario: Scenario, style: TerminalStyle) -> [String] {
        let clean = { (text: String) in TerminalText.sanitize(text) }
        let format = ScenarioFlow.format
        var lines = [style.bold(clean(scenario.title)) + "  " + style.dim("(\(clean(scenario.id)))")]
        let kind = [scenario.direction.rawValue, scenario.channel.rawValue, scenario.department, scenario.difficulty.rawValue, scenario.language, scenario.company ?? ""]
            .filter { !$0.isEmpty }.map(clean).joined(separator: " · ")
        lines.append(style.dim(kind))
        lines.append(style.dim(clean(scenario.path)))
        if !scenario.summary.isEmpty { lines += ["", clean(scenario.summary)] }

        lines += ["", style.bold("Brief"), "  Situation: \(clean(scenario.brief.situation))"]
        if !scenario.brief.visible.isEmpty { lines += ["  On screen:"] + scenario.brief.visible.map { "    - \(clean($0))" } }
        lines.append("  Goal: \(clean(scenario.brief.goal))")

        let persona = scenario.persona
        lines += ["", style.bold("Persona"), "  \(clean(persona.name)) — \(persona.temperament.rawValue), mood \(format(persona.mood)), patience \(persona.patience)"]
        if !persona.style.isEmpty { lines.append("  Style: \(clean(persona.style))") }
        if !scenario.facts.isEmpty {
            lines.append("  Facts: " + IdentityFact.allCases.compactMap { fact in scenario.facts[fact.rawValue].map { "\(fact.rawValue) \(clean($0))" } }.joined(separator: " · "))
        }
        if !scenario.knows.isEmpty { lines += ["  Knows:"] + scenario.knows.map { "    - \(clean($0))" } }

        let policy = scenario.policy
        var rules = [String]()
        if let refund = policy.refundLimit { rules.append("refund up to \(format(refund))") }
        if let credit = policy.creditLimit { rules.append("credit up to \(format(credit))") }
        rules.append("hold up to \(format(policy.holdLimit)) s")
        if !policy.verifyBefore.isEmpty { rules.append("verify before " + policy.verifyBefore.sorted().joined(separator: ", ")) }
        lines += ["", style.bold("Policy"), "  " + clean(rules.joined(separator: " · "))]

        if !scenario.actions.isEmpty {
            lines += ["", style.bold("Actions")] + scenario.actions.map(actionLine).map(clean)
        }
        if !scenario.transfers.isEmpty {
            lines += ["", style.bold("Transfers")] + scenario.transfers.map { clean("  /transfer \($0.id)" + ($0.summary.isEmpty ? "" : " — \($0.summary)")) }
        }
        lines += ["", style.bold("Beats") + " (start: \(clean(scenario.start)))"]
        for beat in scenario.beats { lines += beatLines(beat, style: style) }
        if !scenario.anytime.isEmpty {
            lines += ["", style.bold("Anytime")] + scenario.anytime.map { clean("    when \($0.when.summary): \($0.effectSummary)") }
        }
        lines += ["", style.bold("Resolution") + ": " + clean(resolutionText(scenario))]
        lines += scorecardLines(scenario.scorecard, style: style)
        if !scenario.hints.isEmpty { lines += ["", style.bold("Hints")] + scenario.hints.map { "  - \(clean($0))" } }
        if !scenario.modelLines.isEmpty { lines += ["", style.bold("Model lines")] + scenario.modelLines.map { "  “\(clean($0))”" } }
        return lines
    }

    static func actionLine(_ action: ActionDefinition) -> String {
        var text = "  " + (["/action", action.name] + action.arguments.map { $0.uppercased() }).joined(separator: " ")
        if !action.summary.isEmpty { text += " — \(action.summary)" }
        var notes: [String] = []
        if let grants = action.grants { notes.append("grants \(grants.rawValue)") }
        notes += action.sets.sorted { $0.key < $1.key }.map { "sets \($0.key) = \($0.value)" }
        return notes.isEmpty ? text : text + " (" + notes.joined(separator: "; ") + ")"
    }

    /// A beat: its id and end, how much the customer says, its hint and its triggers (text
    /// from the file sanitized before it is styled).
    static func beatLines(_ beat: Beat, style: TerminalStyle) -> [String] {
        let clean = { (text: String) in TerminalText.sanitize(text) }
        var head = "  " + style.bold(clean(beat.id))
        if let end = beat.end { head += "  [end: \(end.rawValue)]" }
        var lines = [head]
        var counts = ["says \(beat.say.count) line\(beat.say.count == 1 ? "" : "s")"]
        if !beat.fallback.isEmpty { counts.append("fallback \(beat.fallback.count)") }
        lines.append("    " + style.dim(counts.joined(separator: " · ")))
        if let hint = beat.hint { lines.append("    " + style.dim("hint: \(clean(hint))")) }
        lines += beat.triggers.map { clean("    when \($0.when.summary): \($0.effectSummary)") }
        return lines
    }

    static func resolutionText(_ scenario: Scenario) -> String {
        var parts: [String] = []
        if !scenario.resolution.isEmpty { parts.append(scenario.resolution.summary) }
        let ends = scenario.beats.filter { $0.end == .resolved }.map(\.id)
        if !ends.isEmpty { parts.append("reaching " + ends.joined(separator: ", ")) }
        if scenario.outOfHands { parts.append("out of the agent's hands: explain, regret, offer an alternative") }
        return parts.isEmpty ? "(none)" : parts.joined(separator: "; or ")
    }

    static func scorecardLines(_ card: ScorecardOverrides, style: TerminalStyle) -> [String] {
        var parts: [String] = []
        if let mark = card.passMark { parts.append("pass mark \(ScenarioFlow.format(mark))") }
        parts += card.weights.sorted { $0.key < $1.key }.map { "\($0.key) weight \(ScenarioFlow.format($0.value))" }
        if !card.disabled.isEmpty { parts.append("disabled: " + card.disabled.sorted().joined(separator: ", ")) }
        if let words = card.wordLimit { parts.append("word limit \(words)") }
        if let silence = card.deadAirLimit { parts.append("dead-air limit \(ScenarioFlow.format(silence)) s") }
        return parts.isEmpty ? [] : ["", style.bold("Scorecard") + ": " + TerminalText.sanitize(parts.joined(separator: " · "))]
    }
}
