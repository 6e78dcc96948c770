import Testing
@testable import CallSimCore

/// Arabic words with a joined prefix and Persian words with a joined suffix match the
/// phrasebook's words, when what remains is one of them.
@Suite("PhraseMatcher: joined Arabic prefixes and Persian suffixes")
struct PhraseMatcherAffixTests {
    private func matcher(_ language: String, _ categories: [(String, [String])], typos: Bool = true) -> PhraseMatcher {
        PhraseMatcher(
            phrasebook: Phrasebook(language: language, categories: categories.map { Fixtures.category($0.0, $0.1) }),
            toleratesTypos: typos)
    }

    private var arabic: PhraseMatcher {
        matcher("ar", [
            ("apology", ["أعتذر منك"]),
            ("billing", ["الفاتورة"]),
            ("service", ["خدمة العملاء"]),
            ("department", ["قسم الفواتير"]),
            ("reassurance", ["لا تقلق"]),
            ("preposition", ["ل"]),
        ])
    }

    @Test(arguments: [
        ("وأعتذر منك", "apology", "وأعتذر منك"),
        ("فأعتذر منك جداً", "apology", "فأعتذر منك"),
        ("مشكلة بالفاتورة", "billing", "بالفاتورة"),
        ("وبالفاتورة", "billing", "وبالفاتورة"),
        ("شكراً لخدمة العملاء", "service", "لخدمة العملاء"),
        ("الشكر لخدمة للعملاء", "service", "لخدمة للعملاء"),
        ("سأحولك لقسم الفواتير", "department", "لقسم الفواتير"),
        ("وكقسم الفواتير", "department", "وكقسم الفواتير"),
        ("ولا تقلق", "reassurance", "ولا تقلق"),
    ])
    func anArabicPrefixIsLookedThrough(_ line: String, _ category: String, _ quote: String) throws {
        // Given a line whose phrase has a proclitic joined to one of its words
        let matched = arabic.match(line)
        // When it is matched
        let match = try #require(matched.first(of: [category]))
        // Then the phrase is found, exactly, and the quote covers the whole joined word
        #expect(!match.fuzzy)
        #expect(matched.quote(match) == quote)
    }

    @Test(arguments: [
        "وردة",  // و + «ردة», not a phrasebook word
        "الأعتذار منك",  // the article before a verb leaves «أعتذار», not «أعتذر»
        "وفاتورة",  // no article is added back: «فاتورة» is not «الفاتورة»
        "ول",  // a stem of one letter is never tried
        "خدمةالعملاء",  // two words run together are not a prefix
        "لاتقلق",
        "بقسمة الفواتير",  // «قسمة» is not «قسم»
    ])
    func aWordThatMerelyStartsWithAPrefixLetterIsNotMatched(_ line: String) {
        // Given a line whose words start with و، ب، ل، ك or ال but are not prefix + phrasebook word
        // When it is matched
        // Then nothing is found
        #expect(arabic.match(line).matches.isEmpty)
    }

    private var persian: PhraseMatcher {
        matcher("fa", [
            ("apology", ["بابت این مشکل عذرخواهی می‌کنم"]),
            ("reassurance", ["مشکل حل می‌شه"]),
            ("account", ["حساب"]),
            ("name", ["نام"]),
        ])
    }

    @Test(arguments: [
        ("بابت این مشکل‌ها عذرخواهی می‌کنم", "apology", "بابت این مشکل‌ها عذرخواهی می‌کنم"),
        ("بابت این مشکلها عذرخواهی می‌کنم", "apology", "بابت این مشکلها عذرخواهی می‌کنم"),
        ("مشکلتان حل می‌شه", "reassurance", "مشکلتان حل می‌شه"),
        ("مشکل‌هاتون حل می‌شه", "reassurance", "مشکل‌هاتون حل می‌شه"),
        ("مشکلی حل می‌شه", "reassurance", "مشکلی حل می‌شه"),
        ("حسابم", "account", "حسابم"),
        ("حساب‌هایشان", "account", "حساب‌هایشان"),
        ("حسابی", "account", "حسابی"),
        ("نامش", "name", "نامش"),
    ])
    func aPersianSuffixIsLookedThrough(_ line: String, _ category: String, _ quote: String) throws {
        // Given a line whose phrase has a suffix or enclitic pronoun joined to one of its words
        let matched = persian.match(line)
        // When it is matched
        let match = try #require(matched.first(of: [category]))
        // Then the phrase is found, exactly, quoting the whole joined word
        #expect(!match.fuzzy)
        #expect(matched.quote(match) == quote)
    }

    @Test(arguments: [
        "نامه",  // «ه» is not a suffix
        "حسابداری",  // «داری» is not one either
        "مشکلاتی حل می‌شه",  // two suffixes the rules do not combine
        "نم",  // shorter than the word
    ])
    func aPersianWordThatMerelyEndsLikeASuffixIsNotMatched(_ line: String) {
        // Given words that end like a suffix but are not a phrasebook word plus a suffix
        // When they are matched
        // Then nothing is found
        #expect(persian.match(line).matches.isEmpty)
    }

    @Test func affixesBelongToTheirLanguage() {
        // Given the same phrase in phrasebooks of other languages, and a plain phrase list
        let english = matcher("en", [("billing", ["الفاتورة"])])
        let persianBook = matcher("fa", [("billing", ["الفاتورة"])])
        let list = PhraseMatcher(phrases: ["الفاتورة"])
        // When a word with an Arabic prefix is matched
        // Then only the Arabic phrasebook (or a list given the Arabic affixes) looks through it
        #expect(english.match("بالفاتورة").matches.isEmpty)
        #expect(persianBook.match("بالفاتورة").matches.isEmpty)
        #expect(list.match("بالفاتورة").matches.isEmpty)
        #expect(PhraseMatcher(phrases: ["الفاتورة"], affixes: .arabic).match("بالفاتورة").matches.count == 1)
    }

    @Test func aStemIsExactEvenWithoutTypoTolerance() throws {
        // Given an Arabic matcher compiled without typo tolerance
        let exact = matcher("ar", [("apology", ["أعتذر منك"])], typos: false)
        // When a joined prefix is matched
        let match = try #require(exact.match("وأعتذر منك").matches.first)
        // Then it is found, and not as a typo
        #expect(!match.fuzzy)
    }

    @Test func aStemMustBeAPhrasebookWordAsItIs() {
        // Given an Arabic phrase of a long word
        let typos = matcher("ar", [("billing", ["الفاتورة"])])
        // When the word has both a joined prefix and a typo
        // Then it is not matched: a stem must be a phrasebook word as it is
        #expect(typos.match("بالفاتوره").matches.count == 1)  // ة and ه are one letter once normalised
        #expect(typos.match("بالفاتوزة").matches.isEmpty)
    }

    @Test func englishIsUnaffected() {
        // Given an English phrasebook
        let english = matcher("en", [("billing", ["bill"])])
        // When words start with letters that would be prefixes in Arabic
        // Then they match only as written
        #expect(english.match("wbill lbill the bill").matches.map(\.tokens) == [3..<4])
    }
}
