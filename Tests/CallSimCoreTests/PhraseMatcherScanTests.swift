import Testing
@testable import CallSimCore

@Suite("PhraseMatcher: scanning and per-call slots")
struct PhraseMatcherScanTests {
    private func book(_ categories: [(String, [String])]) -> Phrasebook {
        Phrasebook(language: "en", categories: categories.map { Fixtures.category($0.0, $0.1) })
    }

    @Test func scanFindsWhatMatchFinds() {
        // Given a phrasebook with overlapping phrases, a wildcard and a typo-prone word
        let matcher = PhraseMatcher(phrasebook: book([
            ("thanks", ["thank you"]),
            ("farewell", ["thank you for calling", "goodbye"]),
            ("next-steps", ["within * days"]),
            ("apology", ["i apologise"]),
        ]))
        let line = "Thank you for calling, I apologiee, it takes within 3 working days. Goodbye"
        // When the line is scanned with a reusable scanner and matched the convenient way
        var scanner = PhraseScanner()
        matcher.scan(line, into: &scanner)
        let matched = matcher.match(line)
        // Then both find the same phrases over the same tokens
        #expect(scanner.hits.map { matcher.match(for: $0) } == matched.matches)
        #expect(scanner.hits.map(\.tokens) == [0..<4, 0..<2, 4..<6, 8..<12, 12..<13])
        #expect(scanner.hits.map(\.fuzzy) == [false, false, true, false, false])
        #expect(scanner.tokens.source(4) == 23..<24)
    }

    @Test func aScannerIsReusedAcrossLines() {
        // Given one scanner
        let matcher = PhraseMatcher(phrasebook: book([("greeting", ["good morning"])]))
        var scanner = PhraseScanner()
        // When it scans a line with a match, then one without
        matcher.scan("good morning", into: &scanner)
        #expect(scanner.hits.count == 1)
        matcher.scan("good evening everyone", into: &scanner)
        // Then the second line's results replace the first's
        #expect(scanner.hits.isEmpty)
        #expect(scanner.tokens.count == 3)
    }

    @Test func oneCompiledPhrasebookServesCallsWithDifferentSlotValues() {
        // Given one matcher compiled without slot values
        let compiled = PhraseMatcher(phrasebook: book([("self-introduction", ["my name is {agent}"])]))
        // When two calls supply their own agent's name
        let sam = compiled.with(slots: ["agent": "Sam"])
        let noor = compiled.with(slots: ["agent": "Noor Haddad"])
        // Then each call matches its own agent only, and the compiled trie is shared
        #expect(sam.match("my name is Sam").matches.map(\.tokens) == [0..<4])
        #expect(sam.match("my name is Noor Haddad").matches.isEmpty)
        #expect(noor.match("my name is Noor Haddad").matches.map(\.tokens) == [0..<5])
        #expect(noor.match("my name is Sam").matches.isEmpty)
        #expect(sam.automaton === noor.automaton)
        // And without a value the slot stands for one or two words
        #expect(compiled.match("my name is Sam").matches.map(\.tokens) == [0..<4])
    }

    @Test func slotValuesAreMatchedAfterNormalisation() {
        // Given a company name with punctuation, capitals and an accent
        let matcher = PhraseMatcher(phrasebook: book([("company-mention", ["welcome to {company}"])]))
            .with(slots: ["company": "Café-Nile Telecom"])
        // When the agent names it in lower case without the accent
        // Then it matches all of its words
        #expect(matcher.match("welcome to cafe nile telecom!").matches.map(\.tokens) == [0..<5])
        #expect(matcher.match("welcome to cafe nile").matches.isEmpty)
    }

    @Test func aLongSlotWordMayHaveOneTypo() throws {
        // Given a company whose name has a word of five letters or more
        let matcher = PhraseMatcher(phrasebook: book([("company-mention", ["welcome to {company}"])]))
            .with(slots: ["company": "Nile Telecom"])
        // When the agent misspells the long word, or the short one
        let typo = try #require(matcher.match("welcome to Nile Telcom").matches.first)
        // Then the long word matches marked fuzzy, and the short one does not match
        #expect(typo.fuzzy)
        #expect(typo.tokens == 0..<4)
        #expect(matcher.match("welcome to Nle Telecom").matches.isEmpty)
        // And without typo tolerance neither matches
        var exact = matcher
        exact.toleratesTypos = false
        #expect(exact.match("welcome to Nile Telcom").matches.isEmpty)
    }

    @Test func plainPhrasesAreWordsNotPatterns() throws {
        // Given a list of plain phrases, one with pattern characters and one with no words
        let matcher = PhraseMatcher(phrases: ["(thank you)", "", "Calm   DOWN!", "I'm sorry"])
        // When compiled and used
        // Then pattern characters are punctuation, the empty line is a problem, and phrases
        // keep their list line
        #expect(matcher.phraseCount == 3)
        #expect(matcher.problems.map(\.error.code) == ["P004"])
        #expect(matcher.problems.first?.entry.location?.line == 2)
        let found = matcher.match("oh thank you, just calm down, i am sorry")
        #expect(found.matches.map(\.pattern) == ["(thank you)", "Calm   DOWN!", "I'm sorry"])
        #expect(found.matches.map { matcher.entry(ofPhrase: $0.phraseIndex).location?.line } == [1, 3, 4])
        #expect(found.matches.allSatisfy { $0.category == "list" && $0.kind == .signal })
    }

    @Test func everyOccurrenceOfEveryPhraseIsReported() {
        // Given phrases that overlap and repeat
        let matcher = PhraseMatcher(phrases: ["refund", "refund the fee", "the fee"])
        // When a line has them twice
        var scanner = PhraseScanner()
        matcher.scan("refund the fee, refund the fee", into: &scanner)
        // Then each occurrence is there, longest first at each start
        #expect(scanner.hits.map(\.phrase) == [1, 0, 2, 1, 0, 2])
        #expect(scanner.hits.map(\.tokens) == [0..<3, 0..<1, 1..<3, 3..<6, 3..<4, 4..<6])
    }

    @Test func theMatcherDescribesItsCompiledForm() {
        // Given two phrases sharing their first word
        let matcher = PhraseMatcher(phrases: ["thank you", "thank you so much"])
        // Then it reports its phrases, words and trie nodes (root, thank, you, so, much)
        #expect(matcher.phraseCount == 2)
        #expect(matcher.vocabularyCount == 4)
        #expect(matcher.nodeCount == 5)
    }
}
