@testable import CallSimContent
import CallSimCore
import Testing

@Suite("Scenario lint: routes through the call")
struct ScenarioLintFlowTests {
    @Test func cleanScenarioHasNothingToReport() {
        // Given a scenario whose every beat is reached and whose call resolves
        // When it is linted
        // Then nothing is reported
        #expect(renderedLint(LintFixture.base) == "")
    }

    @Test func beatNothingReachesIsAWarning() {
        // Given a beat that no trigger goes to
        let yaml = LintFixture.changing("    say: Thank you!\n", to: "    say: Thank you!\n  - id: orphan\n    say: Nobody comes here.\n")

        // When it is linted
        // Then S014 points at the beat's id
        #expect(renderedLint(yaml) == """
            call.yaml:32:9: warning[S014]: nothing reaches the beat `orphan`: no `start`, or `goto` of a trigger that can fire, leads here; add a `goto: orphan` or remove the beat
                  - id: orphan
                        ^
            """)
    }

    @Test func beatReachedOnlyThroughATriggerThatCannotFireIsUnreached() {
        // Given the only way to `checking` waits for a mood that cannot be reached
        let yaml = LintFixture.changing("{ said: [verification-request] }", to: "{ said: [verification-request], mood-below: 0 }")

        // When it is linted
        // Then the condition is an error, and `checking` and `done` are unreached, so the call cannot end
        #expect(renderedLint(yaml) == """
            call.yaml:16:1: error[S015]: the call has no way to end: no beat or trigger the call can reach has `end: resolved` or `end: hang-up`; mark the beat where the customer is satisfied with `end: resolved`
                beats:
                ^
            call.yaml:17:9: warning[S024]: the beat `opening` has no way out: none of its triggers, nor any `anytime` trigger, goes to another beat or ends the call, so only the agent's /end finishes it; add a trigger with `goto` or `end`
                  - id: opening
                        ^
            call.yaml:20:47: error[S020]: `mood-below: 0` can never hold: the mood is never below 0
                      - when: { said: [verification-request], mood-below: 0 }
                                                              ^
            call.yaml:22:9: warning[S014]: nothing reaches the beat `checking`: no `start`, or `goto` of a trigger that can fire, leads here; add a `goto: checking` or remove the beat
                  - id: checking
                        ^
            call.yaml:29:9: warning[S014]: nothing reaches the beat `done`: no `start`, or `goto` of a trigger that can fire, leads here; add a `goto: done` or remove the beat
                  - id: done
                        ^
            """)
    }

    @Test func noEndAndNoResolutionAreErrors() {
        // Given a scenario with no `end` and no `resolution`
        let yaml = LintFixture.changing("    end: resolved\n", to: "").replacingOccurrences(of: "resolution: { variables: { fixed: \"yes\" } }\n", with: "")

        // When it is linted
        // Then S015 and S016 point at `beats`, the last beat is a dead end, and `fixed` is never read
        #expect(renderedLint(yaml) == """
            call.yaml:14:13: warning[S019]: the variable `fixed` is set but never read; test it in a `when` or the `resolution` (`variables: { fixed: ... }`), or remove it
                    sets: { fixed: "yes" }
                            ^
            call.yaml:16:1: error[S015]: the call has no way to end: no beat or trigger the call can reach has `end: resolved` or `end: hang-up`; mark the beat where the customer is satisfied with `end: resolved`
                beats:
                ^
            call.yaml:16:1: error[S016]: the customer's issue can never be resolved: there is no `resolution` and no beat or trigger the call can reach has `end: resolved`; add `end: resolved` to the beat where the issue is fixed
                beats:
                ^
            call.yaml:29:9: warning[S024]: the beat `done` has no way out: none of its triggers, nor any `anytime` trigger, goes to another beat or ends the call, so only the agent's /end finishes it; add a trigger with `goto` or `end`
                  - id: done
                        ^
            """)
    }

    @Test func resolutionThatCannotHoldAndNoResolvingEnd() {
        // Given a call that can only end in a hang-up, and a resolution no variable value meets
        let yaml = LintFixture.changing("end: resolved", to: "end: hang-up")
            .replacingOccurrences(of: "{ fixed: \"yes\" } }", with: "{ fixed: \"no\" } }")

        // When it is linted
        // Then S016 points at `resolution` and S020 says why the resolution cannot hold
        #expect(renderedLint(yaml) == """
            call.yaml:32:1: error[S016]: the customer's issue can never be resolved: the `resolution` can never hold and no beat or trigger the call can reach has `end: resolved`; add `end: resolved` to the beat where the issue is fixed
                resolution: { variables: { fixed: "no" } }
                ^
            call.yaml:32:28: error[S020]: `fixed` is never set to `no` (it is only set to `yes`), so this can never hold
                resolution: { variables: { fixed: "no" } }
                                           ^
            """)
    }

    @Test func customerWithNothingToSayIsAWarning() {
        // Given a start beat without `say`, and a trigger that moves to a beat without `say` and has no reply
        let yaml = LintFixture.changing("    say: Hello, I need help.\n", to: "")
            .replacingOccurrences(of: "    say: Thank you!\n", with: "")

        // When it is linted
        // Then S029 points at `start` and at the trigger's `goto`
        #expect(renderedLint(yaml) == """
            call.yaml:15:8: warning[S029]: the customer says nothing at the start of the call: the start beat `opening` has no `say`
                start: opening
                       ^
            call.yaml:27:15: warning[S029]: the customer says nothing when this trigger moves the call to `done`: the trigger has no `reply` and the beat has no `say`
                        goto: done
                              ^
            """)
    }
}
