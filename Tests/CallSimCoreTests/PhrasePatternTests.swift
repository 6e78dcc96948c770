import Testing
@testable import CallSimCore

@Suite("PhrasePattern: expansion")
struct PhrasePatternExpansionTests {
    private func words(_ sequences: [[PatternElement]]) -> Set<String> {
        Set(sequences.map { sequence in
            sequence.map { element in
                switch element {
                case .word(let word): word
                case .wildcard(let min, let max): "*\(min)-\(max)"
                case .slot(let name): "{\(name)}"
                }
            }.joined(separator: " ")
        })
    }

    @Test func plainWordsAreNormalised() throws {
        // Given a pattern with capitals, punctuation and a contraction
        // When expanded
        let sequences = try PhrasePattern.expand("I'm SORRY, truly")
        // Then it is one sequence of normalised words
        #expect(sequences == [[.word("i"), .word("am"), .word("sorry"), .word("truly")]])
    }

    @Test func alternativesExpandToOneSequenceEach() throws {
        // Given a pattern with alternatives of one and two words
        // When expanded
        let sequences = try PhrasePattern.expand("(hello|good morning) there")
        // Then each alternative gives a sequence
        #expect(sequences.count == 2)
        #expect(words(sequences) == ["hello there", "good morning there"])
    }

    @Test func optionalPartsExpandWithAndWithout() throws {
        // Given a pattern with an optional word
        // When expanded
        let sequences = try PhrasePattern.expand("i am [very] sorry")
        // Then the phrase is there with and without it
        #expect(sequences == [
            [.word("i"), .word("am"), .word("sorry")],
            [.word("i"), .word("am"), .word("very"), .word("sorry")],
        ])
    }

    @Test func nestedGroupsMultiply() throws {
        // Given alternatives nested inside an optional part
        // When expanded
        let sequences = try PhrasePattern.expand("i (am|was) [(very|so)] sorry")
        // Then every combination appears once
        #expect(sequences.count == 6)
        #expect(words(sequences) == [
            "i am sorry", "i was sorry", "i am very sorry", "i was very sorry", "i am so sorry", "i was so sorry",
        ])
    }

    @Test func anEmptyAlternativeActsAsOptional() throws {
        // Given alternatives with an empty branch
        // When expanded
        let sequences = try PhrasePattern.expand("thank you (|so much)")
        // Then the phrase is there with and without the words
        #expect(words(sequences) == ["thank you", "thank you so much"])
    }

    @Test func duplicateExpansionsAreRemoved() throws {
        // Given two optional parts that can both be left out, and alternatives that repeat
        // When expanded
        let sequences = try PhrasePattern.expand("[a] [b] sorry (now|now)")
        // Then each distinct sequence appears once
        #expect(sequences.count == 4)
        #expect(words(sequences) == ["sorry now", "a sorry now", "b sorry now", "a b sorry now"])
    }

    @Test func wildcardStandsForOneToThreeWords() throws {
        // Given a pattern with a wildcard
        // When expanded
        let sequences = try PhrasePattern.expand("within * days")
        // Then the wildcard is an element of one to three words
        #expect(sequences == [[.word("within"), .wildcard(min: 1, max: 3), .word("days")]])
    }

    @Test func slotsAreKeptAsSlotsAndLowerCased() throws {
        // Given slots written in any case
        // When expanded
        let sequences = try PhrasePattern.expand("thank you for calling {Company}, this is {agent}")
        // Then they are slots for the per-call values
        #expect(sequences == [[
            .word("thank"), .word("you"), .word("for"), .word("calling"), .slot("company"),
            .word("this"), .word("is"), .slot("agent"),
        ]])
        #expect(PhrasePattern.knownSlots == ["agent", "company", "customer"])
    }

    @Test func nineBinaryGroupsReachTheLimitExactly() throws {
        // Given a pattern that expands to exactly 512 phrases
        let pattern = (1...9).map { "(a\($0)|b\($0))" }.joined(separator: " ")
        // When expanded
        let sequences = try PhrasePattern.expand(pattern)
        // Then all of them are produced
        #expect(sequences.count == PhrasePattern.expansionLimit)
        #expect(PhrasePattern.expansionLimit == 512)
    }
}

