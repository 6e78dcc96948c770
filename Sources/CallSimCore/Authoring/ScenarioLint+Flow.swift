/// Checks of the call's route: beats nothing reaches (S014), no way to end (S015) or to
/// resolve (S016), dead ends (S024), and a customer who says nothing on arrival (S029).
extension ScenarioLint {
    func flowFindings() -> [LintFinding] {
        var found: [LintFinding] = []
        for beat in scenario.beats where !flow.reachable.contains(beat.id) {
            found.append(.warning(
                "S014",
                "nothing reaches the beat `\(beat.id)`: no `start`, or `goto` of a trigger that can fire, leads here; add a `goto: \(beat.id)` or remove the beat",
                at: location(of: beat)))
        }
        if !flow.canReachEnd() {
            found.append(.error(
                "S015",
                "the call has no way to end: no beat or trigger the call can reach has `end: resolved` or `end: hang-up`; mark the beat where the customer is satisfied with `end: resolved`",
                at: topKey("beats")))
        }
        if !flow.canResolve {
            let how = scenario.resolution.isEmpty ? "there is no `resolution`" : "the `resolution` can never hold"
            found.append(.error(
                "S016",
                "the customer's issue can never be resolved: \(how) and no beat or trigger the call can reach has `end: resolved`; add `end: resolved` to the beat where the issue is fixed",
                at: scenario.resolution.isEmpty ? topKey("beats") : topKey("resolution")))
        }
        found += deadEnds()
        found += silentArrivals()
        return found
    }

    /// Reachable beats that are not ends and that no trigger leaves.
    private func deadEnds() -> [LintFinding] {
        scenario.beats.compactMap { beat in
            guard flow.reachable.contains(beat.id), beat.end == nil else { return nil }
            let leaves = flow.liveTriggers(in: beat.id).contains { trigger in
                trigger.end != nil || (trigger.goto.map { $0 != beat.id && scenario.beat($0) != nil } ?? false)
            }
            guard !leaves else { return nil }
            return .warning(
                "S024",
                "the beat `\(beat.id)` has no way out: none of its triggers, nor any `anytime` trigger, goes to another beat or ends the call, so only the agent's /end finishes it; add a trigger with `goto` or `end`",
                at: location(of: beat))
        }
    }

    /// Places where the call arrives in a beat with nothing to say.
    private func silentArrivals() -> [LintFinding] {
        var found: [LintFinding] = []
        if let start = scenario.beat(scenario.start), start.say.isEmpty {
            found.append(.warning(
                "S029",
                "the customer says nothing at the start of the call: the start beat `\(start.id)` has no `say`",
                at: sourceMap.valueLocation("start", in: sourceMap.root) ?? location(of: start)))
        }
        let triggers = scenario.beats.flatMap(\.triggers) + scenario.anytime
        for trigger in triggers where trigger.reply.isEmpty && trigger.end != .hangUp {
            guard let target = trigger.goto.flatMap(scenario.beat), target.say.isEmpty, target.end != .hangUp else { continue }
            found.append(.warning(
                "S029",
                "the customer says nothing when this trigger moves the call to `\(target.id)`: the trigger has no `reply` and the beat has no `say`",
                at: sourceMap.valueLocation("goto", in: trigger.location) ?? trigger.location))
        }
        return found
    }
}
