import CallSimContent
import CallSimCore
import Testing

@Suite("Phrasebook files")
struct PhrasebookLoaderTests {
    @Test func readsCategoriesAndPhrases() throws {
        // Given a phrasebook with plain and detailed phrases
        let yaml = """
            language: en
            categories:
              greeting:
                kind: recommended
                summary: Greets the customer.
                weight: 2
                mood: -0.5
                phrases:
                  - "(good|great) (morning|afternoon)"
                  - pattern: thank you for calling {company}
                    weight: 3
              calm-down:
                kind: discouraged
                replacement: I understand how frustrating this is.
                phrases: [calm down]

            """

        // When it is loaded
        let result = PhrasebookLoader.load(yaml: yaml, path: "agent.yaml")

        // Then every value is read, with locations
        #expect(result.diagnostics == [])
        let phrasebook = try #require(result.value)
        #expect(phrasebook.language == "en")
        #expect(phrasebook.categories.map(\.id) == ["greeting", "calm-down"])
        let greeting = try #require(phrasebook.category("greeting"))
        #expect(greeting.kind == .recommended)
        #expect(greeting.summary == "Greets the customer.")
        #expect(greeting.weight == 2)
        #expect(greeting.moodEffect == -0.5)
        #expect(greeting.location == SourceLocation(path: "agent.yaml", line: 3, column: 3))
        #expect(greeting.phrases == [
            PhraseEntry(pattern: "(good|great) (morning|afternoon)", location: SourceLocation(path: "agent.yaml", line: 9, column: 9)),
            PhraseEntry(pattern: "thank you for calling {company}", weight: 3, location: SourceLocation(path: "agent.yaml", line: 10, column: 18)),
        ])
        #expect(phrasebook.category("calm-down")?.replacement == "I understand how frustrating this is.")
        #expect(phrasebook.category("calm-down")?.weight == 1)
    }

    @Test func badPatternIsPlacedAtItsColumn() {
        // Given a phrase whose bracket is never closed
        let yaml = Fixture.phrasebook(phrase: "(good|morning")

        // When it is loaded
        // Then the pattern error is placed inside the quoted text, where the `)` is missing
        #expect(renderedPhrasebook(yaml) == """
            agent.yaml:6:23: error[P001]: missing `)`; brackets do not balance
                      - "(good|morning"
                                      ^
            """)
    }

    @Test func patternErrorInAPlainScalarCountsFromItsStart() {
        // Given an unquoted pattern with a stray `|` and a pattern key with an unknown slot
        let yaml = """
            language: en
            categories:
              greeting:
                kind: recommended
                phrases:
                  - hello | hi
                  - pattern: hello {name}

            """

        // When it is loaded
        // Then each error is placed at its column in the file
        #expect(renderedPhrasebook(yaml) == """
            agent.yaml:6:15: error[P002]: `|` outside brackets; write alternatives as `(a|b)`
                      - hello | hi
                              ^
            agent.yaml:7:24: error[P007]: unknown slot `{name}`; use {agent}, {company} or {customer}
                      - pattern: hello {name}
                                       ^
            """)
    }

    @Test func duplicateCategoryNamesTheFirstLine() {
        // Given two categories with one id, and a mistake after them
        let yaml = """
            language: en
            categories:
              greeting:
                kind: recommended
                phrases: [hello]
              greeting:
                kind: recommended
                phrases: [good morning]
              farewell:
                kind: polite
                phrases: [goodbye]

            """

        // When it is loaded
        // Then the second category is reported, and reading goes on
        #expect(renderedPhrasebook(yaml) == """
            agent.yaml:6:3: error[B007]: duplicate category `greeting`; the first is at line 3
                  greeting:
                  ^
            agent.yaml:10:11: error[B004]: `kind` must be one of recommended, discouraged, abusive, signal, not `polite`
                    kind: polite
                          ^
            """)
    }

    @Test func structureProblemsUseBCodes() {
        // Given a phrasebook with an unknown key, a bad id, a bad weight and no language
        let yaml = """
            categories:
              Greeting_Words:
                kind: recommended
                wieght: 2
                phrases: []
              empathy:
                kind: recommended
                weight: 0
                phrases: [i understand]

            """

        // When it is loaded
        let result = PhrasebookLoader.load(yaml: yaml, path: "agent.yaml")

        // Then each problem has its phrasebook code
        #expect(result.diagnostics.map { "\($0.location.line):\($0.location.column):\($0.severity.rawValue):\($0.code)" } == [
            "1:1:error:B003", "2:3:error:B006", "4:5:error:B001", "5:14:warning:B009", "8:13:error:B005",
        ])
        #expect(result.diagnostics[2].message == "unknown key `wieght` in category `Greeting_Words`; did you mean `weight`?")
        #expect(result.diagnostics[4].message == "`weight` must be more than 0, found 0")
    }

    @Test func libraryMergesFilesOfOneLanguage() throws {
        // Given two English phrasebook files sharing a category
        let folder = try TemporaryFolder()
        let first = try folder.write("a.yaml", Fixture.phrasebook(phrase: "good morning"))
        let second = try folder.write("b.yaml", Fixture.phrasebook(phrase: "hello there") + "  farewell:\n    kind: recommended\n    phrases: [goodbye]\n")

        // When they are loaded together
        let result = PhrasebookLibrary.load(paths: [first, second])

        // Then the shared category holds both files' phrases
        #expect(result.diagnostics == [])
        let phrasebook = try #require(result.value)
        #expect(phrasebook.categories.map(\.id) == ["greeting", "farewell"])
        #expect(phrasebook.category("greeting")?.phrases.map(\.pattern) == ["good morning", "hello there"])
    }

    @Test func libraryRefusesFilesInDifferentLanguages() throws {
        // Given an English and an Arabic phrasebook file
        let folder = try TemporaryFolder()
        let english = try folder.write("en.yaml", Fixture.phrasebook(language: "en"))
        let arabic = try folder.write("ar.yaml", Fixture.phrasebook(language: "ar", phrase: "صباح الخير"))

        // When they are loaded together
        let result = PhrasebookLibrary.load(paths: [english, arabic])

        // Then the second file's language is reported
        #expect(result.value == nil)
        #expect(DiagnosticRenderer.render(result.diagnostics) == """
            \(arabic):1:11: error[B008]: this phrasebook is in `ar` but \(english) is in `en`; files merged into one phrasebook share one language
                language: ar
                          ^
            """)
    }
}
