import Testing
@testable import CallSimCore

@Suite("Interview session")
struct InterviewSessionTests {
    private func session(_ mode: InterviewMode = .practice, questions: [InterviewQuestion]? = nil) -> InterviewSession {
        let bank = InterviewFixtures.bank
        return InterviewSession(bank: bank, questions: questions ?? bank.questions, mode: mode)
    }

    private func answered(_ events: [InterviewEvent]) -> [AnsweredQuestion] {
        events.compactMap { if case .answered(let answered) = $0 { answered } else { nil } }
    }

    @Test func startsWithTheIntroAndTheFirstQuestion() {
        // Given a practice interview
        var interview = session()
        // When it starts
        let events = interview.start()
        // Then the interviewer says hello and asks question 1 of 4
        #expect(events == [.intro("Welcome."), .question(number: 1, total: 4, question: InterviewFixtures.aboutYou)])
    }

    @Test func anAnswerSpansLinesAndEndsWithABlankLineOrDone() throws {
        // Given an interview at its first question
        var interview = session()
        _ = interview.start()
        // When two lines are typed, then an empty line
        let first = interview.handle(.parse("My name is Sam."))
        _ = interview.handle(.parse("I worked at a shop."))
        let end = interview.handle(.parse(""))
        // Then each line is recorded as a draft, and the answer holds both lines
        #expect(first == [.draft(position: 0, question: InterviewFixtures.aboutYou, text: "My name is Sam.")])
        let answer = try #require(answered(end).first)
        #expect(answer.answer == "My name is Sam.\nI worked at a shop.")
        #expect(answer.insights?.pointsCovered.map(\.id) == ["background", "experience"])
        #expect(end.last == .question(number: 2, total: 4, question: InterviewFixtures.aht))
        // And /done ends the next answer the same way
        _ = interview.handle(.parse("AHT is average handle time."))
        let done = interview.handle(.parse("/done"))
        #expect(answered(done).first?.status == .answered)
        #expect(interview.position == 2)
    }

    @Test func anEmptyAnswerIsRefusedAndTheQuestionStaysOpen() {
        // Given an interview at its first question
        var interview = session()
        _ = interview.start()
        // When the candidate presses Enter, or types /done, or a line of punctuation, before any words
        // Then each time the answer is refused and the question stays open
        #expect(interview.handle(.parse("")) == [.emptyAnswer])
        #expect(interview.handle(.parse("/done")) == [.emptyAnswer])
        _ = interview.handle(.parse("..."))
        #expect(interview.handle(.parse("")) == [.emptyAnswer])
        #expect(interview.position == 0)
        #expect(interview.answers.isEmpty)
    }

    @Test func skipRepeatAndUnknownCommands() {
        // Given an interview at its first question
        var interview = session()
        _ = interview.start()
        // When the question is repeated, a mistyped command is given, then the question skipped after one line
        let repeated = interview.handle(.parse("/repeat"))
        let unknown = interview.handle(.parse("/skp"))
        _ = interview.handle(.parse("Well, I am not sure"))
        let skipped = interview.handle(.parse("/skip"))
        // Then the question is asked again, the mistake is named, and the skipped question keeps its line
        #expect(repeated == [.question(number: 1, total: 4, question: InterviewFixtures.aboutYou)])
        #expect(unknown == [.unknownCommand("/skp")])
        #expect(answered(skipped).first?.status == .skipped)
        #expect(answered(skipped).first?.answer == "Well, I am not sure")
        #expect(answered(skipped).first?.insights == nil)
    }

    @Test func hintsAndModelsOnlyInPracticeMode() {
        // Given a practice and a mock interview
        var practice = session(.practice)
        var mock = session(.mock)
        _ = practice.start()
        _ = mock.start()
        // When both ask for a hint and a model answer
        // Then practice gives them and remembers they were used; mock refuses
        #expect(practice.handle(.parse("/hint")) == [.hint("Who, what, why.")])
        #expect(practice.handle(.parse("/model")) == [.model("I'm Sam.")])
        #expect(mock.handle(.parse("/hint")) == [.practiceOnly(.hint)])
        #expect(mock.handle(.parse("/MODEL")) == [.practiceOnly(.model)])
        _ = practice.handle(.parse("My name is Sam."))
        #expect(answered(practice.handle(.parse(""))).first?.aids == ["hint", "model"])
    }

    @Test func theLastAnswerEndsTheInterviewWithTheClosingAndTheReport() throws {
        // Given an interview of one question
        var interview = session(.mock, questions: [InterviewFixtures.rolePlay])
        _ = interview.start()
        // When it is answered
        _ = interview.handle(.parse("I'm so sorry about that."))
        let events = interview.handle(.blank)
        // Then the interviewer closes, and the report holds the answer
        #expect(events.count == 3)
        #expect(events[1] == .closing("Thank you."))
        guard case .finished(let report) = events[2] else { Issue.record("no report"); return }
        #expect(report.leftEarly == false)
        #expect(report.totals.answered == 1)
        #expect(report.totals.pointsCovered == 1)
        #expect(interview.isFinished)
        #expect(interview.handle(.parse("more")) == [])
    }

