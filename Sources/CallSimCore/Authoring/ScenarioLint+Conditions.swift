/// Checks of conditions: phrase categories the phrasebooks lack (S017), conditions that can
/// never hold (S020), and triggers an earlier trigger always beats (S021).
extension ScenarioLint {
    func conditionFindings() -> [LintFinding] {
        var found: [LintFinding] = []
        for site in scenario.conditionSites {
            let condition = site.condition
            if let categories {
                for category in condition.said where !categories.contains(category) {
                    found.append(.error(
                        "S017",
                        "no phrase category `\(category)` in the `\(scenario.language)` phrasebooks" + NameSuggestion.didYouMean(category, in: categories.sorted()),
                        at: location("said", entry: category, in: condition)))
                }
            }
            for problem in flow.impossibilities(of: condition) {
                found.append(.error("S020", problem.message, at: location(problem.key, entry: problem.entry, in: condition)))
            }
            if !condition.any.isEmpty, !condition.any.contains(where: flow.canHold) {
                found.append(.error(
                    "S020", "`any` can never hold: none of its conditions can", at: location("any", in: condition)))
            }
        }
        return found
    }

    /// Triggers that never fire because an earlier trigger of the same list fires on every
    /// turn they would.
    func shadowFindings() -> [LintFinding] {
        var found: [LintFinding] = []
        for list in scenario.beats.map(\.triggers) + [scenario.anytime] {
            for (index, later) in list.enumerated() where flow.canHold(later.when) {
                guard let earlier = list[..<index].first(where: { shadows($0, later) }) else { continue }
                found.append(.warning(
                    "S021",
                    "this trigger never fires: the trigger at \(line(of: earlier.location)) comes first and fires on every turn this one would; make that one `once: true`, or move this one above it",
                    at: later.location))
            }
        }
        return found
    }

    /// True when `earlier` fires whenever `later` could: it is not once-only, waits for
    /// something the agent does, and asks for no more than `later` does.
    private func shadows(_ earlier: Trigger, _ later: Trigger) -> Bool {
        !earlier.once && earlier.when.needsAgentInput && Self.implies(later.when, earlier.when)
    }

    /// True when `condition` holding means `weaker` holds.
    static func implies(_ condition: Condition, _ weaker: Condition) -> Bool {
        if !weaker.said.isEmpty {
            guard !condition.said.isEmpty, Set(condition.said).isSubset(of: Set(weaker.said)) else { return false }
        }
        for (wanted, given) in [(weaker.command, condition.command), (weaker.action, condition.action), (weaker.transfer, condition.transfer), (weaker.beat, condition.beat)] {
            if let wanted, given != wanted { return false }
        }
        if let verified = weaker.verified, condition.verified != verified { return false }
        guard Set(weaker.given).isSubset(of: Set(condition.given)) else { return false }
        guard weaker.variables.allSatisfy({ condition.variables[$0.key] == $0.value }) else { return false }
        if let low = weaker.moodAtLeast {
            guard let other = condition.moodAtLeast, other >= low else { return false }
        }
        if let high = weaker.moodBelow {
            guard let other = condition.moodBelow, other <= high else { return false }
        }
        if !weaker.any.isEmpty {
            guard weaker.any.map(\.withoutLocations) == condition.any.map(\.withoutLocations) else { return false }
        }
        return true
    }
}

extension Condition {
    /// The condition without where it is written, for comparing two conditions.
    var withoutLocations: Condition {
        var copy = self
        copy.location = nil
        copy.any = any.map(\.withoutLocations)
        return copy
    }
}
