import CallSimContent
import CallSimCore
import Testing

@Suite("Scenario diagnostics")
struct ScenarioDiagnosticTests {
    @Test func syntaxErrorIsPlacedWhereTheYAMLBreaks() {
        // Given a scenario with a flow list that is never closed
        let yaml = "id: demo\ntitle: [Demo call\n"

        // When it is loaded
        let result = ScenarioLoader.load(yaml: yaml, path: "call.yaml")

        // Then one Y001 error points at the bracket left open, and there is no scenario
        #expect(result.value == nil)
        #expect(renderedScenario(yaml) == """
            call.yaml:2:8: error[Y001]: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence that starts here)
                title: [Demo call
                       ^
            """)
    }

    @Test func unknownKeySuggestsTheClosestKey() {
        // Given a scenario whose `title` is misspelt
        let yaml = Fixture.scenario().replacingOccurrences(of: "title:", with: "tittle:")

        // When it is loaded
        // Then the unknown key is reported with a suggestion, and not also as a missing title
        #expect(renderedScenario(yaml) == """
            call.yaml:2:1: error[S001]: unknown key `tittle` in the scenario; did you mean `title`?
                tittle: Demo call
                ^
            """)
    }

    @Test func wrongTypeNamesWhatWasExpectedAndFound() {
        // Given a scenario whose model lines are a number
        let yaml = Fixture.scenario() + "model-lines: 3\n"

        // When it is loaded
        // Then the value is reported with the type it should have
        #expect(renderedScenario(yaml) == """
            call.yaml:13:14: error[S002]: expected a list for `model-lines`, found the number 3
                model-lines: 3
                             ^
            """)
    }

    @Test func outOfRangeMoodGivesTheRange() {
        // Given a persona whose mood is beyond the scale
        let yaml = Fixture.scenario().replacingOccurrences(of: "  temperament: calm\n", with: "  temperament: calm\n  mood: 12\n")

        // When it is loaded
        // Then the mood is reported with the range it must be in
        #expect(renderedScenario(yaml) == """
            call.yaml:9:9: error[S005]: `mood` must be between 0 and 10, found 12
                  mood: 12
                        ^
            """)
    }

    @Test func badEnumValueListsTheValidOnes() {
        // Given a persona with a temperament the simulator does not know
        let yaml = Fixture.scenario().replacingOccurrences(of: "temperament: calm", with: "temperament: angy")

        // When it is loaded
        // Then the valid temperaments are listed, with the closest one
        #expect(renderedScenario(yaml) == """
            call.yaml:8:16: error[S004]: `temperament` must be one of angry, chatty, confused, calm, manipulative, not `angy`; did you mean `angry`?
                  temperament: angy
                               ^
            """)
    }

    @Test func missingRequiredKeyNamesTheMapping() {
        // Given a brief without its goal
        let yaml = Fixture.scenario().replacingOccurrences(of: "  goal: Help them.\n", with: "")

        // When it is loaded
        // Then the brief is reported where it starts
        #expect(renderedScenario(yaml) == """
            call.yaml:4:3: error[S003]: missing required key `goal` in `brief`
                  situation: A customer calls.
                  ^
            """)
    }

    @Test func gotoToAMissingBeatListsTheBeats() {
        // Given a trigger that moves to a beat nobody wrote
        let yaml = Fixture.scenario() + """
                triggers:
                  - when: { said: greeting }
                    goto: closing
              - id: farewell
                say: Bye.

            """

        // When it is loaded
        // Then the target is reported with the beats there are
        #expect(renderedScenario(yaml) == """
            call.yaml:15:15: error[S008]: no beat named `closing`; beats are: opening, farewell
                        goto: closing
                              ^
            """)
    }

    @Test func gotoWithATypoSuggestsTheBeat() {
        // Given a start beat that is misspelt
        let yaml = Fixture.scenario().replacingOccurrences(of: "start: opening", with: "start: openin")

        // When it is loaded
        // Then the closest beat is suggested
        #expect(renderedScenario(yaml) == """
            call.yaml:9:8: error[S008]: no beat named `openin`; did you mean `opening`?
                start: openin
                       ^
            """)
    }

    @Test func duplicateBeatIdNamesTheFirstLine() {
        // Given two beats with one id
        let yaml = Fixture.scenario() + "  - id: opening\n    say: Again.\n"

        // When it is loaded
        // Then the second is reported, pointing back at the first
        #expect(renderedScenario(yaml) == """
            call.yaml:13:9: error[S007]: duplicate beat id `opening`; the first is at line 11
                  - id: opening
                        ^
            """)
    }

    @Test func undefinedActionInAConditionIsReported() {
        // Given a condition on an action the scenario does not declare
        let yaml = Fixture.scenario() + """
            actions:
              - name: refund
            anytime:
              - when: { action: refnd }
                reply: Hm.

            """

        // When it is loaded
        // Then the action is reported with the closest declared one
        #expect(renderedScenario(yaml) == """
            call.yaml:16:21: error[S009]: no action named `refnd`; did you mean `refund`?
                  - when: { action: refnd }
                                    ^
            """)
    }

    @Test func undefinedTransferAndNoActionsAreExplained() {
        // Given conditions on a transfer and an action in a scenario that declares neither
        let yaml = Fixture.scenario() + "resolution: { transfer: billing, action: refund }\n"

        // When it is loaded
        // Then both are reported, saying where to declare them
        #expect(renderedScenario(yaml) == """
            call.yaml:13:25: error[S010]: no transfer target named `billing`; the scenario declares no transfer targets (add them under `transfers`)
                resolution: { transfer: billing, action: refund }
                                        ^
            call.yaml:13:42: error[S009]: no action named `refund`; the scenario declares no actions (add them under `actions`)
                resolution: { transfer: billing, action: refund }
                                                         ^
            """)
    }

    @Test func badTagsAreReportedEachAtItsItem() {
        // Given a customer line with an unknown tag and an unknown fact
        let yaml = Fixture.scenario().replacingOccurrences(
            of: "    say: Hello, I need help.\n",
            with: "    say:\n      - text: Hello.\n        tags: [upsett, gives:acount-number, calm]\n")

        // When it is loaded
        // Then each bad tag is reported at its own place
        #expect(renderedScenario(yaml) == """
            call.yaml:14:16: error[S011]: unknown tag `upsett`; did you mean `upset`? (tags are upset, calm, off-topic and gives:FACT)
                        tags: [upsett, gives:acount-number, calm]
                               ^
            call.yaml:14:24: error[S012]: unknown identity fact `acount-number` in the tag `gives:acount-number`; did you mean `account-number`?
                        tags: [upsett, gives:acount-number, calm]
                                       ^
            """)
    }

    @Test func everyProblemIsReportedInOnePass() {
        // Given a scenario with many problems in different places
        let yaml = """
            id: Demo Call
            title: Demo
            persona:
              name: Ann
              temperament: calm
              patience: 2.5
            facts:
              acount-number: 1
            start: one
            beats:
              - id: one
                end: finished
            scorecard:
              weights: { openning: 2 }
            colour: blue

            """

        // When it is loaded
        let result = ScenarioLoader.load(yaml: yaml, path: "call.yaml")

        // Then every problem is listed, in file order
        #expect(result.value == nil)
        #expect(result.diagnostics.map { "\($0.location.line):\($0.code)" } == [
            "1:S003", "1:S006", "6:S002", "8:S012", "12:S004", "14:S001", "15:S001",
        ])
        #expect(result.diagnostics[0].message == "missing required key `brief` in the scenario")
        #expect(result.diagnostics[1].message
            == "`Demo Call` is not a valid scenario id: use only lowercase letters, digits and hyphens; try `demo-call`")
    }

    @Test func duplicateKeysAreReportedAndReadingGoesOn() {
        // Given a scenario with a key written twice and a mistake further down
        let yaml = Fixture.scenario() + "title: Again\nout-of-hands: maybe\n"

        // When it is loaded
        // Then both the duplicate and the later mistake are reported
        #expect(renderedScenario(yaml) == """
            call.yaml:13:1: error[Y008]: duplicate key `title`; the first is at line 2
                title: Again
                ^
            call.yaml:14:15: error[S002]: expected true or false for `out-of-hands`, found the text `maybe`
                out-of-hands: maybe
                              ^
            """)
    }

    @Test func linesMayBeOneTextAListOrMappingsWithCommaSeparatedTags() throws {
        // Given the three ways of writing customer lines
        let yaml = Fixture.scenario() + """
                fallback:
                  - Pardon?
                  - text: Sorry, I mean {account-number}.
                    tags: "upset, gives:account-number"
                    mood-at-least: 4
            anytime:
              - when: { any: [{ command: hold }, { mood-below: 2, given: name }] }
                reply: { text: Fine., tags: calm }
                set: { asked: yes, count: 2 }
                once: true

            """

        // When it is loaded
        let result = ScenarioLoader.load(yaml: yaml, path: "call.yaml")

        // Then every form reads into lines, tags and conditions
        #expect(result.diagnostics == [])
        let scenario = try #require(result.value)
        #expect(scenario.beats[0].say.map(\.text) == ["Hello, I need help."])
        #expect(scenario.beats[0].fallback[1].tags == ["upset", "gives:account-number"])
        #expect(scenario.beats[0].fallback[1].moodAtLeast == 4)
        #expect(scenario.anytime[0].when.any.count == 2)
        #expect(scenario.anytime[0].when.any[0].command == "hold")
        #expect(scenario.anytime[0].when.any[1].given == ["name"])
        #expect(scenario.anytime[0].reply == [CustomerLine(
            text: "Fine.", tags: ["calm"], location: SourceLocation(path: "call.yaml", line: 20, column: 12))])
        #expect(scenario.anytime[0].set == ["asked": "yes", "count": "2"])
        #expect(scenario.anytime[0].once)
        #expect(scenario.persona.mood == 3)
        #expect(scenario.persona.patience == 5)
    }

    @Test func windowsLineEndingsReadAndRenderCleanly() {
        // Given a scenario saved with CRLF line endings and a misspelt key
        let yaml = (Fixture.scenario() + "colur: blue\n").replacingOccurrences(of: "\n", with: "\r\n")

        // When it is loaded
        // Then the problem is placed as usual and the excerpt carries no carriage return
        #expect(renderedScenario(yaml) == """
            call.yaml:13:1: error[S001]: unknown key `colur` in the scenario
                colur: blue
                ^
            """)
    }
}
