/// Explanations of the T codes (test plans).
extension DiagnosticExplanations {
    static let testPlans: [String: String] = [
        "T001": "The key is not part of the test plan format at that place, usually a misspelling; the message suggests the closest. docs/testplans.md lists every key; `callsim scenario schema --testplan` gives editors the same list.",
        "T002": "The value is of the wrong kind, for example a text where a list of steps was expected. The message says what was expected and what was found.",
        "T003": "A key the plan needs is missing or empty: `runs`, and in each run `name` and `steps`; in each step mapping, `agent`.",
        "T004": "The value must be one of a fixed set of words: verdicts are `pass`, `fail`, `not-applicable`; outcomes `resolved`, `unresolved`, `transferred`, `abandoned`; modes `coach`, `exam`.",
        "T005": "The number is outside its range: scores 0 to 100 (with `at-least` no higher than `at-most`), moods 0 to 10, csat 1 to 5.",
        "T006": "The plan's `scenario` must be a scenario id: lowercase letters, digits and hyphens.",
        "T007": """
            A test plan tests the scenario beside it: `NAME.testplan.yaml` tests `NAME.yaml` in the same \
            folder. Either there is no such scenario, or the plan's `scenario` names a different id.
            """,
        "T008": "A step's `beat`, or a run's `reached` or `not-reached`, names a beat the scenario does not have; the message suggests the closest.",
        "T009": "`rules` or `auto-fail` names a rule the scorecard does not have; the message suggests the closest. The rule ids are listed in docs/testplans.md.",
        "T010": "`callsim scenario test` found no `NAME.testplan.yaml` beside the scenario, so nothing checks that it plays as intended. `callsim scenario new` scaffolds one; docs/testplans.md explains the format.",
    ]
}
