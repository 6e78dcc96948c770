@testable import CallSimContent
import CallSimCore
import Testing

@Suite("Scenario lint: variables, texts and lines")
struct ScenarioLintTextTests {
    @Test func variableReadButNeverSet() {
        // Given a resolution on a variable nothing sets
        let yaml = LintFixture.changing("{ fixed: \"yes\" } }", to: "{ fixd: \"yes\" } }")

        // When it is linted
        // Then S018 points at the variable and suggests the one that is set, and `fixed` is never read
        #expect(renderedLint(yaml) == """
            call.yaml:14:13: warning[S019]: the variable `fixed` is set but never read; test it in a `when` or the `resolution` (`variables: { fixed: ... }`), or remove it
                    sets: { fixed: "yes" }
                            ^
            call.yaml:32:28: error[S018]: the variable `fixd` is read here but never set; set it with `set:` in a trigger or `sets:` in an action; did you mean `fixed`?
                resolution: { variables: { fixd: "yes" } }
                                           ^
            """)
    }

    @Test func placeholdersNothingFills() {
        // Given customer lines with a fact the scenario lacks, a company it lacks, and an unknown name
        let yaml = LintFixture.changing("    say: Thank you!\n", to: "    say:\n      - \"Thank you, {company}! My email is {email}.\"\n      - \"Account {acount-number}.\"\n")

        // When it is linted
        // Then S022 explains each placeholder
        #expect(renderedLint(yaml) == """
            call.yaml:32:9: error[S022]: the placeholder `{company}` is never filled: the scenario has no `company`
                      - "Thank you, {company}! My email is {email}."
                        ^
            call.yaml:32:9: error[S022]: the placeholder `{email}` is never filled: `facts` has no `email`
                      - "Thank you, {company}! My email is {email}."
                        ^
            call.yaml:33:9: error[S022]: the placeholder `{acount-number}` is never filled: placeholders are {agent}, {company}, {customer} and the facts; did you mean `{account-number}`?
                      - "Account {acount-number}."
                        ^
            """)
    }

    @Test func briefNamesAnActionTheScenarioLacks() {
        // Given a goal that tells the trainee to type an action that is not declared
        let yaml = LintFixture.changing("  goal: Help them.", to: "  goal: Help them with /action fixx, then /transfer billing.")

        // When it is linted
        // Then S023 warns about both
        #expect(renderedLint(yaml) == """
            call.yaml:5:9: warning[S023]: `/action fixx` names no action of this scenario; did you mean `fix`?
                  goal: Help them with /action fixx, then /transfer billing.
                        ^
            call.yaml:5:9: warning[S023]: `/transfer billing` names no transfer target of this scenario; it declares no transfer targets
                  goal: Help them with /action fixx, then /transfer billing.
                        ^
            """)
    }

    @Test func disabledRuleThatDoesNotExist() {
        // Given a scorecard that switches off a misspelt rule
        let yaml = LintFixture.base + "scorecard:\n  disabled: [dead-air, greting]\n"

        // When it is linted
        // Then S025 points at it and suggests the rule
        #expect(renderedLint(yaml) == """
            call.yaml:34:24: error[S025]: no rule `greting` on the scorecard; did you mean `greeting`?
                  disabled: [dead-air, greting]
                                       ^
            """)
    }

    @Test func lineMoodNeverChoosesIsAWarning() {
        // Given a customer line said only at mood 8 or more and below 3
        let yaml = LintFixture.changing("    say: Thank you!\n", to: "    say:\n      - text: Thank you!\n        mood-at-least: 8\n        mood-below: 3\n")

        // When it is linted
        // Then S027 points at `mood-below`
        #expect(renderedLint(yaml) == """
            call.yaml:34:9: warning[S027]: this line is never chosen by mood: it needs the mood at least 8 and below 3; fix `mood-at-least` or `mood-below`
                        mood-below: 3
                        ^
            """)
    }

    @Test func verificationNoLineCanGive() {
        // Given a policy that needs verification, and lines that give one detail
        let yaml = LintFixture.changing("actions:\n", to: "policy:\n  verify-before: [fix]\nactions:\n")
            .replacingOccurrences(of: "[gives:name, gives:postcode]", with: "[gives:name]")

        // When it is linted
        // Then S028 points at `verify-before`
        #expect(renderedLint(yaml) == """
            call.yaml:13:18: error[S028]: the policy asks for verification before `fix`, but the customer's lines only give `name`, so the agent can never verify; tag the lines where the customer gives identity details with `gives:FACT`
                  verify-before: [fix]
                                 ^
            """)
    }
}
