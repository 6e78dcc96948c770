extension ScenarioScaffold {
    /// The scenario file.
    public var scenarioText: String {
        let q = Self.quoted
        let o = options
        let opening = outbound
            ? """
              - id: answer
                hint: Greet, say who you are and why you call, and check it is a good time to talk.
                say:
                  - "Hello? Who's calling?"
                triggers:
                  - when: { said: [good-time-check] }
                    goto: problem
                fallback:
                  - "Sorry, is now really a good time for this?"

            """
            : ""
        let firstLine = outbound ? "Yes, go ahead. Actually, I do have a problem with my account." : "Hello, I have a problem with my account."
        return """
            # \(o.id): a scenario scaffolded by `callsim scenario new`. Rewrite every text for your
            # call; docs/scenarios.md explains every key. Check it with `callsim scenario lint` and
            # play its test plan (\(o.id).testplan.yaml) with `callsim scenario test \(o.id)`.
            # Customer lines are written in English here: write them in the scenario's language.
            id: \(o.id)
            title: \(q(title))
            summary: "One sentence for `callsim scenario list`: who calls, and what they want."
            language: \(o.language)
            channel: \(o.channel.rawValue)
            direction: \(o.direction.rawValue)
            department: \(q(o.department))
            difficulty: \(o.difficulty.rawValue)
            company: \(q(o.company))

            brief:
              situation: \(q(outbound ? "You call Alex Morgan about a problem on their account." : "Alex Morgan calls about a problem on their account."))
              visible:
                - "Account 10000001 — Alex Morgan, postcode AB1 2CD"
              goal: "Verify two identity details, fix the problem with /action fix, say what happens next, and close the call properly."

            persona:
              name: Alex Morgan
              temperament: \(o.temperament.rawValue)
              mood: 4
              patience: 5
              style: Polite and to the point.

            facts:
              name: Alex Morgan
              account-number: "10000001"
              postcode: AB1 2CD

            knows:
              - What went wrong, in the customer's own words.

            policy:
              hold-limit: 120
              verify-before: [fix]

            actions:
              - name: fix
                summary: Fix the problem on the account
                sets: { fixed: "yes" }

            transfers:
              - id: team-leader
                summary: Your team leader

            start: \(outbound ? "answer" : "problem")

            beats:
            \(opening)  - id: problem
                hint: Acknowledge the problem, then ask for two identity details.
                say:
                  - \(q(firstLine))
                triggers:
                  - when: { said: [verification-request] }
                    goto: verifying
                  - when: { said: [empathy, apology] }
                    once: true
                    reply:
                      - "Thank you. So can you help me?"
                fallback:
                  - "Can you help me or not?"

              - id: verifying
                hint: Two details are enough; then fix the problem with /action fix.
                say:
                  - text: "Sure. Alex Morgan, account {account-number}, postcode {postcode}."
                    tags: [gives:name, gives:account-number, gives:postcode]
                triggers:
                  - when: { action: fix }
                    goto: fixed
                fallback:
                  - "You have my details. Can you fix it?"

              - id: fixed
                end: resolved
                hint: Say what happens next, recap, ask if there is anything else, then say goodbye and /end.
                say:
                  - "Great. What happens now?"
                triggers:
                  - when: { said: [next-steps] }
                    once: true
                    reply:
                      - "Perfect, thank you."
                  - when: { said: [anything-else] }
                    reply:
                      - "No, that's all. Thanks."
                  - when: { said: [farewell] }
                    reply:
                      - "Bye."
                fallback:
                  - "Okay."

            anytime:
              - when: { said: [dismissing, arguing, blaming] }
                mood: 1
                reply:
                  - text: "There's no need to talk to me like that."
                    tags: [upset]

            resolution: { variables: { fixed: "yes" } }

            hints:
              - Tell the customer what you are doing while you do it.

            model-lines:
            \(greatAgentLines.filter { !$0.hasPrefix("/") }.map { "  - " + q($0) }.joined(separator: "\n"))

            """
    }

    /// The test plan beside it: a great agent who passes and a poor one who does not.
    public var testPlanText: String {
        let q = Self.quoted
        let lines = greatAgentLines
        let beats = (outbound ? ["answer"] : []) + ["problem", "verifying", "fixed"]
        return """
            # Test plan of \(options.id).yaml, scaffolded by `callsim scenario new`.
            # Run it with `callsim scenario test \(options.id)`; docs/testplans.md explains every key.
            # Add an average agent between the two, and a run for each route you add.
            scenario: \(options.id)

            runs:
              - name: great agent
                seed: 1
                steps:
            \(lines.map { "      - " + q($0) }.joined(separator: "\n"))
                outcome: resolved
                passed: true
                score: { at-least: 85 }
                auto-fail: []
                reached: [\(beats.joined(separator: ", "))]

              - name: poor agent
                seed: 1
                steps:
                  - "Hi."
                  - /action fix
                  - agent: /end
                    ended: agent-ended
                passed: false
                auto-fail: [identity-verification]
                not-reached: [verifying]

            """
    }
}
