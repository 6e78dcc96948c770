/// What can happen in a scenario, worked out from its text without playing it: the beats
/// the call can reach, the identity details the customer can give, the values variables can
/// take, and which conditions can ever hold. The authoring checks, the graph and the
/// explorer build on it.
public struct ScenarioFlow: Sendable {
    /// The scenario.
    public let scenario: Scenario
    /// Identity facts some customer line gives (`gives:` tags).
    public let givenFacts: Set<String>
    /// The values each variable is set to, by triggers (`set`) and actions (`sets`).
    public let variableValues: [String: Set<String>]
    /// Beats the call can reach from `start`, through triggers whose condition can hold.
    public private(set) var reachable: Set<String> = []

    /// Works out the flow of `scenario`.
    public init(scenario: Scenario) {
        self.scenario = scenario
        var facts = Set<String>()
        for line in scenario.allCustomerLines {
            for tag in line.tags where tag.hasPrefix("gives:") { facts.insert(String(tag.dropFirst("gives:".count))) }
        }
        givenFacts = facts
        var values: [String: Set<String>] = [:]
        let triggers = scenario.beats.flatMap(\.triggers) + scenario.anytime
        for (name, value) in triggers.flatMap(\.set) + scenario.actions.flatMap(\.sets) {
            values[name, default: []].insert(value)
        }
        variableValues = values
        // A `beat:` condition naming a beat nothing reaches can never hold, which may cut off
        // more beats: shrink until nothing changes.
        reachable = Set(scenario.beats.map(\.id))
        for _ in 0...scenario.beats.count {
            let next = reach()
            if next == reachable { break }
            reachable = next
        }
    }

    /// The beats reached from `start` with the current guess of `reachable`.
    private func reach() -> Set<String> {
        guard scenario.beat(scenario.start) != nil else { return [] }
        var seen: Set<String> = [scenario.start]
        var queue = [scenario.start]
        let anytimeTargets = scenario.anytime.filter { canHold($0.when) }.compactMap(\.goto)
        while let id = queue.popLast() {
            let own = (scenario.beat(id)?.triggers ?? []).filter { canHold($0.when) }.compactMap(\.goto)
            for target in own + anytimeTargets where scenario.beat(target) != nil && seen.insert(target).inserted {
                queue.append(target)
            }
        }
        return seen
    }

    /// True when `condition` can hold in some call: none of its own keys is impossible,
    /// and at least one of its `any` items can hold.
    public func canHold(_ condition: Condition) -> Bool {
        impossibilities(of: condition).isEmpty && (condition.any.isEmpty || condition.any.contains(where: canHold))
    }

    /// The triggers that can fire in the beat `id`: its own, then `anytime`'s, whose condition can hold.
    public func liveTriggers(in id: String) -> [Trigger] {
        ((scenario.beat(id)?.triggers ?? []) + scenario.anytime).filter { canHold($0.when) }
    }

    /// True when the call can reach an end marked `kind` (a beat's or a trigger's `end`).
    public func canReachEnd(_ kind: BeatEnd? = nil) -> Bool {
        let matches = { (end: BeatEnd?) in end != nil && (kind == nil || end == kind) }
        for beat in scenario.beats where reachable.contains(beat.id) {
            if matches(beat.end) { return true }
            if beat.triggers.contains(where: { matches($0.end) && canHold($0.when) }) { return true }
        }
        return !reachable.isEmpty && scenario.anytime.contains { matches($0.end) && canHold($0.when) }
    }

    /// True when the customer's issue can be resolved: out of the agent's hands, a reachable
    /// `end: resolved`, or a `resolution` that can hold.
    public var canResolve: Bool {
        scenario.outOfHands || canReachEnd(.resolved) || (!scenario.resolution.isEmpty && canHold(scenario.resolution))
    }

    /// True when the agent can get the customer verified: some lines give two identity details.
    public var canVerify: Bool { givenFacts.count >= 2 }
}
