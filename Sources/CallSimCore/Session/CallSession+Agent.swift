extension CallSession {
    /// The agent says something to the customer.
    mutating func agentSays(_ text: String, thinkingSeconds: Double?) -> [SessionEvent] {
        guard !text.isEmpty else { return [] }
        if endReason != nil {
            // After the call, anything typed is the wrap-up notes.
            return perform(.notes(text), thinkingSeconds: thinkingSeconds)
        }
        var events: [SessionEvent] = []
        let matched = matchLine(text)
        let before = state.mood
        applyMood(for: matched.matches)
        let words = matched.text.tokens.count
        let gap = thinkingSeconds ?? 0
        if thinkingSeconds != nil { timed = true }
        let at = clock.talk(CallClock.duration(words: words, channel: configuration.channel), after: gap)
        var act = AgentAct()
        act.categories = matched.categories
        if act.categories.contains("verification-request") || act.categories.contains(where: { $0.hasPrefix("ask-") }) {
            state.verificationAsked = true
        }
        // The close begins with a recap or "anything else?", or a farewell after the opening.
        let openingOver = agentUtterances(upTo: 2) >= 2
        if act.categories.contains("anything-else") || act.categories.contains("recap") || (openingOver && act.categories.contains("farewell")) {
            state.fired.insert("closing")
        }
        let turn = CallTurn(
            index: nextIndex(), speaker: .agent, text: text, at: at, duration: clock.now - at,
            matches: matched.matches, evidence: matched.quotes, moodAfter: state.mood, phase: phase)
        turns.append(turn)
        events.append(.turn(turn))
        if state.mood != before { events.append(.mood(from: before, to: state.mood)) }
        checkResolution(act: act)
        if configuration.scenario != nil {
            events += respond(to: act, helpful: matched.matches.contains { $0.kind == .recommended })
        }
        events += afterAgentTurn()
        return events
    }

    /// Moves the customer's mood for what the agent said: good handling calms, bad handling
    /// inflames, scaled by temperament; saying the same kind of thing again counts for less.
    mutating func applyMood(for matches: [PhraseMatch]) {
        var seen = Set<String>()
        var delta = 0.0
        for match in matches where seen.insert(match.category).inserted {
            let category = categoriesByID[match.category]
            let effect = category?.moodEffect ?? Self.defaultMoodEffect(match.kind)
            let uses = Double(categoryUses[match.category, default: 0])
            categoryUses[match.category, default: 0] += 1
            delta += effect < 0 ? effect / (1 + uses) : effect
        }
        changeMood(by: delta)
    }

    static func defaultMoodEffect(_ kind: CategoryKind) -> Double {
        switch kind {
        case .discouraged: 1.5
        case .abusive: 3
        case .recommended, .signal: 0
        }
    }

    mutating func changeMood(by delta: Double) {
        guard delta != 0 else { return }
        let temperament = configuration.scenario?.persona.temperament ?? .calm
        let scaled = delta > 0 ? delta * temperament.inflameFactor : delta * temperament.calmFactor
        state.mood = min(10, max(0, ((state.mood + scaled) * 10).rounded() / 10))
    }

    mutating func checkResolution(act: AgentAct) {
        guard state.resolvedTurn == nil, let scenario = configuration.scenario, !scenario.resolution.isEmpty else { return }
        if scenario.resolution.holds(in: state, act: act) {
            markResolved()
        }
    }

    /// After every agent turn: the customer may hang up, and coach mode may nudge.
    mutating func afterAgentTurn() -> [SessionEvent] {
        var events: [SessionEvent] = []
        // Only a live customer hangs up; a graded transcript says itself how the call ended.
        if endReason == nil, configuration.scripted, configuration.scenario != nil, state.mood >= 10 || state.patience <= 0 {
            events.append(.notice(state.mood >= 10 ? "The customer has had enough and hangs up." : "The customer runs out of patience and hangs up."))
            events += end(.customerHungUp)
        }
        if configuration.mode == .coach, let nudge = nextNudge() {
            events.append(.nudge(nudge))
        }
        return events
    }

    /// The issue is resolved at the agent's latest turn: the customer calms down.
    mutating func markResolved() {
        guard state.resolvedTurn == nil else { return }
        state.resolvedTurn = max(0, turns.count - 1)
        changeMood(by: -2)
    }

    mutating func end(_ reason: EndReason) -> [SessionEvent] {
        guard endReason == nil else { return [] }
        endReason = reason
        return [.callEnded(outcome: outcome, reason: reason)]
    }
}
