import CallSimCore
import Yams

/// A name a scenario uses that must be declared elsewhere in it: `goto: listened`,
/// `action: refund`, `transfer: team-leader`.
struct ScenarioReference {
    /// What kind of thing is named.
    enum Kind {
        case beat, action, transfer
    }

    var kind: Kind
    var name: String
    /// The node the name is written in.
    var node: Node
}
