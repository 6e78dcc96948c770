import CallSimContent
import CallSimCore
import Foundation
import Testing

/// One knowledge question with a fact and a term, as the `questions` of `bank()`.
private let ahtQuestion = """
      - id: aht
        kind: knowledge
        ask: What is AHT?
        hint: Name it.
        model: Average handle time.
        rubric:
          facts:
            - id: name
              label: average handle time
              phrases: ["average handle time"]
          terms: [aht]

    """

/// A valid question bank, as small as the format allows, with other terms or questions.
private func bank(terms: String = "  aht: { label: AHT, phrases: [\"AHT\"] }\n", questions: String = ahtQuestion) -> String {
    "kind: interview\nid: demo-bank\ntitle: Demo interview\nlanguage: en\nterms:\n" + terms + "questions:\n" + questions
}

private func rendered(_ yaml: String, path: String = "bank.yaml") -> String {
    DiagnosticRenderer.render(QuestionBankLoader.load(yaml: yaml, path: path).diagnostics, sources: [path: yaml])
}

@Suite("Interview question banks")
struct InterviewBankTests {
    @Test func aValidBankLoads() throws {
        // Given the smallest valid bank
        // When it is loaded
        let result = QuestionBankLoader.load(yaml: bank(), path: "bank.yaml")
        // Then it has its question, rubric and term, and no problem
        #expect(result.diagnostics == [])
        let loaded = try #require(result.value)
        #expect(loaded.id == "demo-bank")
        #expect(loaded.questions.map(\.id) == ["aht"])
        #expect(loaded.questions.first?.rubric.facts.first?.phrases.map(\.pattern) == ["average handle time"])
        #expect(loaded.term("aht")?.label == "AHT")
    }

