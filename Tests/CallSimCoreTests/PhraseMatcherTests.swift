import Testing
@testable import CallSimCore

@Suite("PhraseMatcher")
struct PhraseMatcherTests {
    private func book(_ categories: [(String, [String])], language: String = "en") -> Phrasebook {
        Phrasebook(language: language, categories: categories.map { Fixtures.category($0.0, $0.1) })
    }

    @Test func reportsTheSpanOfTheMatchedWords() throws {
        // Given a greeting phrase
        let matcher = PhraseMatcher(phrasebook: book([("greeting", ["thank you for calling"])]))
        // When a line contains it after another word
        let line = matcher.match("Well, thank you for calling us!")
        // Then the match covers exactly its tokens, and quotes the original words
        let match = try #require(line.matches.first)
        #expect(line.matches.count == 1)
        #expect(match.category == "greeting")
        #expect(match.kind == .recommended)
        #expect(match.pattern == "thank you for calling")
        #expect(match.tokens == 1..<5)
        #expect(match.fuzzy == false)
        #expect(line.quote(match) == "thank you for calling")
    }

    @Test func reportsEveryMatchOrderedByStartThenLongestFirst() {
        // Given overlapping phrases of several categories
        let matcher = PhraseMatcher(phrasebook: book([
            ("thanks", ["thank you"]),
            ("farewell", ["thank you for calling", "goodbye"]),
        ]))
        // When a line has all of them
        let line = matcher.match("Thank you for calling, goodbye")
        // Then all are reported, by position, the longest first at the same start
        #expect(line.matches.map(\.category) == ["farewell", "thanks", "farewell"])
        #expect(line.matches.map(\.tokens) == [0..<4, 0..<2, 4..<5])
        #expect(line.categories == ["thanks", "farewell"])
        #expect(line.has("thanks"))
        #expect(!line.has("greeting"))
        #expect(line.first(of: ["thanks"])?.tokens == 0..<2)
    }

    @Test func theSamePhraseIsFoundAtEachPlaceItOccurs() {
        // Given a one-word phrase
        let matcher = PhraseMatcher(phrasebook: book([("thanks", ["thanks"])]))
        // When the line says it twice
        let line = matcher.match("thanks, thanks a lot")
        // Then both places are reported
        #expect(line.matches.map(\.tokens) == [0..<1, 1..<2])
    }

    @Test func matchesOnlyWholeWords() {
        // Given the phrase "hello"
        let matcher = PhraseMatcher(phrasebook: book([("greeting", ["hello"])]))
        // When a line contains it only inside other words
        // Then nothing matches
        #expect(matcher.match("Othello is playing at the helloworld theatre").matches.isEmpty)
        #expect(matcher.match("Oh, hello!").matches.count == 1)
    }

    @Test func wildcardMatchesOneToThreeWords() {
        // Given a phrase with a wildcard
        let matcher = PhraseMatcher(phrasebook: book([("next-steps", ["within * days"])]))
        // When the wildcard would cover zero to four words
        // Then only one to three match
        #expect(matcher.match("within days").matches.isEmpty)
        #expect(matcher.match("within 3 days").matches.first?.tokens == 0..<3)
        #expect(matcher.match("within three to five days").matches.first?.tokens == 0..<5)
        #expect(matcher.match("within one two three four days").matches.isEmpty)
    }

    @Test func filledSlotMatchesOnlyItsValue() throws {
        // Given a self-introduction with the agent's name filled in
        let matcher = PhraseMatcher(phrasebook: book([("self-introduction", ["my name is {agent}"])]), slots: ["agent": "Sam Smith"])
        // When lines give that name and another
        let right = matcher.match("Hi, my name is Sam Smith.")
        // Then only the right name matches, covering both of its words
        #expect(try #require(right.matches.first).tokens == 1..<6)
        #expect(matcher.match("my name is Bob").matches.isEmpty)
    }

