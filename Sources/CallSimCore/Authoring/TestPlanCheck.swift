/// Checks a test plan against its scenario before playing it: the beats and rules it names
/// must exist (T008, T009), and it must be about that scenario (T007).
public enum TestPlanCheck {
    /// Every problem of `plan` against `scenario` (nil when no scenario was found beside it).
    public static func findings(_ plan: TestPlan, scenario: Scenario?, scenarioPath: String) -> [LintFinding] {
        var found: [LintFinding] = []
        guard let scenario else {
            found.append(.error(
                "T007", "no scenario beside this test plan: a plan for `NAME.yaml` must be called `NAME.testplan.yaml`, in the same folder (looked for \(scenarioPath))",
                at: SourceLocation(path: plan.path, line: 0, column: 0)))
            return found + ruleFindings(plan)
        }
        if let id = plan.scenarioID, id != scenario.id {
            found.append(.error(
                "T007", "this plan is for `\(id)`, but the scenario beside it, \(scenario.path), is `\(scenario.id)`; fix `scenario` or rename the plan",
                at: plan.scenarioLocation))
        }
        let beats = scenario.beats.map(\.id)
        for reference in plan.beatReferences where !beats.contains(reference.name) {
            let hint = NameSuggestion.closest(to: reference.name, in: beats).map { "; did you mean `\($0)`?" }
                ?? "; its beats are \(beats.joined(separator: ", "))"
            found.append(.error("T008", "the scenario `\(scenario.id)` has no beat `\(reference.name)`\(hint)", at: reference.location))
        }
        return found + ruleFindings(plan)
    }

    private static func ruleFindings(_ plan: TestPlan) -> [LintFinding] {
        plan.ruleReferences.compactMap { reference in
            guard RuleCatalogue.rule(reference.name) == nil else { return nil }
            let hint = NameSuggestion.closest(to: reference.name, in: RuleCatalogue.ids).map { "; did you mean `\($0)`?" }
                ?? "; the rule ids are listed in docs/testplans.md"
            return .error("T009", "no rule `\(reference.name)` on the scorecard\(hint)", at: reference.location)
        }
    }
}
