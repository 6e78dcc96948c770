/// Judges a call with every rule of the catalogue and builds the scorecard.
///
/// The one evaluator of callsim: live practice (for coach-mode nudges and the final
/// scorecard) and `callsim grade` both call it.
public enum Evaluator {
    /// Each rule's status on `call` (pending rules only while the call is going).
    public static func statuses(for call: CallRecord) -> [(rule: any CallRule, status: RuleStatus)] {
        let disabled = call.scenario?.scorecard.disabled ?? []
        return RuleCatalogue.all.map { rule in
            if disabled.contains(rule.id) { return (rule, RuleStatus.notApplicable) }
            return (rule, rule.evaluate(call))
        }
    }

    /// The findings of a finished call: one per rule, in catalogue order.
    public static func findings(for call: CallRecord, phrasebook: Phrasebook) -> [Finding] {
        statuses(for: call).map { rule, status in
            finding(rule: rule, status: status, call: call, phrasebook: phrasebook)
        }
    }

    static func finding(rule: any CallRule, status: RuleStatus, call: CallRecord, phrasebook: Phrasebook) -> Finding {
        let verdict: Verdict
        var turn: Int?
        var evidence: String?
        var advice = Self.advice(for: rule, phrasebook: phrasebook, call: call)
        switch status {
        case .pass(let index, let words):
            verdict = .pass
            turn = index
            evidence = words
        case .fail(let index, let words, let specific):
            verdict = .fail
            turn = index
            evidence = words
            if let specific { advice = specific }
        case .notApplicable:
            verdict = .notApplicable
        case .pending:
            verdict = .fail  // a call that is over leaves nothing pending
        }
        return Finding(
            rule: rule.id, section: rule.section.rawValue, verdict: verdict,
            turn: turn.map { $0 + 1 }, evidence: evidence, advice: advice, critical: rule.critical)
    }

    /// The rule's advice, with an example phrase from the call's own phrasebook when it has one.
    static func advice(for rule: any CallRule, phrasebook: Phrasebook, call: CallRecord) -> String {
        guard let category = rule.exampleCategory,
              let example = PhraseExamples.example(category, in: phrasebook, agent: call.configuration.agentName, company: call.configuration.company)
        else { return rule.advice }
        return "\(rule.advice) For example: “\(example)”"
    }

    /// The scorecard of a call: sections weighted (a scenario may change the weights), sections
    /// with no applicable rule dropped and the rest scaled to 100, and 0 when a critical rule failed.
    public static func scorecard(for call: CallRecord, phrasebook: Phrasebook) -> Scorecard {
        let findings = findings(for: call, phrasebook: phrasebook)
        let overrides = call.scenario?.scorecard ?? ScorecardOverrides()
        let (sections, score) = sectionScores(for: findings, weights: overrides.weights)
        let autoFail = findings.filter { $0.critical && $0.verdict == .fail }.map(\.rule)
        let passMark = overrides.passMark ?? 80
        let totals = call.clockTotals
        let metrics = CallMetrics(
            handleSeconds: round1(totals.talk + totals.hold + totals.wrap),
            talkSeconds: round1(totals.talk), holdSeconds: round1(totals.hold), wrapSeconds: round1(totals.wrap),
            csat: CallMetrics.csat(
                finalMood: call.state.mood, resolved: call.resolved,
                abandoned: call.endReason == .traineeQuit || call.endReason == .customerHungUp),
            resolved: call.resolved, finalMood: call.state.mood)
        let finalScore = autoFail.isEmpty ? score : 0
        return Scorecard(
            score: finalScore, passed: autoFail.isEmpty && Double(finalScore) >= passMark, passMark: passMark,
            autoFail: autoFail, sections: sections, findings: findings, metrics: metrics)
    }

    /// Section points from findings: each section's weight shared equally by its applicable
    /// rules, sections with no applicable rule dropped and the rest scaled to 100. Returns the
    /// sections and the score before any critical failure.
    public static func sectionScores(for findings: [Finding], weights: [String: Double]) -> (sections: [SectionScore], score: Int) {
        var sections: [SectionScore] = []
        var earned = 0.0
        var available = 0.0
        for section in RuleSection.allCases {
            let applicable = findings.filter { $0.section == section.rawValue && $0.verdict != .notApplicable }
            guard !applicable.isEmpty else { continue }
            let weight = weights[section.rawValue] ?? section.weight
            let passed = Double(applicable.filter { $0.verdict == .pass }.count)
            let points = weight * passed / Double(applicable.count)
            sections.append(SectionScore(id: section.rawValue, title: section.title, score: points, max: weight))
            earned += points
            available += weight
        }
        guard available > 0 else { return (sections, 0) }
        let factor = 100 / available
        sections = sections.map {
            SectionScore(id: $0.id, title: $0.title, score: round1($0.score * factor), max: round1($0.max * factor))
        }
        return (sections, Int((earned / available * 100).rounded()))
    }

    static func round1(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}

extension CallRecord {
    /// Talk, hold and wrap seconds, from the turns. A hold lasts from `/hold` until the
    /// agent's next turn (their `/resume` or next line), so recorded times are honoured.
    var clockTotals: (talk: Double, hold: Double, wrap: Double) {
        var talk = 0.0, hold = 0.0, wrap = 0.0
        var previousEnd = 0.0
        var holdStart: Double?
        for turn in turns {
            if let start = holdStart, turn.speaker == .agent {
                hold += max(0, turn.at - start)
                previousEnd = max(previousEnd, turn.at)
                holdStart = nil
            }
            let gap = max(0, turn.at - previousEnd)
            switch turn.command {
            case .hold:
                talk += gap
                holdStart = turn.at
            case .notes:
                wrap += turn.duration
            default:
                if holdStart == nil { talk += gap + turn.duration }
            }
            previousEnd = max(previousEnd, turn.at + turn.duration)
        }
        if let start = holdStart, let last = turns.last(where: { if case .hold = $0.command { true } else { false } }) {
            hold += max(0, last.at + last.duration - start)
        }
        return (talk, hold, wrap)
    }
}
