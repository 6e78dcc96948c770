import CallSimCore

/// The test plan file format (`<scenario>.testplan.yaml`): every key `TestPlanReader`
/// reads. The JSON Schema (`callsim scenario schema --testplan`) and the key reference in
/// `docs/testplans.md` are generated from it.
enum TestPlanFormat {
    static let format = FileFormat(name: "callsim test plan", root: planID, shapes: [plan, run, step, scoreRange])

    static let planID = "test-plan", runID = "run", stepID = "step", scoreRangeID = "score-range"

    static let verdicts = Verdict.allCases.map(\.rawValue)
    static let endReasons = [EndReason.agentEnded, .customerHungUp, .traineeQuit, .transferred, .scenarioEnded].map(\.rawValue)

    static let plan = FormatShape(
        id: planID, title: "the test plan", summary: "The top level of a test plan: the runs of one scenario.",
        keys: [
            FormatKey("scenario", .identifier, "The id of the scenario beside the plan; checked when given."),
            FormatKey("runs", .list(.shape(runID)), required: true, "The runs, each a seeded call with the agent's lines and what must come back."),
        ])

    static let run = FormatShape(
        id: runID, title: "a run", summary: "A seeded call, played as `practice --seed SEED --mode MODE` with the steps piped in. Keys besides `name`, `seed`, `mode` and `steps` are checked when the call is over.",
        keys: [
            FormatKey("name", .text, required: true, "What the run shows (\"great agent\"); printed in results."),
            FormatKey("seed", .integer(0...Int.max), default: "1", "The seed of the customer's choices."),
            FormatKey("mode", .choice([PracticeMode.coach.rawValue, PracticeMode.exam.rawValue]), default: "coach", "The practice mode (coach mode gives `/hint` and nudges)."),
            FormatKey("steps", .list(.either([.text, .shape(stepID)])), required: true, "The agent's lines and in-call commands, in order; a text is a step that checks nothing."),
            FormatKey("outcome", .choice(CallOutcome.allCases.map(\.rawValue)), "How the call ended."),
            FormatKey("end-reason", .choice(endReasons), "Who or what ended the call (a call the steps leave open ends `trainee-quit`)."),
            FormatKey("score", .either([.integer(0...100), .shape(scoreRangeID)]), "The score: a number, or a range with `at-least` and `at-most`."),
            FormatKey("passed", .boolean, "Whether the call passed (score at the pass mark and no critical rule failed)."),
            FormatKey("rules", .names(keys: .choice(RuleCatalogue.ids), values: .choice(verdicts)), "Rule verdicts: `pass`, `fail` or `not-applicable`, by rule id."),
            FormatKey("auto-fail", .list(.choice(RuleCatalogue.ids)), "Exactly the critical rules that failed (`[]`: none)."),
            FormatKey("reached", .list(.text), "Beats the call must have been in."),
            FormatKey("not-reached", .list(.text), "Beats the call must never have been in."),
            FormatKey("mood-at-least", .number(.mood), "The final mood is at least this."),
            FormatKey("mood-below", .number(.mood), "The final mood is below this."),
            FormatKey("csat", .integer(1...5), "The customer-satisfaction score."),
        ])

    static let step = FormatShape(
        id: stepID, title: "a step", summary: "One line the agent types, and what must be true after it. Every key besides `agent` is optional.",
        keys: [
            FormatKey("agent", .text, required: true, "The line or in-call command, exactly as typed in practice (`/action refund 49.99`)."),
            FormatKey("customer", .text, "The customer's reply, exactly (placeholders filled)."),
            FormatKey("customer-includes", .text, "Words the customer's reply contains, ignoring case."),
            FormatKey("silent", .boolean, "true: the customer says nothing; false: the customer says something."),
            FormatKey("tags", .oneOrList(ScenarioFormat.tag), "Tags the customer's reply carries (it may carry more)."),
            FormatKey("beat", .text, "The beat the call is in afterwards."),
            FormatKey("mood-at-least", .number(.mood), "The customer's mood afterwards is at least this."),
            FormatKey("mood-below", .number(.mood), "The customer's mood afterwards is below this."),
            FormatKey("ended", .either([.boolean, .choice(endReasons)]), "true: the call has ended; false: it is still going; or the reason it ended."),
            FormatKey("resolved", .boolean, "Whether the customer's issue counts as resolved by now."),
            FormatKey("variables", .names(keys: .text, values: .text), "Variables equal these values."),
            FormatKey("problem", .text, "The message of the refused command, exactly; a refusal the step does not expect fails it."),
            FormatKey("notice", .text, "Words of a notice, ignoring case (`Done on the account`, `on hold`)."),
            FormatKey("hint", .text, "The hint `/hint` gives, exactly."),
        ])

    static let scoreRange = FormatShape(
        id: scoreRangeID, title: "`score`", summary: "A range of scores, both ends included.",
        keys: [
            FormatKey("at-least", .integer(0...100), default: "0", "The lowest score allowed."),
            FormatKey("at-most", .integer(0...100), default: "100", "The highest score allowed."),
        ])
}
