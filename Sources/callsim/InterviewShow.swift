import CallSimCore
import CallSimStore
import CallSimTerminal
import Foundation

/// A recorded interview as `callsim show` prints it: the questions, the answers as typed,
/// what each answer covered, and the totals.
enum InterviewShow {
    /// The text form.
    static func lines(_ stored: StoredSession, answers: [InterviewAnswerEntry], style: TerminalStyle) -> [String] {
        let clean = { (text: String) in TerminalText.sanitize(text) }
        var lines = [style.bold("Session \(stored.id) — \(clean(stored.scenarioTitle))")]
        var facts = ["interview", "trainee \(clean(stored.trainee))", "\(stored.mode) mode", stored.language]
        if let seed = stored.seed { facts.append("seed \(seed)") }
        facts.append(Timestamps.short(stored.startedAt))
        lines.append(style.dim(facts.joined(separator: " · ")))
        if stored.isIncomplete {
            lines.append(style.yellow("This interview was cut off before it ended: \(answers.count) question\(answers.count == 1 ? " was" : "s were") recorded."))
        } else if stored.outcome == .abandoned {
            lines.append(style.yellow("The candidate left before the last question."))
        }
        for (index, answer) in answers.enumerated() {
            lines.append("")
            lines.append(style.bold("\(index + 1). \(clean(answer.question))") + style.dim(" (\(answer.questionKind.rawValue))"))
            if !answer.answer.isEmpty {
                for line in answer.answer.split(separator: "\n", omittingEmptySubsequences: false) {
                    lines.append("  \(style.cyan(">")) \(clean(String(line)))")
                }
            }
            lines += InterviewInsightsPresenter.lines(
                answer.insights, status: answer.status, kind: answer.questionKind, aids: answer.aids, style: style)
        }
        lines.append("")
        let items = answers.map {
            InterviewReportPresenter.Item(kind: $0.questionKind, question: $0.question, status: $0.status, insights: $0.insights, aids: $0.aids)
        }
        lines += InterviewReportPresenter.summary(items: items, planned: answers.count, leftEarly: stored.outcome == .abandoned, style: style)
        return lines
    }

    /// The JSON form: the session and every answer with its observations.
    struct Document: Encodable {
        var session: Int64
        var kind = "interview"
        var trainee: String
        var bank: String?
        var title: String
        var language: String
        var mode: String
        var seed: UInt64?
        var startedAt: String
        var endedAt: String?
        var leftEarly: Bool
        var answers: [Answer]

        struct Answer: Encodable {
            var position: Int
            var question: String
            var questionId: String
            var kind: String
            var status: String
            var answer: String
            var aids: [String]
            var insights: AnswerInsights?
        }

        init(_ stored: StoredSession, answers: [InterviewAnswerEntry]) {
            session = stored.id
            trainee = stored.trainee
            bank = stored.scenarioId
            title = stored.scenarioTitle
            language = stored.language
            mode = stored.mode
            seed = stored.seed
            startedAt = Timestamps.iso(stored.startedAt)
            endedAt = stored.endedAt.map(Timestamps.iso)
            leftEarly = stored.outcome == .abandoned
            self.answers = answers.map {
                Answer(
                    position: $0.position, question: $0.question, questionId: $0.questionId, kind: $0.questionKind.rawValue,
                    status: $0.status.rawValue, answer: $0.answer, aids: $0.aids, insights: $0.insights)
            }
        }
    }
}

extension InterviewShow {
    /// `callsim show SESSION` for an interview session.
    static func run(_ stored: StoredSession, store: CallStore, transcript: Bool, format: OutputFormat) throws {
        guard !transcript else {
            throw CLIError("session \(stored.id) is an interview, not a call, so it has no call transcript; `callsim show \(stored.id)` prints its answers")
        }
        let answers: [InterviewAnswerEntry]
        do {
            answers = try store.interviewAnswers(session: stored.id)
        } catch {
            throw CLIError(error.description)
        }
        switch format {
        case .json:
            Output.out(try JSONOutput.encode(Document(stored, answers: answers)))
        case .text:
            Output.out(lines(stored, answers: answers, style: TerminalStyle.detect()))
        }
    }
}
