/// A scenario's beats and the transitions between them, for `callsim scenario graph`.
///
/// Nodes are the beats, plus an `anytime` node when `anytime` triggers move the call, and
/// end nodes for triggers that end the call without moving it. Edges are labelled with the
/// trigger's condition.
public struct ScenarioGraph: Sendable {
    /// What a node stands for.
    public enum NodeKind: String, Sendable, Hashable {
        /// A beat that neither resolves nor hangs up.
        case beat
        /// A beat marked `end: resolved`.
        case resolvedEnd = "resolved-end"
        /// A beat marked `end: hang-up`.
        case hangUpEnd = "hang-up-end"
        /// Where `anytime` triggers start from (every beat).
        case anytime
        /// The end reached by a trigger marked `end: resolved`.
        case resolvedExit = "resolved-exit"
        /// The end reached by a trigger marked `end: hang-up`.
        case hangUpExit = "hang-up-exit"
    }

    /// A beat or an end.
    public struct Node: Sendable, Hashable {
        /// Unique in the graph: the beat id, or `(anytime)`, `(resolved)`, `(hang-up)`.
        public var id: String
        /// What it stands for.
        public var kind: NodeKind
        /// True for the start beat.
        public var isStart: Bool
        /// False for a beat nothing reaches.
        public var isReachable: Bool
    }

    /// A transition.
    public struct Edge: Sendable, Hashable {
        /// The node it leaves.
        public var from: String
        /// The node it reaches.
        public var to: String
        /// The trigger's condition, in a few words.
        public var label: String
        /// True for a once-only trigger.
        public var once: Bool
        /// False when the condition can never hold.
        public var canFire: Bool
    }

    /// The scenario's id.
    public var id: String
    /// The nodes, beats first in file order.
    public var nodes: [Node]
    /// The edges, in file order.
    public var edges: [Edge]

    static let anytimeID = "(anytime)", resolvedID = "(resolved)", hangUpID = "(hang-up)"

    /// The graph of `scenario`.
    public init(scenario: Scenario) {
        let flow = ScenarioFlow(scenario: scenario)
        id = scenario.id
        nodes = scenario.beats.map { beat in
            let kind: NodeKind = switch beat.end {
            case .resolved?: .resolvedEnd
            case .hangUp?: .hangUpEnd
            case nil: .beat
            }
            return Node(id: beat.id, kind: kind, isStart: beat.id == scenario.start, isReachable: flow.reachable.contains(beat.id))
        }
        edges = []
        for beat in scenario.beats {
            for trigger in beat.triggers { add(trigger, from: beat.id, flow: flow) }
        }
        for trigger in scenario.anytime { add(trigger, from: Self.anytimeID, flow: flow) }
        var extra: [Node] = []
        let used = Set(edges.flatMap { [$0.from, $0.to] })
        if used.contains(Self.anytimeID) { extra.append(Node(id: Self.anytimeID, kind: .anytime, isStart: false, isReachable: true)) }
        if used.contains(Self.resolvedID) { extra.append(Node(id: Self.resolvedID, kind: .resolvedExit, isStart: false, isReachable: true)) }
        if used.contains(Self.hangUpID) { extra.append(Node(id: Self.hangUpID, kind: .hangUpExit, isStart: false, isReachable: true)) }
        nodes += extra
    }

    private mutating func add(_ trigger: Trigger, from: String, flow: ScenarioFlow) {
        let label = trigger.when.summary
        let canFire = flow.canHold(trigger.when)
        if let target = trigger.goto {
            edges.append(Edge(from: from, to: target, label: label, once: trigger.once, canFire: canFire))
        } else if let end = trigger.end {
            edges.append(Edge(from: from, to: end == .resolved ? Self.resolvedID : Self.hangUpID, label: label, once: trigger.once, canFire: canFire))
        }
    }
}
