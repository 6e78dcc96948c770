/// `dead-air` — no agent turn starts more than the limit (15 s; 60 s in chat; the scenario's
/// `dead-air-limit`) after the turn before it, unless the agent's previous line announced the
/// wait (`hold-request`). Needs timestamps or a live call; not applicable otherwise.
///
/// Why: silence on a call reads as neglect; QA scorecards flag dead air longer than about
/// 15 seconds (DOMAIN). A silence the agent announced ("bear with me while I check") is not
/// dead air, and neither is a hold.
struct DeadAirRule: CallRule {
    let id = "dead-air"
    let section = RuleSection.callControl
    let question = "Did the agent avoid unexplained silences?"
    let advice = "Don't leave the customer in silence: say what you are doing, or ask to put them on hold."
    let praise = ""

    func evaluate(_ call: CallRecord) -> RuleStatus {
        guard call.timed else { return .notApplicable }
        var previousEnd: Double?
        var previousAgent: CallTurn?
        var onHold = false
        for turn in call.turns {
            defer {
                previousEnd = turn.at + turn.duration
                if turn.speaker == .agent, turn.isUtterance { previousAgent = turn }
            }
            if case .hold = turn.command {
                onHold = true
                continue
            }
            guard turn.speaker == .agent, turn.phase != .wrapUp, let end = previousEnd else { continue }
            if case .notes = turn.command { continue }
            // The agent's return from a hold (a /resume or their next line) ends the hold, not a silence.
            if onHold {
                onHold = false
                continue
            }
            let silence = turn.at - end
            let announced = previousAgent.map { $0.shows("hold-request") } ?? false
            if silence > call.deadAirLimit, !announced {
                return .fail(
                    turn: turn.index, evidence: turn.text.excerpt,
                    advice: "\(Int(silence.rounded())) s of silence before this line. \(advice)")
            }
        }
        return call.isOver ? .pass(turn: nil, evidence: nil) : .pending
    }
}
