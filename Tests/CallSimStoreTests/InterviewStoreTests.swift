import CallSimCore
import CallSimStore
import Foundation
import Testing

@Suite("Recording interviews")
struct InterviewStoreTests {
    private func interview(_ store: CallStore, trainee: String = "Sam") throws -> Int64 {
        try store.beginSession(NewSession(
            trainee: trainee, kind: CallStore.interviewKind, scenarioId: "interview-en", scenarioTitle: "Agent interview",
            language: "en", mode: "mock", seed: 3, passMark: 0, startedAt: Fixtures.start))
    }

    private static let insights = AnswerInsights(
        length: SpeakingTime(words: 12),
        pointsCovered: [FoundItem(id: "background", label: "who you are", evidence: "My name is")],
        pointsMissed: [MissingItem(id: "experience", label: "experience")],
        fillers: FillerCount(total: 1, per100Words: 8.3, uses: [FillerCount.Use(filler: "um", count: 1)]))

    @Test func anAnswerIsWrittenLineByLineThenFinished() throws {
        // Given an interview session
        let store = try CallStore.inMemory()
        let id = try interview(store)
        // When the first line is recorded as a draft, then a second, then the finished answer
        let draft = InterviewAnswerEntry(position: 0, questionId: "about-yourself", questionKind: .general, question: "Tell me about yourself.", answer: "My name is Sam.", status: .partial)
        try store.saveInterviewAnswer(session: id, draft)
        var longer = draft
        longer.answer = "My name is Sam.\nUm, I worked in a shop."
        try store.saveInterviewAnswer(session: id, longer)
        #expect(try store.interviewAnswers(session: id) == [longer])
        var finished = longer
        finished.status = .answered
        finished.insights = Self.insights
        finished.aids = ["hint"]
        try store.saveInterviewAnswer(session: id, finished)
        // Then one row holds the finished answer with its observations
        #expect(try store.interviewAnswers(session: id) == [finished])
    }

    @Test func finishingMarksWhetherTheCandidateLeftEarly() throws {
        // Given two interviews, one finished and one left early
        let store = try CallStore.inMemory()
        let done = try interview(store)
        let left = try interview(store)
        // When each is finished
        try store.finishInterview(done, endedAt: Fixtures.start.addingTimeInterval(300), leftEarly: false)
        try store.finishInterview(left, endedAt: Fixtures.start.addingTimeInterval(60), leftEarly: true)
        // Then history shows both as interviews, the second abandoned by the trainee
        let history = try store.history(trainee: "Sam")
        #expect(history.map(\.kind) == [CallStore.interviewKind, CallStore.interviewKind])
        let first = try #require(try store.session(done))
        let second = try #require(try store.session(left))
        #expect(first.outcome == nil)
        #expect(second.outcome == .abandoned)
        #expect(second.endReason == .traineeQuit)
        // And a finished interview takes no more answers
        let late = InterviewAnswerEntry(position: 0, questionId: "q", questionKind: .general, question: "Q?", answer: "A", status: .answered)
        #expect(Fixtures.storeError { () throws(StoreError) in try store.saveInterviewAnswer(session: done, late) } == .sessionAlreadyFinished(done))
        #expect(Fixtures.storeError { () throws(StoreError) in try store.saveInterviewAnswer(session: 99, late) } == .noSuchSession(99))
        #expect(Fixtures.storeError { () throws(StoreError) in try store.finishInterview(done, endedAt: Fixtures.start, leftEarly: false) } == .sessionAlreadyFinished(done))
    }

    @Test func talliesCountAnswersAndTalkingPoints() throws {
        // Given an interview with an answered, a skipped and a cut-off question
        let store = try CallStore.inMemory()
        let id = try interview(store)
        try store.saveInterviewAnswer(session: id, InterviewAnswerEntry(position: 0, questionId: "a", questionKind: .general, question: "A?", answer: "My name is Sam.", status: .answered, insights: Self.insights))
        try store.saveInterviewAnswer(session: id, InterviewAnswerEntry(position: 1, questionId: "b", questionKind: .knowledge, question: "B?", answer: "", status: .skipped))
        try store.saveInterviewAnswer(session: id, InterviewAnswerEntry(position: 2, questionId: "c", questionKind: .behavioural, question: "C?", answer: "At my last", status: .partial))
        // When the tallies are read
        let tallies = try store.interviewTallies(sessions: [id, 42])
        // Then they count each status and the points covered
        #expect(tallies == [id: InterviewTally(answered: 1, skipped: 1, partial: 1, pointsCovered: 1, pointsTotal: 2)])
    }

    @Test func deletingATraineeDeletesTheirAnswersAndReviews() throws {
        // Given an interview answer and a drill review of one trainee
        let store = try CallStore.inMemory()
        let id = try interview(store, trainee: "Kim")
        try store.saveInterviewAnswer(session: id, InterviewAnswerEntry(position: 0, questionId: "a", questionKind: .general, question: "A?", answer: "Hi", status: .answered))
        try store.appendDrillReview(trainee: "Kim", DrillReview(deck: "terms", language: "en", cardId: "ivr", at: Fixtures.start, grade: 4, answer: "menu"))
        // When the trainee is deleted
        try store.deleteTrainee("Kim")
        // Then nothing of theirs is left
        #expect(try store.interviewAnswers(session: id).isEmpty)
        #expect(try store.drillReviews(trainee: "Kim").isEmpty)
    }
}
