/// Why a key of a condition can never hold.
public struct Impossibility: Sendable, Hashable {
    /// The key to point at (`mood-below`, `verified`, `variables`, ...).
    public var key: String
    /// The entry of a list or mapping key it is about (`refunded` in `variables`), if any.
    public var entry: String?
    /// The whole explanation, in one sentence.
    public var message: String
}

extension ScenarioFlow {
    /// Why the condition's own keys (not its `any` items) can never hold; empty when they can.
    /// Variables that are never set at all are left to the variable checks.
    public func impossibilities(of condition: Condition) -> [Impossibility] {
        var found = turnConflicts(condition)
        if let low = condition.moodAtLeast, let high = condition.moodBelow, low >= high {
            found.append(Impossibility(
                key: "mood-below", message: "`mood-at-least: \(Self.format(low))` and `mood-below: \(Self.format(high))` can never both hold; the mood cannot be at least \(Self.format(low)) and below \(Self.format(high))"))
        } else if let high = condition.moodBelow, high <= 0 {
            found.append(Impossibility(key: "mood-below", message: "`mood-below: \(Self.format(high))` can never hold: the mood is never below 0"))
        }
        if condition.verified == true, !canVerify {
            found.append(Impossibility(key: "verified", message: "`verified: true` can never hold: verifying needs two identity details, and \(givenSummary); tag the lines where the customer gives them with `gives:FACT`"))
        }
        for fact in condition.given where !givenFacts.contains(fact) {
            found.append(Impossibility(key: "given", entry: fact, message: "`given: \(fact)` can never hold: no customer line has the tag `gives:\(fact)`"))
        }
        for (name, value) in condition.variables.sorted(by: { $0.key < $1.key }) {
            guard let values = variableValues[name], !values.contains(value) else { continue }
            let set = values.sorted().map { "`\($0)`" }.joined(separator: ", ")
            found.append(Impossibility(key: "variables", entry: name, message: "`\(name)` is never set to `\(value)` (it is only set to \(set)), so this can never hold"))
        }
        if let beat = condition.beat, scenario.beat(beat) != nil, !reachable.contains(beat) {
            found.append(Impossibility(key: "beat", message: "`beat: \(beat)` can never hold: nothing reaches the beat `\(beat)`"))
        }
        if condition.command == "notes" {
            found.append(Impossibility(key: "command", message: "`command: notes` can never hold: /notes is recorded without the customer reacting, so it fires no trigger"))
        }
        if condition.command == "transfer", scenario.transfers.isEmpty {
            found.append(Impossibility(key: "command", message: "`command: transfer` can never hold: the scenario has no `transfers`, so /transfer is always refused"))
        }
        return found
    }

    /// One agent turn is a line, a command, an action or a transfer: keys that want two
    /// different kinds of turn can never hold together.
    private func turnConflicts(_ condition: Condition) -> [Impossibility] {
        let command = condition.command
        let commandKeys = [("command", command != nil), ("action", condition.action != nil), ("transfer", condition.transfer != nil)]
        if !condition.said.isEmpty, let other = commandKeys.first(where: \.1)?.0 {
            return [Impossibility(key: other, message: "`said` and `\(other)` can never both hold: one agent turn is either a line or a command")]
        }
        if let action = condition.action {
            if command != nil {
                return [Impossibility(key: "action", message: "`command: \(command ?? "")` and `action: \(action)` can never both hold: an action is taken with /action")]
            }
            if condition.transfer != nil {
                return [Impossibility(key: "transfer", message: "`action` and `transfer` can never both hold: one agent turn is either an action or a transfer")]
            }
        }
        if let transfer = condition.transfer, let command {
            if command == "escalate", transfer != "team-leader" {
                return [Impossibility(key: "transfer", message: "`command: escalate` and `transfer: \(transfer)` can never both hold: /escalate always goes to `team-leader`")]
            }
            if command != "transfer", command != "escalate" {
                return [Impossibility(key: "transfer", message: "`command: \(command)` and `transfer: \(transfer)` can never both hold: a transfer is made with /transfer or /escalate")]
            }
        }
        return []
    }

    /// "no customer line gives any" or "the customer's lines only give `name`".
    var givenSummary: String {
        if givenFacts.isEmpty { return "no customer line gives any" }
        return "the customer's lines only give " + givenFacts.sorted().map { "`\($0)`" }.joined(separator: ", ")
    }

    /// A number as written in a file: `7`, `6.5`.
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
