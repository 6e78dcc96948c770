import CallSimCore
import Yams

/// The conversation: beats and their triggers.
extension ScenarioReader {
    func readBeats(_ node: Node, depth: Int) -> [Beat] {
        guard let items = context.items(node, "`beats`", depth: depth) else { return [] }
        if items.isEmpty {
            context.error(.missingKey, "`beats` is empty; a scenario needs at least one beat", at: node)
        }
        return items.compactMap { readBeat($0, depth: depth + 1) }
    }

    private func readBeat(_ node: Node, depth: Int) -> Beat? {
        guard var map = MappingReader(
            node, owner: "a beat", label: "an item of `beats`", context: context, depth: depth, shape: ScenarioFormat.beat) else {
            return nil
        }
        var beat = Beat(id: "", location: context.location(node))
        if let idNode = map.required("id"), let id = context.text(idNode, "the beat `id`", depth: depth + 1) {
            beat.id = id
            beatDeclarations.append((id, idNode))
        }
        beat.say = map.value("say").map { readLines($0, "`say`", depth: depth + 1) } ?? []
        beat.triggers = map.value("triggers").map { readTriggers($0, "`triggers`", depth: depth + 1) } ?? []
        beat.fallback = map.value("fallback").map { readLines($0, "`fallback`", depth: depth + 1) } ?? []
        beat.end = map.choice("end", BeatEnd.self)
        beat.hint = map.text("hint")
        map.finish()
        return beat
    }

    func readTriggers(_ node: Node, _ label: String, depth: Int) -> [Trigger] {
        guard let items = context.items(node, label, depth: depth) else { return [] }
        return items.compactMap { readTrigger($0, label, depth: depth + 1) }
    }

    private func readTrigger(_ node: Node, _ label: String, depth: Int) -> Trigger? {
        guard var map = MappingReader(
            node, owner: "a trigger", label: "an item of \(label)", context: context, depth: depth, shape: ScenarioFormat.trigger) else {
            return nil
        }
        let condition = map.required("when").map { readCondition($0, "`when`", depth: depth + 1) } ?? Condition()
        var trigger = Trigger(when: condition)
        trigger.location = context.location(node)
        trigger.reply = map.value("reply").map { readLines($0, "`reply`", depth: depth + 1) } ?? []
        if let gotoNode = map.value("goto"), let target = context.text(gotoNode, "`goto`", depth: depth + 1) {
            trigger.goto = target
            references.append(ScenarioReference(kind: .beat, name: target, node: gotoNode))
        }
        trigger.set = map.textMap("set", owner: "the trigger's `set`")
        trigger.mood = map.number("mood")
        trigger.once = map.bool("once") ?? false
        trigger.end = map.choice("end", BeatEnd.self)
        map.finish()
        return trigger
    }
}
