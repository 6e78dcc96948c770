import CallSimCore
import CallSimStore
import Foundation

/// Writes an interview to the database as it happens: the session when it starts, each
/// answer line by line as it is typed, the finished answer, and the end.
final class InterviewRecorder {
    let store: CallStore
    let sessionID: Int64

    init(store: CallStore, bank: QuestionBank, trainee: String, mode: InterviewMode, seed: UInt64) throws {
        self.store = store
        do {
            sessionID = try store.beginSession(NewSession(
                trainee: trainee, kind: CallStore.interviewKind, scenarioId: bank.id, scenarioTitle: bank.title,
                scenarioHash: bank.fileHash, language: bank.language, mode: mode.rawValue, seed: seed, passMark: 0,
                startedAt: Date()))
        } catch {
            throw CLIError(error.description)
        }
    }

    /// Records the answer being typed (status `partial`), so a crash keeps every line.
    func draft(position: Int, question: InterviewQuestion, text: String) throws {
        try save(InterviewAnswerEntry(
            position: position, questionId: question.id, questionKind: question.kind, question: question.ask,
            answer: text, status: .partial))
    }

    /// Records a finished or skipped question.
    func answered(_ answered: AnsweredQuestion) throws {
        try save(InterviewAnswerEntry(answered))
    }

    /// Records the end of the interview.
    func finish(leftEarly: Bool) throws {
        do {
            try store.finishInterview(sessionID, endedAt: Date(), leftEarly: leftEarly)
        } catch {
            throw CLIError("could not record the end of the interview: \(error.description)")
        }
    }

    private func save(_ entry: InterviewAnswerEntry) throws {
        do {
            try store.saveInterviewAnswer(session: sessionID, entry)
        } catch {
            throw CLIError("could not record the answer: \(error.description)")
        }
    }
}
