import CallSimCore

/// `scenario show --format json`: the scenario's brief and structure.
struct ScenarioShowJSON: Encodable {
    struct Action: Encodable {
        var name, summary: String
        var arguments: [String]
        var grants: String?
        var sets: [String: String]
    }

    struct TriggerRow: Encodable {
        var when: String
        var goto: String?
        var reply: [String]
        var set: [String: String]
        var mood: Double?
        var once: Bool
        var end: String?

        init(_ trigger: Trigger) {
            when = trigger.when.summary
            goto = trigger.goto
            reply = trigger.reply.map(\.text)
            set = trigger.set
            mood = trigger.mood
            once = trigger.once
            end = trigger.end?.rawValue
        }
    }

    struct BeatRow: Encodable {
        var id: String
        var say: [String]
        var fallback: [String]
        var end: String?
        var hint: String?
        var triggers: [TriggerRow]
    }

    var id, title, summary, language, channel, direction, department, difficulty, path: String
    var company: String?
    var brief: [String: [String]]
    var persona: [String: String]
    var facts: [String: String]
    var knows: [String]
    var policy: [String: [String]]
    var actions: [Action]
    var transfers: [String: String]
    var start: String
    var beats: [BeatRow]
    var anytime: [TriggerRow]
    var resolution: String?
    var hints: [String]
    var modelLines: [String]

    init(_ scenario: Scenario) {
        id = scenario.id
        title = scenario.title
        summary = scenario.summary
        language = scenario.language
        channel = scenario.channel.rawValue
        direction = scenario.direction.rawValue
        department = scenario.department
        difficulty = scenario.difficulty.rawValue
        path = scenario.path
        company = scenario.company
        brief = ["situation": [scenario.brief.situation], "visible": scenario.brief.visible, "goal": [scenario.brief.goal]]
        let persona = scenario.persona
        self.persona = [
            "name": persona.name, "temperament": persona.temperament.rawValue, "mood": ScenarioFlow.format(persona.mood),
            "patience": String(persona.patience), "style": persona.style,
        ]
        facts = scenario.facts
        knows = scenario.knows
        let policy = scenario.policy
        self.policy = [
            "refundLimit": policy.refundLimit.map { [ScenarioFlow.format($0)] } ?? [],
            "creditLimit": policy.creditLimit.map { [ScenarioFlow.format($0)] } ?? [],
            "holdLimit": [ScenarioFlow.format(policy.holdLimit)],
            "verifyBefore": policy.verifyBefore.sorted(),
        ]
        actions = scenario.actions.map { Action(name: $0.name, summary: $0.summary, arguments: $0.arguments, grants: $0.grants?.rawValue, sets: $0.sets) }
        transfers = Dictionary(scenario.transfers.map { ($0.id, $0.summary) }, uniquingKeysWith: { first, _ in first })
        start = scenario.start
        beats = scenario.beats.map {
            BeatRow(id: $0.id, say: $0.say.map(\.text), fallback: $0.fallback.map(\.text), end: $0.end?.rawValue, hint: $0.hint, triggers: $0.triggers.map(TriggerRow.init))
        }
        anytime = scenario.anytime.map(TriggerRow.init)
        resolution = scenario.resolution.isEmpty ? nil : scenario.resolution.summary
        hints = scenario.hints
        modelLines = scenario.modelLines
    }
}
