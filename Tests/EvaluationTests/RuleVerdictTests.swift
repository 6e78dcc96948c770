import CallSimCore
import Testing

@Suite("Every rule in English, Arabic and Persian")
struct RuleVerdictTests {
    @Test(arguments: RuleCases.all)
    func verdict(_ rule: RuleCase) throws {
        // Given the case's call, in its language (see the test's name)
        // When it is graded by TranscriptGrader with the bundled phrasebook of that language
        let finding = try Grading.finding(rule)
        // Then the rule gives the expected verdict, at the expected turn, with the expected words and advice
        #expect(finding.verdict == rule.verdict)
        #expect(finding.turn == rule.turn)
        if let evidence = rule.evidence { #expect(finding.evidence == evidence) }
        if let advice = rule.advice { #expect(finding.advice == advice) }
    }

    @Test func everyRuleHasAPassAFailAndANotApplicableCaseInEveryLanguage() {
        // Given every case
        let covered = Set(RuleCases.all.map { "\($0.rule) \($0.language) \($0.verdict.rawValue)" })
        // When every rule of the catalogue is looked up in every language and verdict
        var missing: [String] = []
        for rule in RuleCatalogue.ids {
            for language in BundledPhrasebooks.languages {
                for verdict in Verdict.allCases where !covered.contains("\(rule) \(language) \(verdict.rawValue)") {
                    missing.append("\(rule) \(language) \(verdict.rawValue)")
                }
            }
        }
        // Then none is missing, and no case names a rule outside the catalogue
        #expect(missing == [])
        #expect(Set(RuleCases.all.map(\.rule)).subtracting(RuleCatalogue.ids) == [])
    }

    @Test(arguments: BundledPhrasebooks.languages)
    func bundledPhrasebookLoadsWithoutErrors(_ language: String) {
        // Given the bundled phrasebook files of a language
        // When they are loaded
        let loaded = BundledPhrasebooks.result(language)
        // Then there is no error, and every category a rule relies on is there
        #expect(loaded.diagnostics.filter { $0.severity == .error }.map { "\($0.location): \($0.message)" } == [])
        let ids = Set(loaded.value?.categories.map(\.id) ?? [])
        #expect(RulePhraseCategories.all.subtracting(ids) == [])
    }
}

/// The phrase categories the rules read (see docs/rules.md, "Phrase categories").
enum RulePhraseCategories {
    static let all: Set<String> = [
        "greeting", "self-introduction", "company-mention", "good-time-check", "verification-request",
        "ask-name", "ask-account-number", "ask-date-of-birth", "ask-phone", "ask-email", "ask-address",
        "ask-postcode", "ask-order-number", "ask-card-digits", "account-disclosure", "account-change",
        "empathy", "apology", "regret", "closed-question", "redirect", "hold-request", "hold-reason",
        "hold-return", "thanks", "transfer-explanation", "ownership", "next-steps", "recap",
        "anything-else", "farewell", "out-of-hands-explanation", "alternative-offer", "upset",
        "off-topic", "arguing", "blaming", "positive-language",
    ]
}
