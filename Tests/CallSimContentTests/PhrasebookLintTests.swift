import CallSimContent
import CallSimCore
import Testing

@Suite("Phrasebook lint")
struct PhrasebookLintTests {
    /// Loads `yaml` as `agent.yaml` and lints it.
    private func lint(_ yaml: String) throws -> [Diagnostic] {
        let loaded = PhrasebookLoader.load(yaml: yaml, path: "agent.yaml")
        #expect(loaded.diagnostics == [])
        return PhrasebookLint.check(try #require(loaded.value), sources: ["agent.yaml": yaml])
    }

    @Test func aCleanPhrasebookHasNoProblems() throws {
        // Given phrases that each add something
        let yaml = """
            language: en
            categories:
              apology:
                kind: recommended
                phrases: ["i apologise", "(so|very) sorry", "my apologies"]

            """
        // When linted
        // Then nothing is reported
        #expect(try lint(yaml) == [])
    }

    @Test func duplicatesAreReportedAtTheLaterPhrase() throws {
        // Given a phrase written twice in different forms
        let yaml = """
            language: en
            categories:
              apology:
                kind: recommended
                phrases:
                  - I'm sorry
                  - "i am SORRY!"

            """
        // When linted
        let diagnostics = try lint(yaml)
        // Then the second is a duplicate of the first, at its own line
        #expect(diagnostics.map(\.code) == ["B010"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.location == SourceLocation(path: "agent.yaml", line: 7, column: 9))
        #expect(diagnostics.first?.message == "duplicate phrase: `i am SORRY!` stands for the same words as `I'm sorry` (agent.yaml:6) in category `apology`")
    }

    @Test func aPhraseContainingAnotherOfItsCategoryIsShadowed() throws {
        // Given a short phrase and longer ones that always contain it, one with its own weight
        let yaml = """
            language: en
            categories:
              empathy:
                kind: recommended
                phrases:
                  - i understand
                  - i (really|truly) understand how you feel
                  - i understand your frustration
                  - pattern: i understand completely
                    weight: 2

            """
        // When linted
        let diagnostics = try lint(yaml)
        // Then the phrase that adds nothing is shadowed; the weighted one is kept on purpose
        #expect(diagnostics.map(\.code) == ["B011"])
        #expect(diagnostics.map(\.location.line) == [8])
        #expect(diagnostics.first?.message == "`i understand your frustration` is shadowed by `i understand` (agent.yaml:6): every wording of it contains that phrase, so it adds nothing to category `empathy`")
    }

    @Test func twoPhrasesThatContainEachOtherAreReportedOnce() throws {
        // Given "sorry" and "[so] sorry", each found wherever the other is
        let yaml = """
            language: en
            categories:
              apology:
                kind: recommended
                phrases: ["sorry", "[so] sorry"]

            """
        // When linted
        let diagnostics = try lint(yaml)
        // Then only the later one is reported
        #expect(diagnostics.map(\.code) == ["B011"])
        #expect(diagnostics.first?.message.hasPrefix("`[so] sorry` is shadowed by `sorry`") == true)
    }

    @Test func phrasesThatCountBothWaysAcrossKindsAreReported() throws {
        // Given a discouraged phrase that contains a recommended one, and the reverse
        let yaml = """
            language: en
            categories:
              positive-language:
                kind: recommended
                phrases: ["certainly", "calm down and let me help"]
              dismissing:
                kind: discouraged
                phrases: ["calm down", "certainly not"]

            """
        // When linted
        let diagnostics = try lint(yaml)
        // Then both are warned about, each at the phrase that causes it
        #expect(diagnostics.map(\.code) == ["B013", "B012"])
        #expect(diagnostics.map(\.location.line) == [5, 8])
    }

    @Test func aWordWithoutLettersIsPlacedAtItsColumn() throws {
        // Given a quoted pattern with a dash between words
        let yaml = """
            language: en
            categories:
              farewell:
                kind: recommended
                phrases: ["thanks — bye"]

            """
        // When linted
        let diagnostics = try lint(yaml)
        // Then the dash is reported where it is in the file
        #expect(diagnostics.map(\.code) == ["B014"])
        #expect(diagnostics.first?.location == SourceLocation(path: "agent.yaml", line: 5, column: 23))
        #expect(diagnostics.first?.message == "the word `—` has no letters or digits; it is ignored, so it can never be matched")
    }
}
