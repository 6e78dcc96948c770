extension CallSession {
    /// Coach mode: at most one short line after a rule is newly met or broken, a broken rule
    /// first. Rules that only pass at the end of the call ("never argue") are not praised.
    mutating func nextNudge() -> Nudge? {
        let record = self.record
        var broken: Nudge?
        var met: Nudge?
        for (rule, status) in Evaluator.statuses(for: record) {
            let before = previousVerdicts[rule.id] ?? .pending
            previousVerdicts[rule.id] = status
            guard status.isDecided, before == .pending else { continue }
            switch status {
            case .fail(_, _, let specific):
                if broken == nil {
                    let advice = specific ?? Evaluator.advice(for: rule, phrasebook: configuration.phrasebook, call: record)
                    broken = Nudge(rule: rule.id, positive: false, text: advice)
                }
            case .pass:
                if met == nil, !rule.praise.isEmpty {
                    met = Nudge(rule: rule.id, positive: true, text: rule.praise)
                }
            default:
                break
            }
        }
        return broken ?? met
    }

    /// Advice from the first rule that is still open, for `/hint` when the beat has none.
    func nextAdvice() -> String? {
        let record = self.record
        for (rule, status) in Evaluator.statuses(for: record) where status == .pending {
            return Evaluator.advice(for: rule, phrasebook: configuration.phrasebook, call: record)
        }
        return nil
    }
}
