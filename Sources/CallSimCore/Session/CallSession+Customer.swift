extension CallSession {
    enum SayReason { case beatEntered, reply, fallback }

    /// The scripted customer answers what the agent just did: the first trigger of the
    /// current beat (then of `anytime`) whose condition holds fires; if none does, the beat's
    /// fallback is said and, when the agent's turn was not helpful, the customer loses patience.
    ///
    /// When grading a transcript of a scenario, the same logic runs silently (the customer's
    /// words come from the transcript), so beats, variables and mood follow the live call.
    mutating func respond(to act: AgentAct, helpful: Bool) -> [SessionEvent] {
        guard endReason == nil, let scenario = configuration.scenario else { return [] }
        // An inbound call is answered by the agent's first line: the customer then explains.
        if scenario.direction == .inbound, act.command == nil,
           agentUtterances(upTo: 2) == 1 {
            guard let beat = scenario.beat(state.beat) else { return [] }
            return say(from: beat.say, reason: .beatEntered)
        }
        let beat = scenario.beat(state.beat)
        let candidates = (beat?.triggers ?? []).enumerated().map { ("\(state.beat)#\($0.offset)", $0.element) }
            + scenario.anytime.enumerated().map { ("anytime#\($0.offset)", $0.element) }
        for (key, trigger) in candidates {
            if trigger.once, state.fired.contains(key) { continue }
            // A trigger that waits for nothing the agent does fires only once, or it would fire forever.
            if !trigger.when.needsAgentInput, state.fired.contains(key) { continue }
            guard trigger.when.holds(in: state, act: act) else { continue }
            state.fired.insert(key)
            return fire(trigger, act: act)
        }
        if !helpful, act.command == nil {
            state.patience -= 1
            changeMood(by: 0.5)
        }
        guard act.command == nil || act.command == "resume" else { return [] }
        return say(from: beat?.fallback ?? [], reason: .fallback)
    }

    mutating func fire(_ trigger: Trigger, act: AgentAct) -> [SessionEvent] {
        var events: [SessionEvent] = []
        for (name, value) in trigger.set { state.variables[name] = value }
        if let delta = trigger.mood {
            let before = state.mood
            changeMood(by: delta)
            if before != state.mood { events.append(.mood(from: before, to: state.mood)) }
        }
        // The resolving moment is the agent's turn, live and when grading alike.
        if trigger.end == .resolved { markResolved() }
        var entered: Beat?
        if let target = trigger.goto, let beat = configuration.scenario?.beat(target) {
            state.beat = target
            state.reachedBeats.insert(target)
            entered = beat
        }
        if entered?.end == .resolved { markResolved() }
        if !trigger.reply.isEmpty {
            events += say(from: trigger.reply, reason: .reply)
        } else if let entered {
            events += say(from: entered.say, reason: .beatEntered)
        }
        checkResolution(act: act)
        if configuration.scripted, trigger.end == .hangUp || entered?.end == .hangUp {
            events.append(.notice("The customer ends the call."))
            events += end(.scenarioEnded)
        }
        return events
    }

    /// The customer says one of `lines`, chosen by seed among those that fit the mood.
    mutating func say(from lines: [CustomerLine], reason: SayReason) -> [SessionEvent] {
        guard configuration.scripted else { return [] }
        let fitting = lines.filter { $0.fits(mood: state.mood) }
        var pool = fitting.isEmpty ? lines : fitting
        if pool.count > 1, let last = lastCustomerLine {
            let fresh = pool.filter { render($0.text) != last.text }
            if !fresh.isEmpty { pool = fresh }
        }
        guard let line = choose(pool) else { return [] }
        return recordCustomer(text: render(line.text), tags: line.tags, at: nil)
    }

    func render(_ text: String) -> String {
        LineRendering.render(
            text, facts: configuration.scenario?.facts ?? [:], agent: configuration.agentName,
            company: configuration.company, customer: configuration.customerName)
    }

    /// Records a customer line: its tags give identity details and mark an upset or drifting
    /// customer; a scripted customer whose mood is high is marked upset.
    /// `matched` is the line already matched, when the caller has it.
    mutating func recordCustomer(text: String, tags: [String], at: Double?, matched: MatchedLine? = nil) -> [SessionEvent] {
        var tags = tags
        if configuration.scripted, state.mood >= 7, !tags.contains("upset"), !tags.contains("calm") {
            tags.append("upset")
        }
        for tag in tags where tag.hasPrefix("gives:") {
            state.given.insert(String(tag.dropFirst(6)))
        }
        let matched = matched ?? matchLine(text)
        let start: Double
        if let at {
            timed = true
            clock.advance(to: at)
            start = clock.talk(CallClock.duration(words: matched.text.tokens.count, channel: configuration.channel))
        } else {
            start = clock.talk(CallClock.duration(words: matched.text.tokens.count, channel: configuration.channel))
        }
        let turn = CallTurn(
            index: nextIndex(), speaker: .customer, text: text, at: start, duration: clock.now - start,
            tags: tags, matches: matched.matches, evidence: matched.quotes,
            moodAfter: state.mood, phase: phase)
        turns.append(turn)
        lastCustomerLine = turn
        return [.turn(turn)]
    }

    /// The last thing the customer said, for `/repeat`.
    public var lastCustomerTurn: CallTurn? { lastCustomerLine }

    /// A hint for the current moment (coach mode): the beat's hint, or advice from the first
    /// rule still open.
    public var currentHint: String? {
        if let hint = configuration.scenario?.beat(state.beat)?.hint { return hint }
        if let hints = configuration.scenario?.hints, !hints.isEmpty { return hints[turns.count % hints.count] }
        return nil
    }
}
