import CallSimCore

/// The scenario file format: every key the loader reads, with its type, range and meaning.
///
/// The one description of the format. `ScenarioReader` reads each mapping against its shape
/// here (a key not listed is an unknown key), and the JSON Schema (`callsim scenario schema`)
/// and the key reference in `docs/scenarios.md` are generated from it, so they cannot drift.
enum ScenarioFormat {
    static let format = FileFormat(
        name: "callsim scenario", root: "scenario",
        shapes: [scenario, brief, persona, policy, action, transfer, beat, trigger, condition, line, scorecard, weights])

    // Shape ids, used by the reader.
    static let scenarioID = "scenario", briefID = "brief", personaID = "persona", policyID = "policy"
    static let actionID = "action", transferID = "transfer", beatID = "beat", triggerID = "trigger"
    static let conditionID = "condition", lineID = "line", scorecardID = "scorecard", weightsID = "weights"

    /// What the customer says: one line or a list, each a text or a line mapping.
    static let lines = FormatValue.either([.text, .shape(lineID), .list(.either([.text, .shape(lineID)]))])

    static let tagWords = ScenarioVocabulary.plainTags + ScenarioVocabulary.facts.map { "gives:\($0)" }
    static let tag = FormatValue.pattern(
        "^\\s*(\(tagWords.joined(separator: "|")))(\\s*,\\s*(\(tagWords.joined(separator: "|"))))*\\s*$",
        described: "upset, calm, off-topic or gives:FACT; several may be written in one text, separated by commas")

    static let scenario = FormatShape(
        id: scenarioID, title: "the scenario", summary: "The top level of a scenario file: one practice call.",
        keys: [
            FormatKey("id", .identifier, required: true, "Unique across every library; used by `callsim practice ID`."),
            FormatKey("title", .text, required: true, "The scenario's name in menus and on the scorecard."),
            FormatKey("summary", .text, "One sentence for `scenario list` and `scenario show`."),
            FormatKey("language", .choice(ScenarioVocabulary.languages), default: "en", "The language of the call; its phrasebooks judge the agent."),
            FormatKey("channel", .choice(CallChannel.allCases.map(\.rawValue)), default: "phone", "A voice call or a typed chat (chat allows longer silences)."),
            FormatKey("direction", .choice(CallDirection.allCases.map(\.rawValue)), default: "inbound", "inbound: the customer calls and the agent greets first; outbound: the agent calls and the customer answers first."),
            FormatKey("department", .text, "The team taking the call (billing, technical support, ...), for filtering."),
            FormatKey("difficulty", .choice(Difficulty.allCases.map(\.rawValue)), default: "medium", "How hard the call is for a new hire."),
            FormatKey("company", .text, "The company the agent works for; fills `{company}` and is expected in the opening."),
            FormatKey("brief", .shape(briefID), required: true, "What the agent is told before the call."),
            FormatKey("persona", .shape(personaID), required: true, "The customer the simulator plays."),
            FormatKey("facts", .names(keys: .choice(ScenarioVocabulary.facts), values: .text), "The customer's identity details, by fact; they fill `{account-number}` and the like in customer lines."),
            FormatKey("knows", .list(.text), "What the customer knows besides their identity (what happened, what they want); for trainers, shown by `scenario show`."),
            FormatKey("policy", .shape(policyID), "What the agent may grant without a supervisor."),
            FormatKey("actions", .list(.shape(actionID)), "The `/action` names the agent may use in this call."),
            FormatKey("transfers", .list(.shape(transferID)), "The teams the agent may `/transfer` to; `/escalate` transfers to `team-leader`."),
            FormatKey("start", .text, required: true, "The id of the beat the call starts in."),
            FormatKey("beats", .list(.shape(beatID)), required: true, "The moments of the conversation."),
            FormatKey("anytime", .list(.shape(triggerID)), "Triggers tried in every beat, after the beat's own."),
            FormatKey("resolution", .shape(conditionID), "The condition that counts as resolving the customer's issue (besides reaching an `end: resolved`)."),
            FormatKey("out-of-hands", .boolean, default: "false", "The issue cannot be fixed by the agent: resolving means explaining, regretting and offering an alternative."),
            FormatKey("scorecard", .shape(scorecardID), "Changes to the standard scorecard for this call."),
            FormatKey("phrasebooks", .list(.text), "Extra phrasebook files, relative to the scenario's folder, merged into the language's phrasebook."),
            FormatKey("hints", .list(.text), "Coach-mode hints for the whole call, given by `/hint` in turn when the current beat has no `hint`."),
            FormatKey("model-lines", .list(.text), "Lines a strong agent would say, shown after the call."),
        ])