@Suite("PhrasePattern: errors")
struct PhrasePatternErrorTests {
    private func patternError(_ pattern: String) -> PatternError? {
        do {
            _ = try PhrasePattern.expand(pattern)
            return nil
        } catch {
            return error
        }
    }

    @Test func unclosedParenthesisIsP001AtTheEnd() throws {
        // Given an alternative group that is never closed
        // When expanded
        let error = try #require(patternError("(hello|hi"))
        // Then P001 points past the end of the pattern
        #expect(error == PatternError(code: "P001", message: "missing `)`; brackets do not balance", column: 10))
    }

    @Test func unclosedOptionalIsP001() throws {
        // Given an optional part that is never closed
        let error = try #require(patternError("i am [very sorry"))
        // Then P001 names the missing bracket
        #expect(error == PatternError(code: "P001", message: "missing `]`; brackets do not balance", column: 17))
    }

    @Test func strayClosingBracketIsP001AtItsColumn() throws {
        // Given a closing bracket with no opening one
        let error = try #require(patternError("hello)"))
        // Then P001 points at it
        #expect(error == PatternError(code: "P001", message: "unexpected `)`; brackets do not balance", column: 6))
    }

    @Test func mismatchedBracketIsP001() throws {
        // Given an optional part closed with a parenthesis
        let error = try #require(patternError("[a)"))
        // Then P001 points at the wrong bracket
        #expect(error == PatternError(code: "P001", message: "unexpected `)`; brackets do not balance", column: 3))
    }

    @Test func unclosedSlotIsP001AtTheBrace() throws {
        // Given a slot whose brace is never closed
        let error = try #require(patternError("my name is {agent"))
        // Then P001 points at the opening brace
        #expect(error == PatternError(code: "P001", message: "`{` is never closed", column: 12))
    }

    @Test func barOutsideBracketsIsP002() throws {
        // Given alternatives written without brackets
        let error = try #require(patternError("hello|hi"))
        // Then P002 points at the bar
        #expect(error == PatternError(code: "P002", message: "`|` outside brackets; write alternatives as `(a|b)`", column: 6))
        #expect(error.description == error.message)
    }

    @Test func emptyAlternativesAreP003() throws {
        // Given empty parentheses
        let error = try #require(patternError("say () now"))
        // Then P003 points at the opening parenthesis
        #expect(error == PatternError(code: "P003", message: "empty alternatives `()`", column: 5))
    }

    @Test func emptyOptionalIsP003() throws {
        // Given empty square brackets
        let error = try #require(patternError("hello [ ] there"))
        // Then P003 points at the opening bracket
        #expect(error == PatternError(code: "P003", message: "empty optional part `[]`", column: 7))
    }

    @Test(arguments: ["", "   ", "?!", "[,]"])
    func patternsWithoutWordsAreP004(pattern: String) throws {
        // Given a pattern that has no words once normalised
        let error = try #require(patternError(pattern))
        // Then P004 is reported at column 1
        #expect(error == PatternError(code: "P004", message: "the pattern has no words", column: 1))
    }

    @Test(arguments: ["*", "{agent}", "* {company} *", "(*|{customer})"])
    func patternsOfOnlyWildcardsAndSlotsAreP005(pattern: String) throws {
        // Given a pattern with no plain word
        let error = try #require(patternError(pattern))
        // Then P005 is reported
        #expect(error == PatternError(code: "P005", message: "the pattern needs at least one plain word besides wildcards and slots", column: 1))
    }

    @Test func tooManyExpansionsIsP006() throws {
        // Given a pattern that would expand to 1024 phrases
        let pattern = (1...10).map { "(a\($0)|b\($0))" }.joined(separator: " ")
        let error = try #require(patternError(pattern))
        // Then P006 asks for it to be split
        #expect(error == PatternError(code: "P006", message: "the pattern expands to more than 512 phrases; split it into several phrases", column: 1))
    }

    @Test func unknownSlotIsP007AtTheBrace() throws {
        // Given a slot that calls do not fill
        let error = try #require(patternError("hello {manager}"))
        // Then P007 names it and lists the known slots
        #expect(error == PatternError(code: "P007", message: "unknown slot `{manager}`; use {agent}, {company} or {customer}", column: 7))
    }
}
