extension CallSession {
    /// Carries out an in-call command.
    mutating func perform(_ command: InCallCommand, thinkingSeconds: Double?) -> [SessionEvent] {
        let events = carryOut(command, thinkingSeconds: thinkingSeconds)
        // The command's own turn comes first, before what follows from it.
        let recorded = pendingEvents
        pendingEvents = []
        return recorded + events
    }

    private mutating func carryOut(_ command: InCallCommand, thinkingSeconds: Double?) -> [SessionEvent] {
        let scenario = configuration.scenario
        switch command {
        case .help:
            return [.help(actions: scenario?.actions ?? [], transfers: scenario?.transfers ?? [], coach: configuration.mode == .coach)]
        case .brief:
            return [.brief]
        case .repeat:
            guard let last = lastCustomerLine else { return [.problem("the customer has not said anything yet")] }
            return [.turn(last)]
        case .hint:
            guard configuration.mode == .coach else { return [.problem("/hint is only available in coach mode (practice --mode coach)")] }
            return [.hint(currentHint ?? nextAdvice() ?? "You are on track: keep listening and move the call towards its goal.")]
        case .quit:
            if endReason != nil { return [] }
            recordCommand(command, gap: thinkingSeconds)
            return end(.traineeQuit)
        case .notes(let text):
            let words = Normalizer.normalize(text).tokens.count
            let seconds = Double(words) / CallClock.typingRate * 60
            let at = clock.wrap(max(5, (seconds * 10).rounded() / 10))
            appendCommandTurn(command, at: at)
            return [.notice("Notes saved.")]
        default:
            break
        }
        guard endReason == nil else {
            return [.problem("the call has ended: write your notes with /notes TEXT, or press Ctrl-D to finish")]
        }
        if let problem = validate(command) { return [.problem(problem)] }

        var act = AgentAct()
        act.command = command.name
        var events: [SessionEvent] = []
        switch command {
        case .hold(let seconds, _):
            let limit = scenario?.policy.holdLimit ?? 120
            let duration = seconds ?? 60
            recordCommand(command, gap: thinkingSeconds, hold: duration)
            onHold = true
            events.append(.notice("The customer is on hold for \(InCallCommand.format(duration)) s."))
            if duration > limit {
                let before = state.mood
                changeMood(by: 2)
                events.append(.mood(from: before, to: state.mood))
            }
        case .resume:
            recordCommand(command, gap: thinkingSeconds)
            onHold = false
            events.append(.notice("You are back with the customer."))
        case .transfer(let target):
            act.transfer = target
            recordCommand(command, gap: thinkingSeconds)
            state.transfers.append(target)
            events.append(.notice("Transferring the call to \(target)."))
        case .escalate:
            act.transfer = "team-leader"
            recordCommand(command, gap: thinkingSeconds)
            state.transfers.append("team-leader")
            events.append(.notice("Escalating the call to your team leader."))
        case .action(let name, let arguments):
            act.action = name
            recordCommand(command, gap: thinkingSeconds)
            state.actionsTaken.append(name)
            for (variable, value) in scenario?.action(name)?.sets ?? [:] { state.variables[variable] = value }
            let shown = ([name] + arguments).joined(separator: " ")
            events.append(.notice("Done on the account: \(shown)."))
        case .end:
            recordCommand(command, gap: thinkingSeconds)
        default:
            break
        }
        checkResolution(act: act)
        if configuration.scenario != nil {
            events += respond(to: act, helpful: true)
        }
        switch command {
        case .transfer, .escalate:
            events += end(.transferred)
        case .end:
            events += end(.agentEnded)
        default:
            break
        }
        events += afterAgentTurn()
        return events
    }

    /// Checks a command against the scenario; returns the message to show when it cannot be carried out.
    func validate(_ command: InCallCommand) -> String? {
        guard let scenario = configuration.scenario, configuration.scripted else { return nil }
        switch command {
        case .transfer(let target):
            guard scenario.transfers.contains(where: { $0.id == target }) else {
                let known = scenario.transfers.map(\.id)
                return known.isEmpty
                    ? "there is no team to transfer to in this call; use /escalate for your team leader"
                    : "no team called '\(target)'; transfer to one of: \(known.joined(separator: ", "))"
            }
        case .action(let name, let arguments):
            guard let action = scenario.action(name) else {
                let known = scenario.actions.map(\.name)
                return known.isEmpty
                    ? "no account actions are available in this call"
                    : "no action called '\(name)'; the actions are: \(known.joined(separator: ", "))"
            }
            if arguments.count < action.arguments.count {
                let usage = (["/action", name] + action.arguments.map { $0.uppercased() }).joined(separator: " ")
                return "\(name) needs \(action.arguments.joined(separator: ", ")); type \(usage)"
            }
            if action.grants != nil, let amount = arguments.first, Self.amount(amount) == nil {
                return "'\(amount)' is not an amount; type e.g. /action \(name) 49.99"
            }
        case .resume:
            guard onHold else { return "the customer is not on hold" }
        default:
            break
        }
        return nil
    }

    /// Reads an amount such as `49.99`, `€49.99` or `49,99`.
    static func amount(_ text: String) -> Double? {
        let cleaned = text.unicodeScalars.filter { ("0"..."9").contains($0) || $0 == "." || $0 == "," }
        let normalized = String(String.UnicodeScalarView(cleaned)).replacingComma()
        return Double(normalized)
    }

    mutating func recordCommand(_ command: InCallCommand, gap: Double?, hold: Double? = nil) {
        if gap != nil { timed = true }
        let at: Double
        if let hold {
            _ = clock.talk(0, after: gap ?? 0)
            at = clock.hold(hold)
        } else {
            at = clock.talk(0, after: gap ?? 0)
        }
        appendCommandTurn(command, at: at)
    }

    mutating func appendCommandTurn(_ command: InCallCommand, at: Double) {
        let turn = CallTurn(
            index: nextIndex(), speaker: .agent, text: command.typed, at: at, duration: clock.now - at,
            command: command, moodAfter: state.mood, phase: phase)
        turns.append(turn)
        pendingEvents.append(.turn(turn))
    }
}

extension String {
    /// `49,99` read as `49.99` (a single comma followed by one or two digits is a decimal
    /// mark); any other comma, as in `1,000`, separates thousands.
    func replacingComma() -> String {
        let commas = filter { $0 == "," }.count
        guard !contains("."), commas == 1, let comma = firstIndex(of: ","), (1...2).contains(distance(from: index(after: comma), to: endIndex))
        else { return filter { $0 != "," } }
        return map { $0 == "," ? "." : $0 }.reduce(into: "") { $0.append($1) }
    }
}