    @Test func unfilledSlotMatchesOneOrTwoWords() {
        // Given a self-introduction whose agent is unknown
        let matcher = PhraseMatcher(phrasebook: book([("self-introduction", ["my name is {agent}", "{agent} speaking"])]))
        // When lines give names of one and two words
        // Then the slot stands for one or two words (the shortest wins), from each start
        #expect(matcher.match("my name is Bob").matches.map(\.tokens) == [0..<4])
        #expect(matcher.match("Jo Ann speaking").matches.map(\.tokens) == [0..<3, 1..<3])
        #expect(matcher.match("speaking").matches.isEmpty)
    }

    @Test func companySlotIsFilledFromItsWords() {
        // Given a company name with punctuation and capitals
        let matcher = PhraseMatcher(
            phrasebook: book([("company-mention", ["thank you for calling {company}"])]), slots: ["company": "Nile-Telecom"])
        // When the agent names it
        // Then the normalised words of the name match
        #expect(matcher.match("Thank you for calling nile telecom").matches.count == 1)
        #expect(matcher.match("Thank you for calling Nile").matches.isEmpty)
    }

    @Test func oneTypoIsToleratedInLongWordsAndMarkedFuzzy() throws {
        // Given an apology phrase with a long word
        let matcher = PhraseMatcher(phrasebook: book([("apology", ["i apologise"])]))
        // When the trainee types one letter wrong
        let typo = try #require(matcher.match("I apologiee").matches.first)
        // Then it still matches, marked fuzzy, while the exact word is not fuzzy
        #expect(typo.fuzzy)
        #expect(typo.category == "apology")
        #expect(try #require(matcher.match("I apologise").matches.first).fuzzy == false)
    }

    @Test func oneTypoCoversInsertionDeletionAndTransposition() {
        // Given a phrase with a five-letter word
        let matcher = PhraseMatcher(phrasebook: book([("thanks", ["thank you"])]))
        // When the word has an adjacent transposition, a deletion or an insertion
        // Then each matches with one typo
        for typed in ["tahnk you", "thnk you", "thankk you"] {
            #expect(matcher.match(typed).matches.map(\.fuzzy) == [true], "\(typed)")
        }
        // And two typos do not match
        #expect(matcher.match("tahnkk you").matches.isEmpty)
    }

    @Test func shortWordsMustBeExact() {
        // Given a phrase whose words have four letters or fewer
        let matcher = PhraseMatcher(phrasebook: book([("closed-question", ["shall i help"])]))
        // When a short word has one typo
        // Then it does not match
        #expect(matcher.match("shall i hlep").matches.isEmpty)
        #expect(matcher.match("shall i help").matches.count == 1)
    }

    @Test func aTypoInTheFirstLetterDoesNotMatch() {
        // Given a long word
        let matcher = PhraseMatcher(phrasebook: book([("apology", ["i apologise"])]))
        // When its first letter is wrong
        // Then it does not match
        #expect(matcher.match("I epologise").matches.isEmpty)
    }

    @Test func typoToleranceCanBeSwitchedOff() {
        // Given a matcher that does not tolerate typos
        let matcher = PhraseMatcher(phrasebook: book([("apology", ["i apologise"])]), toleratesTypos: false)
        // When a word has one typo
        // Then it does not match, but the exact word does
        #expect(matcher.match("I apologiee").matches.isEmpty)
        #expect(matcher.match("I apologise").matches.count == 1)
    }

    @Test func phraseWeightAndReplacementComeFromTheEntryOrTheCategory() throws {
        // Given a discouraged category with a default replacement and one phrase with its own
        let category = PhraseCategory(
            id: "dismissing", kind: .discouraged, weight: 2, replacement: "Category replacement",
            phrases: [PhraseEntry(pattern: "calm down", weight: 0.5, replacement: "Entry replacement"), PhraseEntry(pattern: "no idea")])
        let matcher = PhraseMatcher(phrasebook: Phrasebook(language: "en", categories: [category]))
        // When each phrase is found
        let own = try #require(matcher.match("calm down").matches.first)
        let inherited = try #require(matcher.match("no idea").matches.first)
        // Then the entry's values win over the category's
        #expect(own.kind == .discouraged)
        #expect(own.weight == 0.5)
        #expect(own.replacement == "Entry replacement")
        #expect(inherited.weight == 2)
        #expect(inherited.replacement == "Category replacement")
    }

