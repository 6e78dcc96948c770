/// The explorer's agent: picks the next line from what the current beat waits for, with
/// some randomness, all from one seeded generator.
struct ExplorerAgent {
    let explorer: ScenarioExplorer
    var generator: SeededGenerator
    private var turnsInEnd = 0
    private var onHold = false

    init(explorer: ScenarioExplorer, generator: SeededGenerator) {
        self.explorer = explorer
        self.generator = generator
    }

    private var scenario: Scenario { explorer.scenario }

    private mutating func roll(_ sides: Int) -> Int { Int(generator.next() % UInt64(max(1, sides))) }

    private mutating func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[roll(items.count)] }

    /// The next line or command to type.
    mutating func nextLine(session: CallSession) -> String {
        let line = choose(session: session)
        if line.hasPrefix("/hold") { onHold = true }
        if line == "/resume" { onHold = false }
        return line
    }

    private mutating func choose(session: CallSession) -> String {
        if onHold, roll(10) < 9 { return "/resume" }
        // Most agents open with a greeting; some do not, which the start beat may answer differently.
        if !session.turns.contains(where: { $0.speaker == .agent && $0.isUtterance }), roll(10) < 6 {
            return say("greeting") ?? "Hello."
        }
        if scenario.beat(session.state.beat)?.end != nil || session.isResolved {
            turnsInEnd += 1
            if turnsInEnd > 3 || roll(10) < 3 { return "/end" }
        }
        let dice = roll(100)
        if dice < 70, let targeted = targeted(session: session) { return targeted }
        if dice < 88, let line = randomPhrase() { return line }
        if dice < 97, let command = randomCommand() { return command }
        return pick(["Okay.", "Right.", "Let me see.", "Hmm."]) ?? "Okay."
    }

    /// A line or command that satisfies a random trigger of the current beat (or `anytime`).
    private mutating func targeted(session: CallSession) -> String? {
        let state = session.state
        let own = (scenario.beat(state.beat)?.triggers ?? []).enumerated().map { ("\(state.beat)#\($0.offset)", $0.element) }
        let anytime = scenario.anytime.enumerated().map { ("anytime#\($0.offset)", $0.element) }
        // Triggers that can still fire: not spent, and with a condition that can hold.
        let live = (own + anytime).filter { key, trigger in
            let spent = (trigger.once || !trigger.when.needsAgentInput) && state.fired.contains(key)
            return !spent && explorer.flow.canHold(trigger.when)
        }
        let triggers = live.map(\.1)
        let weights = triggers.map { weight($0, state: state) }
        guard let trigger = pickWeighted(triggers, weights: weights) else { return nil }
        return satisfy(trigger.when, state: state)
    }

    /// How much the walk wants a trigger: most a move to a beat this call has not been in (so
    /// long routes get walked), least one that ends the call.
    private func weight(_ trigger: Trigger, state: CallState) -> Int {
        let ends = trigger.end != nil || trigger.when.transfer != nil || ["transfer", "escalate", "end"].contains(trigger.when.command ?? "")
            || trigger.goto.flatMap(scenario.beat)?.end == .hangUp
        if ends { return 1 }
        guard let target = trigger.goto, target != state.beat else { return 2 }
        return state.reachedBeats.contains(target) ? 2 : 6
    }

    /// An item chosen with probability proportional to its weight.
    private mutating func pickWeighted<T>(_ items: [T], weights: [Int]) -> T? {
        let total = weights.reduce(0, +)
        guard total > 0 else { return nil }
        var ticket = roll(total)
        for (item, itemWeight) in zip(items, weights) {
            if ticket < itemWeight { return item }
            ticket -= itemWeight
        }
        return items.last
    }

    private mutating func satisfy(_ condition: Condition, state: CallState) -> String? {
        if condition.verified == true, !state.verified, let ask = say("verification-request") { return ask }
        if let fact = condition.given.first(where: { !state.given.contains($0) }), let ask = say("ask-\(fact)") { return ask }
        if !condition.said.isEmpty, let category = pick(condition.said) { return say(category) }
        if let command = condition.command { return commandLine(command, target: condition.transfer) }
        if let action = condition.action { return actionLine(action) }
        if let transfer = condition.transfer { return transferLine(transfer) }
        if !condition.any.isEmpty, let alternative = pick(condition.any) { return satisfy(alternative, state: state) }
        return randomPhrase()
    }

    private mutating func say(_ category: String) -> String? {
        explorer.sampler.sample(category, using: &generator)
    }

    private mutating func commandLine(_ command: String, target: String?) -> String? {
        switch command {
        case "hold": return "/hold 30 checking your account"
        case "resume": return onHold ? "/resume" : "/hold 30 checking your account"
        case "transfer": return transferLine(target ?? pick(scenario.transfers.map(\.id)) ?? "team-leader")
        case "escalate": return "/escalate"
        case "end": return "/end"
        default: return nil
        }
    }

    private mutating func transferLine(_ target: String) -> String {
        target == "team-leader" && !scenario.transfers.contains { $0.id == target } ? "/escalate" : "/transfer \(target)"
    }

    private mutating func actionLine(_ name: String) -> String? {
        guard let action = scenario.action(name) else { return nil }
        var words = ["/action", name]
        for (index, argument) in action.arguments.enumerated() {
            if index == 0, let grants = action.grants {
                let limit = (grants == .refund ? scenario.policy.refundLimit : scenario.policy.creditLimit) ?? 50
                words.append(ScenarioFlow.format(max(1, (limit * Double(1 + roll(4)) / 4).rounded())))
            } else {
                words.append(argument.lowercased().split(separator: " ").joined(separator: "-"))
            }
        }
        return words.joined(separator: " ")
    }

    /// A phrase of a random category: mostly recommended ones, sometimes the rest.
    private mutating func randomPhrase() -> String? {
        let kinds = explorer.sampler.categoriesByKind
        let recommended = kinds[.recommended] ?? []
        let others = (kinds[.discouraged] ?? []) + (kinds[.abusive] ?? []) + (kinds[.signal] ?? [])
        let pool = roll(10) < 8 || others.isEmpty ? recommended : others
        guard let category = pick(pool) else { return nil }
        return say(category)
    }

    /// A random command: a hold, an action, a transfer, or a look at the call.
    private mutating func randomCommand() -> String? {
        switch roll(10) {
        case 0...2: return "/hold 30 checking your account"
        case 3...5: return pick(scenario.actions.map(\.name)).flatMap { actionLine($0) }
        case 6: return roll(3) == 0 ? pick(scenario.transfers.map(\.id)).map { transferLine($0) } : nil
        case 7: return "/repeat"
        default: return "/hint"
        }
    }
}
