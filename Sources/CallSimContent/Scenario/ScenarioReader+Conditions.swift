import CallSimCore
import Yams

/// Conditions: `when`, `resolution`, and the items of `any`.
extension ScenarioReader {
    func readCondition(_ node: Node, _ label: String, depth: Int) -> Condition {
        var condition = Condition()
        condition.location = context.location(node)
        guard var map = MappingReader(
            node, owner: "a condition", label: label, context: context, depth: depth, shape: ScenarioFormat.condition) else {
            return condition
        }
        if let said = map.value("said") {
            condition.said = context.textItems(said, "`said`", allowSingle: true, depth: depth + 1).compactMap { item in
                guard ReadContext.isIdentifier(item.text) else {
                    context.reportIdentifier(item.text, "phrase category", at: item.node)
                    return nil
                }
                return item.text
            }
        }
        condition.command = map.value("command").flatMap {
            context.oneOf($0, "`command`", ScenarioVocabulary.commands, depth: depth + 1)
        }
        condition.action = reference(&map, "action", kind: .action, depth: depth)
        condition.transfer = reference(&map, "transfer", kind: .transfer, depth: depth)
        condition.verified = map.bool("verified")
        if let given = map.value("given") {
            condition.given = context.textItems(given, "`given`", allowSingle: true, depth: depth + 1)
                .filter { checkFact($0.text, at: $0.node) }
                .map(\.text)
        }
        condition.variables = map.textMap("variables", owner: "the condition's `variables`")
        condition.moodAtLeast = map.number("mood-at-least")
        condition.moodBelow = map.number("mood-below")
        condition.beat = reference(&map, "beat", kind: .beat, depth: depth)
        if let any = map.value("any"), let items = context.items(any, "`any`", depth: depth + 1) {
            condition.any = items.map { readCondition($0, "an item of `any`", depth: depth + 2) }
        }
        map.finish()
        return condition
    }

    /// The text of `key`, remembered as a reference to check once everything is read.
    private func reference(_ map: inout MappingReader, _ key: String, kind: ScenarioReference.Kind, depth: Int) -> String? {
        guard let node = map.value(key), let name = context.text(node, "`\(key)`", depth: depth + 1) else { return nil }
        references.append(ScenarioReference(kind: kind, name: name, node: node))
        return name
    }
}
