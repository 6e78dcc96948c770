/// A condition written in a scenario, with where it sits: a trigger's `when` (of a beat or
/// of `anytime`), the `resolution`, or an item of an `any`.
public struct ConditionSite: Sendable {
    /// The condition.
    public var condition: Condition
    /// The beat whose trigger holds it; nil for `anytime`, `resolution` and their `any` items.
    public var beat: String?
    /// The trigger holding it, when it is a trigger's `when` (or inside one).
    public var trigger: Trigger?
    /// True for an item of an `any` list.
    public var isAlternative: Bool
}

extension Scenario {
    /// Every condition of the scenario, `any` items included, in file order.
    public var conditionSites: [ConditionSite] {
        var sites: [ConditionSite] = []
        func add(_ condition: Condition, beat: String?, trigger: Trigger?, alternative: Bool) {
            sites.append(ConditionSite(condition: condition, beat: beat, trigger: trigger, isAlternative: alternative))
            for item in condition.any { add(item, beat: beat, trigger: trigger, alternative: true) }
        }
        for beat in beats {
            for trigger in beat.triggers { add(trigger.when, beat: beat.id, trigger: trigger, alternative: false) }
        }
        for trigger in anytime { add(trigger.when, beat: nil, trigger: trigger, alternative: false) }
        if !resolution.isEmpty { add(resolution, beat: nil, trigger: nil, alternative: false) }
        return sites
    }

    /// Every customer line: `say`, `reply` and `fallback`, of every beat and of `anytime`.
    public var allCustomerLines: [CustomerLine] {
        beats.flatMap { beat in beat.say + beat.triggers.flatMap(\.reply) + beat.fallback } + anytime.flatMap(\.reply)
    }
}
