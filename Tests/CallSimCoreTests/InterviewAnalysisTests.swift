import Testing
@testable import CallSimCore

@Suite("Interview answer analysis")
struct InterviewAnalysisTests {
    let analyzer = AnswerAnalyzer(bank: InterviewFixtures.bank)

    @Test func talkingPointsAreCoveredWithTheCandidatesOwnWords() {
        // Given the opening question and an answer that gives a name but no experience
        // When it is analysed
        let insights = analyzer.analyze("Hello! My name is Sam, and I love people.", question: InterviewFixtures.aboutYou)
        // Then the covered point quotes the answer and the other is missed
        #expect(insights.pointsCovered == [FoundItem(id: "background", label: "who you are", evidence: "My name is")])
        #expect(insights.pointsMissed == [MissingItem(id: "experience", label: "experience")])
        // And the term the rubric invites, unused, is listed
        #expect(insights.termsMissed == [MissingItem(id: "empathy", label: "empathy")])
    }

    @Test func factsRightMissingAndWrongForAKnowledgeQuestion() {
        // Given an answer about AHT that names it, counts only talk time and forgets hold
        let answer = "AHT is average handle time, which is only the talk time of a call."
        // When it is analysed
        let insights = analyzer.analyze(answer, question: InterviewFixtures.aht)
        // Then the facts stated, missing and stated wrongly are listed with evidence
        #expect(insights.factsRight.map(\.id) == ["name", "talk"])
        #expect(insights.factsRight.first?.evidence == "average handle time")
        #expect(insights.factsMissing == [MissingItem(id: "hold", label: "includes hold time")])
        #expect(insights.factsWrong == [FoundItem(id: "talk", label: "includes talk time", evidence: "only the talk time")])
        #expect(insights.pointsMissed.map(\.id) == ["why"])
        #expect(insights.star == nil)
    }

    @Test func jobTermsAreCountedOnceEachAndTheLongestPhraseWins() {
        // Given an answer that says "AHT" and "average handle time" and "wrap-up time"
        let answer = "AHT, or average handle time, includes wrap-up time."
        // When it is analysed
        let insights = analyzer.analyze(answer, question: InterviewFixtures.aht)
        // Then AHT counts twice, wrap time once, and "handle time" inside the longer phrase not at all
        #expect(insights.termsUsed == [
            TermUse(id: "aht", label: "AHT", count: 2, evidence: "AHT"),
            TermUse(id: "wrap-time", label: "wrap time", count: 1, evidence: "wrap-up time"),
        ])
        #expect(insights.termsMissed.isEmpty)
    }

    @Test func oneTypoIsToleratedInLongerWords() {
        // Given "avarage handel time", two typos in two words
        // When it is analysed
        let insights = analyzer.analyze("It is the avarage handel time.", question: InterviewFixtures.aht)
        // Then the fact is still found
        #expect(insights.factsRight.map(\.id) == ["name"])
    }

    @Test func lengthAndSpeakingTimeAt150WordsAMinute() {
        // Given answers of 74, 75, 300 and 301 words
        // When each is analysed
        let lengths = [74, 75, 300, 301].map { analyzer.analyze(InterviewFixtures.words($0), question: InterviewFixtures.aboutYou).length }
        // Then the estimate is words × 0.4 s, flagged under 30 s and over 2 min
        #expect(lengths.map(\.seconds) == [30, 30, 120, 120])
        #expect(lengths.map(\.flag) == [.short, nil, nil, .long])
        #expect(SpeakingTime(words: 70).flag == .short)
        #expect(SpeakingTime(words: 75).flag == nil)
        #expect(SpeakingTime(words: 300).flag == nil)
        #expect(SpeakingTime(words: 303).flag == .long)
        #expect(SpeakingTime(words: 303).formatted == "2 min 1 s")
        #expect(SpeakingTime(words: 10_000).formatted == "66 min 40 s")
    }

    @Test func wordsAreCountedAsAPersonWould() {
        // Given contractions, punctuation alone, a Persian word joined by a ZWNJ and Arabic text
        // Then each run of text with a letter or digit is one word
        #expect(WordCounter.count("I'm here — really, 100%!") == 4)
        #expect(WordCounter.count("من درک می\u{200C}کنم") == 3)
        #expect(WordCounter.count("  \n ") == 0)
        #expect(WordCounter.count("أنا أفهم ذلك") == 3)
    }

    @Test func mostUsedWordsLeaveOutStopWordsAndFillers() {
        // Given an answer that leans on "customers" and "calls"
        let answer = "Customers call. I like customers, um, and customers like calls. Calls, calls!"
        // When it is analysed
        let insights = analyzer.analyze(answer, question: InterviewFixtures.aboutYou)
        // Then the words used twice or more come first by count, stop words and fillers left out
        #expect(insights.topWords == [WordUse(word: "customers", count: 3), WordUse(word: "calls", count: 3)])
    }

    @Test func aTenThousandWordAnswerIsAnalysed() {
        // Given an answer of 10,000 words
        let answer = Array(repeating: "I worked as an agent and my name is Sam", count: 1_000).joined(separator: " ")
        // When it is analysed
        let insights = analyzer.analyze(answer, question: InterviewFixtures.aboutYou)
        // Then it is measured and flagged, and the points are found
        #expect(insights.length.words == 10_000)
        #expect(insights.length.flag == .long)
        #expect(insights.pointsCovered.map(\.id) == ["background", "experience"])
    }
}