    static let brief = FormatShape(
        id: briefID, title: "`brief`", summary: "What the agent is told before the call (and again on `/brief`).",
        keys: [
            FormatKey("situation", .text, required: true, "Who is calling, or whom the agent calls, and why."),
            FormatKey("visible", .list(.text), "What the agent can see on screen: account details, history, policy notes."),
            FormatKey("goal", .text, required: true, "What a good call achieves."),
        ])

    static let persona = FormatShape(
        id: personaID, title: "`persona`", summary: "The customer the simulator plays.",
        keys: [
            FormatKey("name", .text, required: true, "The customer's name; fills `{customer}`."),
            FormatKey("temperament", .choice(Temperament.allCases.map(\.rawValue)), required: true, "How their mood moves: angry customers inflame fastest, manipulative ones calm slowest, calm ones barely inflame."),
            FormatKey("mood", .number(.mood), default: "3", "The starting mood, 0 (calm) to 10 (hangs up)."),
            FormatKey("patience", .integer(1...20), default: "5", "How many unhelpful agent lines they tolerate before hanging up."),
            FormatKey("style", .text, "How they talk, for trainers writing their lines."),
        ])

    static let policy = FormatShape(
        id: policyID, title: "`policy`", summary: "What the agent may grant; the `no-unauthorised-concessions` and `hold-etiquette` rules check it.",
        keys: [
            FormatKey("refund-limit", .number(.nonNegative), "The largest refund the agent may grant."),
            FormatKey("credit-limit", .number(.nonNegative), "The largest goodwill credit the agent may grant."),
            FormatKey("hold-limit", .number(.between(1, 3600)), default: "120", "The longest hold, in seconds."),
            FormatKey("verify-before", .oneOrList(.identifier), "Actions that need the customer's identity verified first."),
        ])

    static let action = FormatShape(
        id: actionID, title: "an action", summary: "An `/action` the agent can take on the customer's account.",
        keys: [
            FormatKey("name", .identifier, required: true, "The word typed after `/action`."),
            FormatKey("summary", .text, "What it does, shown by `/help`."),
            FormatKey("arguments", .list(.text), "Names of its arguments, in order; `/action` refuses fewer."),
            FormatKey("grants", .choice(ActionDefinition.GrantKind.allCases.map(\.rawValue)), "The first argument is an amount of this kind, checked against the policy's limit."),
            FormatKey("sets", .names(keys: .text, values: .text), "Variables set when the action is taken."),
        ])

    static let transfer = FormatShape(
        id: transferID, title: "a transfer", summary: "A team the agent can transfer the call to.",
        keys: [
            FormatKey("id", .text, required: true, "The word typed after `/transfer`; `team-leader` is also where `/escalate` goes."),
            FormatKey("summary", .text, "Who they are."),
        ])

    static let beat = FormatShape(
        id: beatID, title: "a beat", summary: "A moment of the call: what the customer says on arrival, and what moves the call on.",
        keys: [
            FormatKey("id", .text, required: true, "Unique within the scenario; named by `start`, `goto` and `beat:` conditions."),
            FormatKey("say", lines, "What the customer says when the call reaches the beat (one line is chosen)."),
            FormatKey("triggers", .list(.shape(triggerID)), "Tried in order after each agent turn; the first whose `when` holds fires."),
            FormatKey("fallback", lines, "What the customer says when the agent's turn fires no trigger; an unhelpful turn also costs patience."),
            FormatKey("end", .choice(BeatEnd.allCases.map(\.rawValue)), "Reaching the beat resolves the issue (`resolved`) or makes the customer hang up (`hang-up`)."),
            FormatKey("hint", .text, "The coach-mode hint for this moment (`/hint`)."),
        ])