    @Test func badPatternsAreReportedAndTheRestStillMatch() throws {
        // Given a category with a broken pattern between two good ones
        let matcher = PhraseMatcher(phrasebook: book([("greeting", ["hello", "(hi", "good morning"])]))
        // When compiled
        // Then the broken one is a problem and the other two match
        #expect(matcher.phraseCount == 2)
        #expect(matcher.problems.count == 1)
        let problem = try #require(matcher.problems.first)
        #expect(problem.category == "greeting")
        #expect(problem.entry.pattern == "(hi")
        #expect(problem.error.code == "P001")
        #expect(matcher.match("hello and good morning").matches.count == 2)
    }

    @Test func emptyLineHasNoMatches() {
        // Given any matcher
        let matcher = PhraseMatcher(phrasebook: Fixtures.phrasebook)
        // When the line is empty
        // Then nothing matches
        #expect(matcher.match("").matches.isEmpty)
        #expect(matcher.match("   ").matches.isEmpty)
    }

    @Test func theFixturePhrasebookCompilesWithoutProblemsAndCoversTheRules() {
        // Given the test phrasebook
        let matcher = PhraseMatcher(phrasebook: Fixtures.phrasebook)
        // Then every pattern compiles and every category the rules use is there
        #expect(matcher.problems.isEmpty)
        for id in Fixtures.ruleCategoryIDs {
            #expect(Fixtures.phrasebook.category(id) != nil, "\(id)")
        }
    }
}

@Suite("PhraseMatcher: Arabic and Persian")
struct ArabicPersianMatcherTests {
    @Test func arabicPhraseMatchesTextWithDiacriticsAndLetterVariants() throws {
        // Given Arabic phrases written plainly
        let matcher = PhraseMatcher(phrasebook: Phrasebook(language: "ar", categories: [
            Fixtures.category("thanks", ["شكرا لك"]),
            Fixtures.category("apology", ["انا اسف"]),
            Fixtures.category("greeting", ["مرحبا"]),
        ]))
        // When the trainee writes them with diacritics, hamza forms, tatweel or presentation forms
        // Then they match, and the evidence is the trainee's own words
        let thanks = matcher.match("شُكْرًا لَكَ")
        #expect(thanks.matches.map(\.category) == ["thanks"])
        #expect(thanks.quote(try #require(thanks.matches.first)) == "شُكْرًا لَكَ")
        #expect(matcher.match("أنا آسف جدا").matches.map(\.category) == ["apology"])
        #expect(matcher.match("شكـــرا لك").matches.map(\.category) == ["thanks"])
        #expect(matcher.match("ﻣﺮﺣﺒﺎ").matches.map(\.category) == ["greeting"])
    }

    @Test func persianPhraseMatchesAcrossYehKafAndZWNJVariants() {
        // Given Persian phrases written with Persian yeh and keheh and a ZWNJ
        let matcher = PhraseMatcher(phrasebook: Phrasebook(language: "fa", categories: [
            Fixtures.category("thanks", ["خیلی ممنون"]),
            Fixtures.category("ownership", ["کمک می\u{200C}کنم"]),
        ]))
        // When the trainee types Arabic yeh and kaf, or leaves out the ZWNJ
        // Then they still match
        #expect(matcher.match("خيلي ممنون").matches.map(\.category) == ["thanks"])
        #expect(matcher.match("كمك ميكنم").matches.map(\.category) == ["ownership"])
        #expect(matcher.match("کمک می‌کنم").matches.map(\.category) == ["ownership"])
    }

    @Test func persianDigitsMatchAsciiDigitsInPatterns() {
        // Given a pattern with ASCII digits
        let matcher = PhraseMatcher(phrasebook: Phrasebook(language: "fa", categories: [
            Fixtures.category("next-steps", ["تا 5 روز"]),
        ]))
        // When the trainee writes Persian digits
        // Then the pattern matches
        #expect(matcher.match("تا ۵ روز کاری").matches.map(\.category) == ["next-steps"])
    }
}