    @Test func endOfInputKeepsTheAnswerBeingTyped() throws {
        // Given an interview with a half-typed second answer
        var interview = session()
        _ = interview.start()
        _ = interview.handle(.parse("My name is Sam."))
        _ = interview.handle(.blank)
        _ = interview.handle(.parse("AHT is the average handle time"))
        // When input ends (Ctrl-D or the end of a script)
        let events = interview.endOfInput()
        // Then the typed lines become the answer, and the interview ends early without a closing
        #expect(answered(events).first?.answer == "AHT is the average handle time")
        guard case .finished(let report) = events.last else { Issue.record("no report"); return }
        #expect(report.leftEarly)
        #expect(report.answers.count == 2)
        #expect(!events.contains(.closing("Thank you.")))
    }

    @Test func quitKeepsWhatWasAnswered() {
        // Given one answered question
        var interview = session()
        _ = interview.start()
        _ = interview.handle(.parse("My name is Sam."))
        _ = interview.handle(.blank)
        // When the candidate quits with nothing typed
        let events = interview.handle(.parse("/quit"))
        // Then the report has the one answer and says the candidate left early
        guard case .finished(let report) = events.last else { Issue.record("no report"); return }
        #expect(report.answers.map(\.question.id) == ["about-you"])
        #expect(report.leftEarly)
    }

    @Test func anAnswerOverTheSizeLimitIsEndedAtTheLastLineThatFits() {
        // Given an interview and a line of half the limit
        var interview = session()
        _ = interview.start()
        let half = String(repeating: "a", count: InterviewSession.maximumAnswerBytes / 2)
        _ = interview.handle(.text(half))
        // When a second line would pass the limit
        let events = interview.handle(.text(half + "bbbb"))
        // Then the answer ends with the first line, and the next question is asked
        #expect(events.first == .answerLimitReached(bytes: InterviewSession.maximumAnswerBytes))
        #expect(answered(events).first?.answer == half)
        #expect(interview.position == 1)
    }

    @Test func linesStartingWithASlashAndMoreWordsAreAnswerText() {
        // Given lines typed at a question
        // Then a slash followed by words is text, a lone word after a slash is a command
        #expect(InterviewInput.parse("/ 50% of calls") == .text("/ 50% of calls"))
        #expect(InterviewInput.parse("  /Done ") == .command(.done))
        #expect(InterviewInput.parse("/") == .text("/"))
        #expect(InterviewInput.parse(" \t ") == .blank)
    }
}

@Suite("Question selection")
struct QuestionSelectionTests {
    private func bank(_ count: Int) -> QuestionBank {
        let kinds: [QuestionKind] = [.general, .general, .general, .knowledge, .knowledge, .knowledge, .behavioural, .behavioural, .rolePlay, .general]
        let questions = (0..<count).map { InterviewQuestion(id: "q\($0)", kind: kinds[$0 % kinds.count], ask: "Question \($0)?") }
        return QuestionBank(id: "b", title: "B", language: "en", questions: questions)
    }

    @Test func theSameSeedAsksTheSameQuestionsInBankOrder() {
        // Given a bank of ten questions
        let bank = bank(10)
        // When five are chosen twice with one seed and once with another
        let first = QuestionSelection.choose(5, from: bank, seed: 42).map(\.id)
        let again = QuestionSelection.choose(5, from: bank, seed: 42).map(\.id)
        let other = QuestionSelection.choose(5, from: bank, seed: 7).map(\.id)
        // Then the same seed gives the same questions, the first question opens, and order follows the bank
        #expect(first == again)
        #expect(first != other)
        #expect(first.first == "q0")
        #expect(first == first.sorted { Int($0.dropFirst())! < Int($1.dropFirst())! })
    }

    @Test func aShortInterviewStillMixesTheKinds() {
        // Given a bank of ten questions of four kinds
        let bank = bank(10)
        // When four are chosen, with any seed
        for seed in UInt64(1)...20 {
            let kinds = Set(QuestionSelection.choose(4, from: bank, seed: seed).map(\.kind))
            // Then every kind is asked
            #expect(kinds == Set(QuestionKind.allCases))
        }
    }

    @Test func askingForMoreThanTheBankHasAsksThemAll() {
        // Given a bank of three questions
        // When eight are asked for
        // Then all three are asked, in order
        #expect(QuestionSelection.choose(8, from: bank(3), seed: 1).map(\.id) == ["q0", "q1", "q2"])
    }
}
