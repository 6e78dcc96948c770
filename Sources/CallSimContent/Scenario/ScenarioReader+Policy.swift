import CallSimCore
import Yams

/// What the agent may do: policy, actions, transfer targets, and the scorecard's changes.
extension ScenarioReader {
    func readPolicy(_ node: Node, depth: Int) -> Policy {
        guard var map = MappingReader(node, owner: "`policy`", label: "`policy`", context: context, depth: depth, shape: ScenarioFormat.policy) else {
            return Policy()
        }
        let refund = map.number("refund-limit")
        let credit = map.number("credit-limit")
        let hold = map.number("hold-limit") ?? 120
        var verifyBefore = Set<String>()
        if let list = map.value("verify-before") {
            for item in context.textItems(list, "`verify-before`", allowSingle: true, depth: depth + 1) {
                verifyBefore.insert(item.text)
                references.append(ScenarioReference(kind: .action, name: item.text, node: item.node))
            }
        }
        map.finish()
        return Policy(refundLimit: refund, creditLimit: credit, holdLimit: hold, verifyBefore: verifyBefore)
    }

    func readActions(_ node: Node, depth: Int) -> [ActionDefinition] {
        guard let items = context.items(node, "`actions`", depth: depth) else { return [] }
        return items.compactMap { item in
            guard var map = MappingReader(
                item, owner: "an action", label: "an item of `actions`", context: context, depth: depth + 1, shape: ScenarioFormat.action)
            else { return nil }
            var name = ""
            if let nameNode = map.required("name"), let value = context.identifier(nameNode, "action name", depth: depth + 2) {
                name = value
                actionDeclarations.append((value, nameNode))
            }
            let action = ActionDefinition(
                name: name,
                summary: map.text("summary") ?? "",
                arguments: map.textList("arguments"),
                grants: map.choice("grants", ActionDefinition.GrantKind.self),
                sets: map.textMap("sets", owner: "the action's `sets`"),
                location: context.location(item))
            map.finish()
            return action
        }
    }

    func readTransfers(_ node: Node, depth: Int) -> [TransferTarget] {
        guard let items = context.items(node, "`transfers`", depth: depth) else { return [] }
        return items.compactMap { item in
            guard var map = MappingReader(
                item, owner: "a transfer", label: "an item of `transfers`", context: context, depth: depth + 1, shape: ScenarioFormat.transfer)
            else { return nil }
            var id = ""
            if let idNode = map.required("id"), let value = context.text(idNode, "the transfer `id`", depth: depth + 2) {
                id = value
                transferDeclarations.append((value, idNode))
            }
            let target = TransferTarget(id: id, summary: map.text("summary") ?? "")
            map.finish()
            return target
        }
    }

    func readScorecard(_ node: Node, depth: Int) -> ScorecardOverrides {
        var overrides = ScorecardOverrides()
        guard var map = MappingReader(node, owner: "`scorecard`", label: "`scorecard`", context: context, depth: depth, shape: ScenarioFormat.scorecard) else {
            return overrides
        }
        overrides.passMark = map.number("pass-mark")
        if let weightsNode = map.value("weights"),
           var weights = MappingReader(
               weightsNode, owner: "`scorecard.weights`", label: "`weights`", context: context, depth: depth + 1,
               shape: ScenarioFormat.weights) {
            for section in ScenarioFormat.weights.keyNames {
                if let weight = weights.number(section) { overrides.weights[section] = weight }
            }
            weights.finish()
        }
        overrides.disabled = Set(map.textList("disabled"))
        overrides.wordLimit = map.integer("word-limit")
        overrides.deadAirLimit = map.number("dead-air-limit")
        map.finish()
        return overrides
    }
}