    static let trigger = FormatShape(
        id: triggerID, title: "a trigger", summary: "What happens when the agent does something the beat is waiting for.",
        keys: [
            FormatKey("when", .shape(conditionID), required: true, "When it fires: every key must hold."),
            FormatKey("reply", lines, "What the customer says back; without it, the target beat's `say` is said."),
            FormatKey("goto", .text, "The beat the call moves to."),
            FormatKey("set", .names(keys: .text, values: .text), "Variables set when it fires."),
            FormatKey("mood", .number(.moodChange), "How the customer's mood moves when it fires (negative calms)."),
            FormatKey("once", .boolean, default: "false", "Fires at most once in the call."),
            FormatKey("end", .choice(BeatEnd.allCases.map(\.rawValue)), "Firing resolves the issue (`resolved`) or makes the customer hang up (`hang-up`)."),
        ])

    static let condition = FormatShape(
        id: conditionID, title: "a condition", summary: "A test on the call; every key given must hold. An empty condition always holds.",
        keys: [
            FormatKey("said", .oneOrList(.identifier), "The agent's line has a phrase of any of these phrasebook categories."),
            FormatKey("command", .choice(ScenarioVocabulary.commands), "The agent used this in-call command."),
            FormatKey("action", .text, "The agent took this `/action`."),
            FormatKey("transfer", .text, "The agent transferred to this target (`team-leader` for `/escalate`)."),
            FormatKey("verified", .boolean, "The customer's identity is (or is not) verified: the agent asked, and two details were given."),
            FormatKey("given", .oneOrList(.choice(ScenarioVocabulary.facts)), "The customer has given all of these identity details (`gives:` tags)."),
            FormatKey("variables", .names(keys: .text, values: .text), "Variables equal these values."),
            FormatKey("mood-at-least", .number(.mood), "The customer's mood is at least this."),
            FormatKey("mood-below", .number(.mood), "The customer's mood is below this."),
            FormatKey("beat", .text, "The call has been in this beat."),
            FormatKey("any", .list(.shape(conditionID)), "At least one of these conditions holds (besides the keys above)."),
        ])

    static let line = FormatShape(
        id: lineID, title: "a customer line", summary: "A line written as a mapping, for tags or mood-dependent variants.",
        keys: [
            FormatKey("text", .text, required: true, "The words; `{agent}`, `{company}`, `{customer}` and facts such as `{account-number}` are filled in."),
            FormatKey("tags", .oneOrList(tag), "Transcript tags: `upset`, `calm`, `off-topic`, `gives:FACT` (the customer gives that identity detail)."),
            FormatKey("mood-at-least", .number(.mood), "Said only when the mood is at least this."),
            FormatKey("mood-below", .number(.mood), "Said only when the mood is below this."),
        ])

    static let scorecard = FormatShape(
        id: scorecardID, title: "`scorecard`", summary: "This call's changes to the standard scorecard.",
        keys: [
            FormatKey("pass-mark", .number(.between(0, 100)), default: "80", "The score needed to pass."),
            FormatKey("weights", .shape(weightsID), "Section weights; sections not named keep their standard weight."),
            FormatKey("disabled", .list(.choice(RuleCatalogue.ids)), "Rules switched off (not-applicable) for this call."),
            FormatKey("word-limit", .integer(1...10_000), default: "60", "The longest agent line, in words (`concise-turns`)."),
            FormatKey("dead-air-limit", .number(.positive), default: "15 (60 in chat)", "The longest silence, in seconds (`dead-air`)."),
        ])

    static let weights = FormatShape(
        id: weightsID, title: "`scorecard.weights`", summary: "Section weights; the standard ones sum to 100.",
        keys: RuleSection.allCases.map {
            FormatKey($0.rawValue, .number(.nonNegative), default: NumberRange.format($0.weight), "The weight of the \($0.title.lowercased()) section.")
        })
}
