import CallSimContent
import CallSimCore
import Foundation
import Testing

/// The bundled banks' own model answers, read by their own rubrics: a check on the content's
/// phrases in every language (a pattern that misses its own model answer misses candidates too).
@Suite("Interview model answers")
struct InterviewModelAnswerTests {
    static let banks: [QuestionBank] = {
        let library = ContentLibrary(extraRoots: [], environment: ["CALLSIM_HOME": repositoryRoot.path], executablePath: "")
        return library.loadQuestionBanks().banks.sorted { $0.language < $1.language }
    }()

    @Test(arguments: ["en", "ar", "fa"])
    func modelAnswersCoverTheirRubrics(language: String) throws {
        // Given a bundled bank
        let bank = try #require(Self.banks.first { $0.language == language })
        let analyzer = AnswerAnalyzer(bank: bank)
        var gaps: [String] = []
        for question in bank.questions {
            // When its model answer is analysed
            let insights = analyzer.analyze(question.model, question: question)
            // Then it states every fact and none wrongly, covers every talking point, and uses a term
            gaps += insights.factsMissing.map { "\(question.id): fact \($0.id)" }
            gaps += insights.factsWrong.map { "\(question.id): wrong \($0.id)" }
            gaps += insights.pointsMissed.map { "\(question.id): point \($0.id)" }
            if !question.rubric.terms.isEmpty, insights.termsUsed.isEmpty { gaps.append("\(question.id): no term") }
            if question.kind == .behavioural, let star = insights.star, !star.missing.isEmpty {
                gaps.append("\(question.id): STAR \(star.missing.map(\.rawValue).joined(separator: ","))")
            }
        }
        #expect(gaps == [])
    }
}
