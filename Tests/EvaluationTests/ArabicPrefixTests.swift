import CallSimCore
import Testing

/// Arabic writes the conjunctions و and ف, the prepositions ب، ل، ك and the article ال joined
/// to the next word: «وأعتذر» is «و أعتذر». The company's name is found through such a prefix
/// by `company-name` itself, and every phrase by the matcher, which also tries an Arabic word
/// without its proclitics when what remains is a phrasebook word (docs/rules.md).
@Suite("Arabic joined prefixes")
struct ArabicPrefixTests {
    static let company = "نايل تيليكوم"

    static func card(_ lines: [String]) throws -> Scorecard {
        let rule = RuleCase(rule: "company-name", language: "ar", verdict: .pass, given: "", transcript: lines)
        return try Grading.card(rule)
    }

    @Test(arguments: [
        ("شكراً لاتصالك بنايل تيليكوم.", "بنايل تيليكوم"),
        ("أهلاً وسهلاً، هنا خدمة العملاء لنايل تيليكوم.", "لنايل تيليكوم"),
        ("نشكرك على اتصالك، ونايل تيليكوم دائماً في خدمتك.", "ونايل تيليكوم"),
        ("أهلاً بك في شركة نايل تيليكوم.", "شركة نايل تيليكوم"),
    ])
    func companyNameThroughAJoinedPrefix(_ line: String, _ evidence: String) throws {
        // Given an opening that names the company with a prefix joined to its name
        let card = try Self.card([agent(line)])
        // When company-name is judged
        let finding = try #require(card.finding("company-name"))
        // Then it passes, quoting the name with its prefix
        #expect(finding.verdict == .pass)
        #expect(finding.evidence == evidence)
    }

    @Test func aWordThatMerelyStartsLikeTheCompanyIsNotIt() throws {
        // Given an opening whose words only begin with the company's first letters
        let card = try Self.card([agent("مرحبا، معك سارة من خدمة العملاء."), customer("أهلين."), agent("نايلون؟ لا، هذا ليس عندنا.")])
        // When company-name is judged
        // Then it fails: «نايلون» is not «نايل تيليكوم»
        #expect(card.finding("company-name")?.verdict == .fail)
    }

    @Test(arguments: [
        ("وأعتذر منك على التأخير.", "apology"),
        ("وأتفهم تماماً شعورك.", "empathy"),
        ("ولا تقلق أبداً.", "reassurance"),
        ("وهل هناك أي شيء آخر يمكنني مساعدتك به؟", "anything-else"),
        ("فمع السلامة.", "farewell"),
        ("وسأحولك إلى قسم الفواتير الآن.", "transfer-explanation"),
    ])
    func phrasesAfterAJoinedConjunction(_ line: String, _ category: String) throws {
        // Given a line whose phrase starts with a joined و or ف
        let matcher = try #require(BundledPhrasebooks.matchers["ar"])
        // When it is matched
        let matched = matcher.match(line)
        let categories = matched.categories
        // Then the phrase is found: «وأعتذر» is «أعتذر» with a joined و
        #expect(categories.contains(category))
        // And the evidence quotes the joined word whole
        let match = try #require(matched.first(of: [category]))
        #expect(matched.quote(match).hasPrefix(String(line.prefix(2))))
    }

    @Test(arguments: [
        "وردة على الطاولة.",  // و + «ردة»: no phrase
        "بلدي جميل.",  // ب + «لدي»: a phrasebook word perhaps, but no phrase continues here
        "فهرس الحساب.",
        "كلمات متقاطعة.",
    ])
    func wordsThatMerelyStartWithAPrefixLetterMatchNothingNew(_ line: String) throws {
        // Given lines of words beginning with و، ف، ب، ل or ك that are not a prefix and a phrase word
        let matcher = try #require(BundledPhrasebooks.matchers["ar"])
        // When they are matched
        // Then nothing is found through a prefix: whatever matches, matches as written
        let unprefixed = PhraseMatcher(phrasebook: try #require(BundledPhrasebooks.cache["ar"]), affixes: WordAffixes.none)
        #expect(matcher.match(line).matches == unprefixed.match(line).matches)
    }
}
