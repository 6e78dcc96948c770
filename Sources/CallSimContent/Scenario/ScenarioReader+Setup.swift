import CallSimCore
import Yams

/// The parts of a scenario that set the call up: brief, persona, facts.
extension ScenarioReader {
    func readBrief(_ node: Node, depth: Int) -> Brief {
        guard var map = MappingReader(node, owner: "`brief`", label: "`brief`", context: context, depth: depth, shape: ScenarioFormat.brief) else {
            return Brief(situation: "", goal: "")
        }
        let situation = map.requiredText("situation") ?? ""
        let visible = map.textList("visible")
        let goal = map.requiredText("goal") ?? ""
        map.finish()
        return Brief(situation: situation, visible: visible, goal: goal)
    }

    func readPersona(_ node: Node, depth: Int) -> Persona {
        guard var map = MappingReader(node, owner: "`persona`", label: "`persona`", context: context, depth: depth, shape: ScenarioFormat.persona) else {
            return Persona(name: "", temperament: .calm, mood: 3, patience: 5)
        }
        let name = map.requiredText("name") ?? ""
        let temperament = map.required("temperament").flatMap {
            context.choice($0, "`temperament`", Temperament.self, depth: depth + 1)
        } ?? .calm
        let mood = map.number("mood") ?? 3
        let patience = map.integer("patience") ?? 5
        let style = map.text("style") ?? ""
        map.finish()
        return Persona(name: name, temperament: temperament, mood: mood, patience: patience, style: style)
    }

    func readFacts(_ node: Node, depth: Int) -> [String: String] {
        guard var map = MappingReader(node, owner: "`facts`", label: "`facts`", context: context, depth: depth) else {
            return [:]
        }
        var facts: [String: String] = [:]
        for entry in map.allEntries() {
            guard checkFact(entry.key, at: entry.keyNode) else { continue }
            if let value = context.text(entry.value, "the fact `\(entry.key)`", depth: depth + 1) {
                facts[entry.key] = value
            }
        }
        return facts
    }

    /// Reports `name` when it is not an identity fact; true when it is.
    @discardableResult
    func checkFact(_ name: String, at node: Node, in tag: String? = nil) -> Bool {
        guard !ScenarioVocabulary.facts.contains(name) else { return true }
        let place = tag.map { " in the tag `\($0)`" } ?? ""
        let suggestion = Suggestion.closest(to: name, in: ScenarioVocabulary.facts)
        let advice = suggestion.map { "; did you mean `\($0)`?" }
            ?? "; facts are \(ScenarioVocabulary.facts.joined(separator: ", "))"
        context.error("S012", "unknown identity fact `\(Node.shortened(name))`\(place)\(advice)", at: node)
        return false
    }
}
