import Testing
@testable import CallSimCore

@Suite("STAR detection")
struct InterviewStarTests {
    let analyzer = AnswerAnalyzer(bank: InterviewFixtures.bank)

    @Test func aFullStarAnswerHasEveryPart() throws {
        // Given a behavioural answer with a situation, a task, actions and a result
        let answer = """
            At my last job a customer called about a double charge.
            I had to fix it before he cancelled.
            So I checked the account and I offered a refund.
            In the end the customer thanked me.
            """
        // When it is analysed
        let star = try #require(analyzer.analyze(answer, question: InterviewFixtures.story).star)
        // Then every part is present with the words that signal it, in STAR order
        #expect(star.present == [
            StarEvidence(part: .situation, evidence: "At my last job"),
            StarEvidence(part: .task, evidence: "I had to"),
            StarEvidence(part: .action, evidence: "So I"),
            StarEvidence(part: .result, evidence: "In the end"),
        ])
        #expect(star.missing.isEmpty)
    }

    @Test func missingPartsAreListed() throws {
        // Given a story with actions but no situation, task or result
        // When it is analysed
        let star = try #require(analyzer.analyze("I explained the bill twice.", question: InterviewFixtures.story).star)
        // Then the missing parts are listed in order
        #expect(star.present.map(\.part) == [.action])
        #expect(star.missing == [.situation, .task, .result])
    }

    @Test func onlyBehaviouralQuestionsAreReadForStar() {
        // Given a STAR-shaped answer to a general question
        // When it is analysed
        let insights = analyzer.analyze("At my last job I had to help. So I did. In the end it worked.", question: InterviewFixtures.aboutYou)
        // Then no STAR insight is given
        #expect(insights.star == nil)
    }
}