    @Test func aRubricReferringToAMissingTermIsAnErrorAtItsPlace() {
        // Given a rubric that names the term `ahtt`, and one that names an unknown `csat`
        let yaml = bank().replacingOccurrences(of: "terms: [aht]", with: "terms: [ahtt, csat]")
        // When it is loaded
        // Then each missing term is reported at its line and column, with a suggestion where one is close
        #expect(QuestionBankLoader.load(yaml: yaml, path: "bank.yaml").value == nil)
        #expect(rendered(yaml) == """
            bank.yaml:18:15: error[Q008]: the rubric refers to the job term `ahtt`, which the bank does not declare; did you mean `aht`?
                      terms: [ahtt, csat]
                              ^
            bank.yaml:18:21: error[Q008]: the rubric refers to the job term `csat`, which the bank does not declare; declare it under `terms`, or use one of: aht
                      terms: [ahtt, csat]
                                    ^
            """)
    }

    @Test func structureProblemsUseTheQuestionBankCodes() {
        // Given a bank with a misspelt key and a question of an unknown kind
        let yaml = bank()
            .replacingOccurrences(of: "title: Demo interview", with: "titel: Demo interview")
            .replacingOccurrences(of: "kind: knowledge", with: "kind: trivia")
        // When it is loaded
        // Then the problems carry Q codes, not the scenario family's
        #expect(rendered(yaml) == """
            bank.yaml:3:1: error[Q001]: unknown key `titel` in the question bank; did you mean `title`?
                titel: Demo interview
                ^
            bank.yaml:9:11: error[Q004]: `kind` must be one of general, knowledge, behavioural, role-play, not `trivia`
                    kind: trivia
                          ^
            """)
    }

    @Test func knowledgeQuestionsNeedFactsAndBehaviouralOnesNeedStarCues() {
        // Given a knowledge question with only points, and a behavioural question in a bank without STAR cues
        let questions = """
              - id: aht
                kind: knowledge
                ask: What is AHT?
                hint: Name it.
                model: Average handle time.
                rubric:
                  points:
                    - { id: why, label: why it matters, phrases: ["staffing"] }
              - id: story
                kind: behavioural
                ask: Tell me about a time.
                hint: STAR.
                model: At my last job…
                rubric:
                  points:
                    - { id: result, label: the result, phrases: ["in the end"] }

            """
        // When it is loaded
        let codes = QuestionBankLoader.load(yaml: bank(questions: questions), path: "bank.yaml").diagnostics.map(\.code)
        // Then both are errors
        #expect(codes == ["Q010", "Q009"])
    }

    @Test func duplicateIdsAndBadPatternsAreReportedAtTheirPlace() {
        // Given two questions with one id, and a fact whose pattern never closes a bracket
        let question = """
              - id: aht
                kind: general
                ask: What is AHT?
                hint: Name it.
                model: Average handle time.
                rubric:
                  points:
                    - { id: name, label: the name, phrases: ["average (handle time"] }

            """
        // When it is loaded
        // Then the repeat and the pattern error point into the file
        #expect(rendered(bank(questions: question + question)) == """
            bank.yaml:15:71: error[P001]: missing `)`; brackets do not balance
                        - { id: name, label: the name, phrases: ["average (handle time"] }
                                                                                      ^
            bank.yaml:16:9: error[Q007]: duplicate question id `aht`; the first is at line 8
                  - id: aht
                        ^
            bank.yaml:23:71: error[P001]: missing `)`; brackets do not balance
                        - { id: name, label: the name, phrases: ["average (handle time"] }
                                                                                      ^
            """)
    }

    @Test func aRubricWithNothingToObserveIsAnError() {
        // Given a general question whose rubric names only terms
        let question = """
              - id: why
                kind: general
                ask: Why us?
                hint: Be specific.
                model: Because…
                rubric:
                  terms: [aht]

            """
        // When it is loaded
        // Then it is reported
        #expect(QuestionBankLoader.load(yaml: bank(questions: question), path: "bank.yaml").diagnostics.map(\.code) == ["Q011"])
    }

    @Test func theBundledBanksLoadInEveryLanguage() throws {
        // Given the repository's library
        let library = ContentLibrary(extraRoots: [], environment: ["CALLSIM_HOME": repositoryRoot.path], executablePath: "")
        // When its question banks are loaded
        let (banks, diagnostics) = library.loadQuestionBanks()
        // Then the English, Arabic and Persian banks load cleanly, with the eight domain questions and every kind
        #expect(diagnostics == [])
        #expect(banks.map(\.language).sorted() == ["ar", "en", "fa"])
        for loaded in banks {
            let ids = Set(loaded.questions.map(\.id))
            #expect(ids.isSuperset(of: [
                "about-yourself", "adsl", "left-last-job", "customer-service-knowledge", "why-customer-service",
                "weakness-overcome", "why-hire-you", "angry-customers",
            ]))
            #expect(ids.isSuperset(of: ["aht", "fcr", "ivr", "acd", "csat", "wrap-time", "abandonment-rate", "occupancy", "asa"]))
            #expect(Set(loaded.questions.map(\.kind)) == Set(QuestionKind.allCases))
            #expect(loaded.star.isComplete)
            #expect(loaded.questions.count == 21)
        }
    }

    @Test func questionBanksAreNotMistakenForCallScenarios() throws {
        // Given a library with one scenario and one question bank under scenarios/
        let folder = try TemporaryFolder()
        try folder.write("lib/scenarios/en/billing.yaml", Fixture.scenario(id: "billing"))
        try folder.write("lib/scenarios/interview/en.yaml", bank())
        try folder.write("lib/phrasebooks/en/agent.yaml", Fixture.phrasebook())
        let library = ContentLibrary(extraRoots: [], environment: ["CALLSIM_HOME": folder.path + "/lib"], executablePath: "")
        // When scenarios and banks are listed
        // Then each loader finds only its own files
        #expect(library.scenarioFiles() == [folder.path + "/lib/scenarios/en/billing.yaml"])
        #expect(library.loadScenarios().diagnostics == [])
        #expect(library.questionBankFiles() == [folder.path + "/lib/scenarios/interview/en.yaml"])
        #expect(library.questionBank(id: nil, language: "en").value?.id == "demo-bank")
        // And a language without a bank says what to do
        #expect(library.questionBank(id: nil, language: "fa").diagnostics.map(\.description) == [
            "error[Q016]: no question bank in `fa`; run `callsim interview lint` to see the banks and their problems",
        ])
    }
}
