@testable import CallSimCore
import Testing

@Suite("Authoring: graphs of scenarios")
struct AuthoringGraphTests {
    /// start → listening (said empathy, once) → fixed (resolved); an insult anywhere hangs up;
    /// `lost` is reached by nothing.
    static let scenario = Fixtures.scenario { scenario in
        var insult = Condition()
        insult.said = ["insult"]
        scenario.start = "start"
        scenario.beats = [
            Beat(id: "start", say: [Fixtures.line("Hi.")], triggers: [Fixtures.trigger(Fixtures.said("empathy"), goto: "listening", once: true)]),
            Beat(id: "listening", say: [Fixtures.line("Thanks.")], triggers: [Fixtures.trigger(Fixtures.action("refund"), goto: "fixed")]),
            Beat(id: "fixed", say: [Fixtures.line("Great.")], end: .resolved),
            Beat(id: "lost", say: [Fixtures.line("Hm \"quoted\".")]),
        ]
        scenario.anytime = [Fixtures.trigger(insult, end: .hangUp)]
    }

    @Test func dotMarksStartEndsAndUnreachedBeats() {
        // Given the small scenario
        // When it is drawn in DOT
        let dot = ScenarioGraph(scenario: Self.scenario).dot

        // Then the start, the resolving end, the hang-up and the unreached beat are marked
        #expect(dot == """
            digraph "billing-double-charge" {
              rankdir=LR;
              node [shape=box, style=rounded, fontname="Helvetica"];
              edge [fontname="Helvetica", fontsize=10];
              "(start)" [shape=circle, label="start", style=filled, fillcolor=black, fontcolor=white, width=0.5];
              "(start)" -> "start";
              "start" [label="start"];
              "listening" [label="listening"];
              "fixed" [label="fixed — resolved", peripheries=2, color=darkgreen, fontcolor=darkgreen];
              "lost" [label="lost (unreachable)", style="rounded,dashed", fontcolor=gray];
              "(anytime)" [label="anytime", shape=note, style=dashed];
              "(hang-up)" [label="hang-up", shape=octagon, style="rounded,bold", color=red, fontcolor=red];
              "start" -> "listening" [label="said empathy (once)"];
              "listening" -> "fixed" [label="/action refund"];
              "(anytime)" -> "(hang-up)" [label="said insult", style=dashed];
            }
            """)
    }

    @Test func mermaidUsesSafeNamesAndClasses() {
        // Given the small scenario
        // When it is drawn in Mermaid
        let mermaid = ScenarioGraph(scenario: Self.scenario).mermaid

        // Then nodes have generated names, ends their shapes, and classes mark them
        #expect(mermaid == """
            flowchart LR
              start((start)) --> n0
              n0["start"]
              n1["listening"]
              n2(["fixed — resolved"])
              n3["lost (unreachable)"]
              n4>"anytime"]
              n5{{"hang-up"}}
              n0 -->|"said empathy (once)"| n1
              n1 -->|"/action refund"| n2
              n4 -.->|"said insult"| n5
              classDef resolved fill:#e3f6e3,stroke:#2a7a2a,color:#1d5e1d
              classDef hangup fill:#fbe4e4,stroke:#c62828,color:#8e1c1c
              classDef unreachable stroke-dasharray:4 3,color:#888
              class n2 resolved
              class n5 hangup
              class n3 unreachable
            """)
    }

    @Test func conditionsInAFewWords() {
        // Given conditions of every kind
        var condition = Fixtures.action("refund", verified: false)
        condition.moodAtLeast = 6
        condition.variables = ["refunded": "yes"]
        var alternative = Condition()
        alternative.any = [Fixtures.said("empathy", "apology"), Fixtures.command("hold")]

        // When they are summarised
        // Then each key has its short form, joined by "and"
        #expect(condition.summary == "/action refund and not verified and refunded = yes and mood ≥ 6")
        #expect(alternative.summary == "any of (said empathy/apology | /hold)")
        #expect(Condition().summary == "always")
        #expect(ScenarioGraph.dotQuoted("a \"b\" \\ c") == "\"a \\\"b\\\" \\\\ c\"")
        #expect(ScenarioGraph.mermaidText("mood < 3 \"x\"") == "mood #lt; 3 #quot;x#quot;")
    }
}
