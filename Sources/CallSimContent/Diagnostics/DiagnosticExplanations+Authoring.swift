/// Explanations of the S codes of the authoring checks (S014–S029).
extension DiagnosticExplanations {
    static let authoring: [String: String] = [
        "S014": """
            No route from `start` leads to this beat: no trigger that can fire has `goto` pointing at it \
            (a trigger whose condition can never hold does not count). The beat is never played. Add a \
            `goto` to it from the beat where it belongs, or remove it. `callsim scenario graph ID` shows \
            the routes.
            """,
        "S015": """
            Nothing the call can reach ends it: no reachable beat has `end`, and no trigger that can fire \
            has `end`. The trainee can still type `/end`, but the scenario never marks the customer as \
            satisfied or gone.

            ```yaml
            - id: refunded
              end: resolved     # reaching this beat resolves the issue
            ```
            """,
        "S016": """
            The `resolution` rule can never pass: there is no `resolution` condition (or it can never \
            hold), no reachable beat or trigger has `end: resolved`, and the scenario is not \
            `out-of-hands`. Mark where the issue is fixed with `end: resolved`, or describe it with \
            `resolution`, for example `resolution: { variables: { refunded: "yes" } }`.
            """,
        "S017": """
            `said` names a phrase category that the phrasebooks of the scenario's language do not \
            define, so the trigger can never fire. Use a category of `phrasebooks/LANGUAGE/` (the \
            message suggests the closest), or add the category to an extra phrasebook listed under the \
            scenario's `phrasebooks`. `callsim phrasebook check "a line"` shows the categories a line matches.
            """,
        "S018": """
            A condition reads a variable (`variables: { name: value }`) that nothing sets, so it can never \
            hold. Set the variable in a trigger (`set: { name: value }`) or in an action (`sets:`), or \
            fix its spelling.
            """,
        "S019": "A trigger or action sets a variable that no condition reads, so it changes nothing. Test it in a `when` or in the `resolution`, or remove it.",
        "S020": """
            The condition can never hold, so its trigger never fires (or, for `resolution`, the issue is \
            never resolved). The message says why. The causes found:

            - `mood-at-least` not below `mood-below`, or `mood-below: 0`;
            - `verified: true` when no customer lines give two identity details (`gives:` tags), or \
              `given: FACT` when no line gives that fact;
            - a variable compared with a value nothing sets it to;
            - `beat: ID` naming a beat nothing reaches;
            - keys that need two kinds of agent turn at once, such as `said` with `action` (one turn is \
              either a line or a command), or `command: escalate` with a `transfer` other than `team-leader`;
            - `command: notes` (notes fire no trigger), or `command: transfer` in a scenario with no `transfers`;
            - `any` whose conditions all can never hold.
            """,
        "S021": """
            Triggers are tried in order and the first that holds fires. An earlier trigger of the same \
            list that is not `once`, waits for something the agent does, and asks for no more than this \
            one fires on every turn this one would, so this one never fires. Make the earlier trigger \
            `once: true`, or move this one above it.

            ```yaml
            triggers:
              - when: { said: [verification-request], verified: false }   # the narrower one first
                reply: "Why do you need that?"
              - when: { said: [verification-request] }
                goto: verifying
            ```
            """,
        "S022": """
            Customer lines may use `{agent}`, `{customer}`, `{company}` (when the scenario has a \
            `company`) and the facts the scenario gives under `facts` (`{account-number}`, \
            `{postcode}`, ...). Any other placeholder would reach the trainee as written, braces and all.
            """,
        "S023": "The brief, a hint, or a model line tells the trainee to type an `/action` or a `/transfer` that this scenario does not declare, so the call would refuse it. Fix the name, or declare it under `actions` or `transfers`.",
        "S024": """
            The beat is not an end, and none of its triggers (nor any `anytime` trigger) goes to another \
            beat or ends the call. Once there, the customer only repeats its fallback until the agent \
            types `/end` or the customer runs out of patience. Add a trigger with `goto` or `end`, or mark \
            the beat `end: resolved`.
            """,
        "S025": "`scorecard.disabled` names a rule id the scorecard does not have, so nothing is switched off. The message suggests the closest id; docs/scenarios.md lists them under `disabled`.",
        "S026": """
            A file listed under the scenario's `phrasebooks` does not exist, has errors (shown with it), or \
            is in another language than the scenario. Names are relative to the scenario's folder. A \
            scenario whose phrasebook cannot be loaded cannot be practised.
            """,
        "S027": "The line has `mood-at-least` not below `mood-below` (or `mood-below: 0`), so no mood fits it. It is only said when no other line fits. Fix the range.",
        "S028": "The policy's `verify-before` asks the agent to verify identity before an action, but no customer line gives two identity details (`gives:FACT` tags), so the `identity-verification` rule fails whenever the action is taken. Tag the lines where the customer gives details.",
        "S029": """
            When the call starts, or when a trigger moves it to a beat, the customer says the beat's `say` \
            (or the trigger's `reply`). Here there is neither, so the customer stays silent and the \
            trainee does not know what happened. Give the beat a `say`, or the trigger a `reply`.
            """,
    ]
}
