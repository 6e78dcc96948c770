/// Explanations of the S codes the scenario loader reports (S001–S013).
extension DiagnosticExplanations {
    static let scenarios: [String: String] = [
        "S001": """
            The key is not part of the scenario format at that place, usually a misspelling; the message \
            suggests the closest key. docs/scenarios.md lists every key, and `callsim scenario schema` \
            gives editors the same list for completion.
            """,
        "S002": """
            The value is of the wrong kind: a list where one text was expected, a mapping where a number \
            was expected, and so on. The message says what was expected and what was found.

            ```yaml
            model-lines:            # a list, even for one line
              - "Thank you for calling."
            ```
            """,
        "S003": "A key the scenario needs is missing or has no value: `id`, `title`, `brief` (with `situation` and `goal`), `persona` (with `name` and `temperament`), `start` and `beats`; every beat needs an `id`, every trigger a `when`, every line mapping a `text`.",
        "S004": "The value must be one of a fixed set of words; the message lists them and suggests the closest. For example `temperament` is one of angry, chatty, confused, calm, manipulative.",
        "S005": "The number is outside its range: moods are 0 to 10, mood changes -10 to 10, patience 1 to 20, the pass mark 0 to 100, the hold limit 1 to 3600 seconds.",
        "S006": "Ids and names that people type (the scenario id, action names, phrase categories) use only lowercase letters, digits and hyphens: `double-charge`, not `Double Charge`. The message suggests a fixed spelling.",
        "S007": "Two beats have the same id, so a `goto` could mean either. The message gives the line of the first; rename one.",
        "S008": """
            `start`, a trigger's `goto` or a condition's `beat` names a beat that does not exist. The \
            message suggests the closest beat id.

            ```yaml
            triggers:
              - when: { said: [empathy] }
                goto: listened        # must be the id of a beat
            ```
            """,
        "S009": "A condition's `action`, or the policy's `verify-before`, names an action the scenario does not declare under `actions`. Declare it, or fix the name.",
        "S010": "A condition's `transfer` names a team the scenario does not declare under `transfers`. `/escalate` counts as a transfer to `team-leader`, which must be declared too.",
        "S011": "Customer lines may carry the tags `upset`, `calm`, `off-topic` and `gives:FACT`; the message suggests the closest. Tags feed the rules: `upset` asks the agent to acknowledge feelings, `gives:` counts towards verification.",
        "S012": "Identity facts are name, account-number, date-of-birth, phone, email, address, postcode, order-number and card-digits, in `facts`, in a condition's `given`, and in `gives:FACT` tags.",
        "S013": "Two actions have the same name, or two transfer targets the same id, so `/action NAME` or `/transfer TEAM` could mean either. Rename one.",
    ]
}
