@testable import CallSimContent
import CallSimCore
import Testing

@Suite("Scenario lint: conditions")
struct ScenarioLintConditionTests {
    /// The base scenario with a trigger added to `checking`, before its own.
    static func withTrigger(_ when: String, _ rest: String = "        reply: Okay.\n") -> String {
        LintFixture.changing("      - when: { action: fix }\n", to: "      - when: \(when)\n" + rest + "      - when: { action: fix }\n")
    }

    @Test func phraseCategoryTheLanguageLacks() {
        // Given a trigger waiting for a misspelt category
        let yaml = LintFixture.changing("[verification-request]", to: "[verificaton-request]")

        // When it is linted against the language's categories
        // Then S017 points at the category and suggests the right one
        #expect(renderedLint(yaml) == """
            call.yaml:20:24: error[S017]: no phrase category `verificaton-request` in the `en` phrasebooks; did you mean `verification-request`?
                      - when: { said: [verificaton-request] }
                                       ^
            """)
    }

    @Test func categoriesAreNotCheckedWithoutAPhrasebook() {
        // Given the same misspelt category, and no phrasebook to check it against
        let yaml = LintFixture.changing("[verification-request]", to: "[verificaton-request]")

        // When it is linted
        // Then nothing is reported
        #expect(renderedLint(yaml, categories: nil) == "")
    }

    @Test func moodRangeThatIsEmpty() {
        // Given a condition whose mood must be at least 7 and below 5
        let yaml = Self.withTrigger("{ mood-at-least: 7, mood-below: 5 }")

        // When it is linted
        // Then S020 explains why it never holds
        #expect(renderedLint(yaml) == """
            call.yaml:27:35: error[S020]: `mood-at-least: 7` and `mood-below: 5` can never both hold; the mood cannot be at least 7 and below 5
                      - when: { mood-at-least: 7, mood-below: 5 }
                                                  ^
            """)
    }

    @Test func verifiedWhenNoLineGivesTwoDetails() {
        // Given `verified: true` in a call whose lines give only the name
        let yaml = Self.withTrigger("{ verified: true }").replacingOccurrences(of: "[gives:name, gives:postcode]", with: "[gives:name]")

        // When it is linted
        // Then S020 says the customer never gives two details
        #expect(renderedLint(yaml) == """
            call.yaml:27:17: error[S020]: `verified: true` can never hold: verifying needs two identity details, and the customer's lines only give `name`; tag the lines where the customer gives them with `gives:FACT`
                      - when: { verified: true }
                                ^
            """)
    }

    @Test func givenFactNoLineGives() {
        // Given a condition on an e-mail address no line gives
        let yaml = Self.withTrigger("{ given: [name, email] }")

        // When it is linted
        // Then S020 points at `email`
        #expect(renderedLint(yaml) == """
            call.yaml:27:31: error[S020]: `given: email` can never hold: no customer line has the tag `gives:email`
                      - when: { given: [name, email] }
                                              ^
            """)
    }

    @Test func variableComparedWithAValueItNeverTakes() {
        // Given a condition on `fixed` being "no", which nothing sets
        let yaml = Self.withTrigger("{ variables: { fixed: \"no\" } }")

        // When it is linted
        // Then S020 lists the values it does take
        #expect(renderedLint(yaml) == """
            call.yaml:27:30: error[S020]: `fixed` is never set to `no` (it is only set to `yes`), so this can never hold
                      - when: { variables: { fixed: "no" } }
                                             ^
            """)
    }

    @Test func beatConditionNamingABeatNothingReaches() {
        // Given a condition on a beat only an impossible trigger leads to
        let yaml = Self.withTrigger("{ beat: orphan }")
            .replacingOccurrences(of: "    say: Thank you!\n", with: "    say: Thank you!\n  - id: orphan\n    say: Nobody comes here.\n")

        // When it is linted
        // Then S020 says nothing reaches it, besides the S014 warning on the beat
        #expect(renderedLint(yaml) == """
            call.yaml:27:17: error[S020]: `beat: orphan` can never hold: nothing reaches the beat `orphan`
                      - when: { beat: orphan }
                                ^
            call.yaml:34:9: warning[S014]: nothing reaches the beat `orphan`: no `start`, or `goto` of a trigger that can fire, leads here; add a `goto: orphan` or remove the beat
                  - id: orphan
                        ^
            """)
    }

    @Test func keysThatWantTwoKindsOfTurn() {
        // Given a condition on a line and an action at once, and one on /escalate to a team
        let yaml = Self.withTrigger("{ said: [empathy], action: fix }", "        reply: Okay.\n      - when: { command: escalate, transfer: billing }\n        reply: Fine.\n")
            .replacingOccurrences(of: "start: opening\n", with: "transfers:\n  - id: billing\nstart: opening\n")

        // When it is linted
        // Then S020 explains each conflict
        #expect(renderedLint(yaml) == """
            call.yaml:29:34: error[S020]: `said` and `action` can never both hold: one agent turn is either a line or a command
                      - when: { said: [empathy], action: fix }
                                                 ^
            call.yaml:31:36: error[S020]: `command: escalate` and `transfer: billing` can never both hold: /escalate always goes to `team-leader`
                      - when: { command: escalate, transfer: billing }
                                                   ^
            """)
    }

    @Test func commandsThatNeverFireATrigger() {
        // Given triggers on /notes, and on /transfer in a call without transfer targets
        let yaml = Self.withTrigger("{ command: notes }", "        reply: Okay.\n      - when: { command: transfer }\n        reply: Fine.\n")

        // When it is linted
        // Then S020 explains both
        #expect(renderedLint(yaml) == """
            call.yaml:27:17: error[S020]: `command: notes` can never hold: /notes is recorded without the customer reacting, so it fires no trigger
                      - when: { command: notes }
                                ^
            call.yaml:29:17: error[S020]: `command: transfer` can never hold: the scenario has no `transfers`, so /transfer is always refused
                      - when: { command: transfer }
                                ^
            """)
    }

    @Test func anyWhoseConditionsAllFail() {
        // Given `any` with two impossible conditions
        let yaml = Self.withTrigger("{ any: [{ mood-below: 0 }, { given: email }] }")

        // When it is linted
        // Then each is reported, and so is the `any`
        #expect(renderedLint(yaml) == """
            call.yaml:27:17: error[S020]: `any` can never hold: none of its conditions can
                      - when: { any: [{ mood-below: 0 }, { given: email }] }
                                ^
            call.yaml:27:25: error[S020]: `mood-below: 0` can never hold: the mood is never below 0
                      - when: { any: [{ mood-below: 0 }, { given: email }] }
                                        ^
            call.yaml:27:51: error[S020]: `given: email` can never hold: no customer line has the tag `gives:email`
                      - when: { any: [{ mood-below: 0 }, { given: email }] }
                                                                  ^
            """)
    }

    @Test func triggerAnEarlierOneAlwaysBeats() {
        // Given a trigger on any verification request, then one on a request while unverified
        let yaml = LintFixture.changing(
            "        goto: checking\n",
            to: "        goto: checking\n      - when: { said: [verification-request], verified: false }\n        reply: Why?\n")

        // When it is linted
        // Then S021 says the second never fires, and where the first is
        #expect(renderedLint(yaml) == """
            call.yaml:22:9: warning[S021]: this trigger never fires: the trigger at line 20 comes first and fires on every turn this one would; make that one `once: true`, or move this one above it
                      - when: { said: [verification-request], verified: false }
                        ^
            """)
    }
}
