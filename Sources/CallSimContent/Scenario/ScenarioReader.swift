import CallSimCore
import Yams

/// Reads a composed scenario document into a `Scenario`, reporting every problem.
///
/// Values that are missing or wrong are replaced by placeholders so reading can go on and
/// find the rest; the loader drops the scenario when any error was reported.
final class ScenarioReader {
    let context: ReadContext
    /// Names the scenario refers to, checked once everything is read.
    var references: [ScenarioReference] = []
    /// Beat ids as declared, with their nodes, in file order.
    var beatDeclarations: [(id: String, node: Node)] = []
    /// Action names as declared.
    var actionDeclarations: [(id: String, node: Node)] = []
    /// Transfer ids as declared.
    var transferDeclarations: [(id: String, node: Node)] = []
    /// Where the scenario's `id` is written.
    private(set) var idLocation: SourceLocation?
    /// The scenario's id, when one could be read (even if other things are wrong).
    private(set) var id: String?

    init(context: ReadContext) {
        self.context = context
    }

    /// The scenario, with placeholders where values were wrong; check `context.hasErrors`.
    func read(_ root: Node) -> Scenario? {
        guard var top = MappingReader(
            root, owner: "the scenario", label: "the scenario", context: context, depth: 0, shape: ScenarioFormat.scenario)
        else {
            return nil
        }
        context.sourceMap.root = context.location(root)
        let depth = 1
        if let idNode = top.required("id") {
            idLocation = context.location(idNode)
            id = context.identifier(idNode, "scenario id", depth: depth)
        }
        let title = top.requiredText("title") ?? ""
        let summary = top.text("summary") ?? ""
        let language = top.value("language").flatMap {
            context.oneOf($0, "`language`", ScenarioVocabulary.languages, depth: depth)
        } ?? "en"
        let channel = top.choice("channel", CallChannel.self) ?? .phone
        let direction = top.choice("direction", CallDirection.self) ?? .inbound
        let department = top.text("department") ?? ""
        let difficulty = top.choice("difficulty", Difficulty.self) ?? .medium
        let company = top.text("company")
        let brief = top.required("brief").map { readBrief($0, depth: depth) } ?? Brief(situation: "", goal: "")
        let persona = top.required("persona").map { readPersona($0, depth: depth) }
            ?? Persona(name: "", temperament: .calm, mood: 3, patience: 5)
        let facts = top.value("facts").map { readFacts($0, depth: depth) } ?? [:]
        let knows = top.textList("knows")
        let policy = top.value("policy").map { readPolicy($0, depth: depth) } ?? Policy()
        let actions = top.value("actions").map { readActions($0, depth: depth) } ?? []
        let transfers = top.value("transfers").map { readTransfers($0, depth: depth) } ?? []
        var start = ""
        if let startNode = top.required("start"), let name = context.text(startNode, "`start`", depth: depth) {
            start = name
            references.append(ScenarioReference(kind: .beat, name: name, node: startNode))
        }
        let beats = top.required("beats").map { readBeats($0, depth: depth) } ?? []
        let anytime = top.value("anytime").map { readTriggers($0, "`anytime`", depth: depth) } ?? []
        let resolution = top.value("resolution").map { readCondition($0, "`resolution`", depth: depth) } ?? Condition()
        let outOfHands = top.bool("out-of-hands") ?? false
        let scorecard = top.value("scorecard").map { readScorecard($0, depth: depth) } ?? ScorecardOverrides()
        let phrasebooks = top.textList("phrasebooks")
        let modelLines = top.textList("model-lines")
        let hints = top.textList("hints")
        top.finish()
        checkReferences()
        var scenario = Scenario(
            id: id ?? "", title: title, summary: summary, language: language, channel: channel,
            direction: direction, department: department, difficulty: difficulty, company: company,
            brief: brief, persona: persona, facts: facts, policy: policy, actions: actions,
            transfers: transfers, start: start, beats: beats, anytime: anytime, resolution: resolution,
            outOfHands: outOfHands, scorecard: scorecard, phrasebooks: phrasebooks, modelLines: modelLines)
        scenario.knows = knows
        scenario.hints = hints
        return scenario
    }
}
