import CallSimCore

/// The report at the end of an interview: every question with what its answer covered (in
/// mock mode), then the totals.
public enum InterviewReportPresenter {
    /// One question of a report: its number, the question, and the observations.
    public struct Item: Sendable {
        /// The question's kind.
        public var kind: QuestionKind
        /// The question as asked.
        public var question: String
        /// Answered, skipped or partial.
        public var status: AnswerStatus
        /// The observations, when answered.
        public var insights: AnswerInsights?
        /// Practice aids used.
        public var aids: [String]

        /// Creates an item.
        public init(kind: QuestionKind, question: String, status: AnswerStatus, insights: AnswerInsights?, aids: [String]) {
            self.kind = kind
            self.question = question
            self.status = status
            self.insights = insights
            self.aids = aids
        }
    }

    /// The items of a session's report.
    public static func items(_ report: InterviewReport) -> [Item] {
        report.answers.map { Item(kind: $0.question.kind, question: $0.question.ask, status: $0.status, insights: $0.insights, aids: $0.aids) }
    }

    /// The whole report: with `perQuestion`, every question's observations first.
    public static func lines(title: String, items: [Item], planned: Int, leftEarly: Bool, perQuestion: Bool, style: TerminalStyle) -> [String] {
        var lines = ["", style.bold("Interview report — \(TerminalText.sanitize(title))")]
        if perQuestion {
            for (index, item) in items.enumerated() {
                lines.append("")
                lines.append(style.bold("\(index + 1). \(TerminalText.sanitize(item.question))") + style.dim(" (\(item.kind.rawValue))"))
                lines += InterviewInsightsPresenter.lines(item.insights, status: item.status, kind: item.kind, aids: item.aids, style: style)
            }
            lines.append("")
        }
        lines += summary(items: items, planned: planned, leftEarly: leftEarly, style: style)
        return lines
    }

    /// The totals over every answer.
    public static func summary(items: [Item], planned: Int, leftEarly: Bool, style: TerminalStyle) -> [String] {
        let totals = InterviewTotals(items.map { ($0.status, $0.insights) })
        var lines = [style.bold("Summary")]
        var asked = "  Questions: \(totals.answered) answered, \(totals.skipped) skipped, of \(planned)"
        if leftEarly { asked += style.yellow(" — you left before the end") }
        lines.append(asked)
        lines.append("  Words: \(totals.words), about \(totals.speakingTime.formatted) of speaking")
        if totals.shortAnswers + totals.longAnswers > 0 {
            lines.append("  Length flags: \(totals.shortAnswers) under 30 s, \(totals.longAnswers) over 2 min")
        }
        if totals.points > 0 { lines.append("  Talking points covered: \(totals.pointsCovered) of \(totals.points)") }
        if totals.facts > 0 { lines.append("  Facts stated: \(totals.factsRight) of \(totals.facts)") }
        if totals.behaviouralAnswers > 0 {
            lines.append("  STAR parts in behavioural answers: \(totals.starParts) of \(totals.behaviouralAnswers * StarPart.allCases.count)")
        }
        let terms = totals.termsUsed.map { TerminalText.sanitize($0) }
        lines.append("  Job terms used: " + (terms.isEmpty ? "none" : terms.joined(separator: ", ")))
        lines.append("  Fillers: \(totals.fillers) (\(InterviewInsightsPresenter.formatRate(totals.fillersPer100Words)) per 100 words)")
        return lines
    }
}
