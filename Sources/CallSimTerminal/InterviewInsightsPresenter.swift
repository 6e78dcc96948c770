import CallSimCore

/// What was observed in one answer, as lines: talking points, job terms, fillers, length and
/// speaking time, STAR parts, facts and most-used words. Observations only, never a verdict.
public enum InterviewInsightsPresenter {
    /// The lines for one answered or skipped question.
    public static func lines(
        _ insights: AnswerInsights?, status: AnswerStatus, kind: QuestionKind, aids: [String] = [], style: TerminalStyle
    ) -> [String] {
        let clean = { (text: String) in TerminalText.sanitize(text) }
        guard let insights else {
            return status == .partial ? [style.yellow("  Cut off while being typed: no observations.")] : [style.dim("  Skipped.")]
        }
        var lines: [String] = []
        let length = insights.length
        var lengthLine = "  Length: \(length.words) word\(length.words == 1 ? "" : "s"), about \(length.formatted) to say at \(SpeakingTime.wordsPerMinute) words a minute"
        switch length.flag {
        case .short?: lengthLine += style.yellow(" — under 30 s")
        case .long?: lengthLine += style.yellow(" — over 2 min")
        case nil: break
        }
        lines.append(lengthLine)

        let points = insights.pointsCovered.count + insights.pointsMissed.count
        if points > 0 {
            lines.append("  Talking points: \(insights.pointsCovered.count) of \(points) covered")
            for item in insights.pointsCovered {
                lines.append("    \(style.green("+")) \(clean(item.label)): “\(clean(item.evidence))”")
            }
            for item in insights.pointsMissed {
                lines.append("    \(style.red("-")) \(clean(item.label))")
            }
        }
        let facts = insights.factsRight.count + insights.factsMissing.count
        if kind == .knowledge || facts > 0 {
            lines.append("  Facts: \(insights.factsRight.count) of \(facts) stated")
            for item in insights.factsRight {
                lines.append("    \(style.green("+")) \(clean(item.label)): “\(clean(item.evidence))”")
            }
            for item in insights.factsMissing {
                lines.append("    \(style.red("-")) \(clean(item.label))")
            }
            for item in insights.factsWrong {
                lines.append("    \(style.red("!")) stated wrongly? \(clean(item.label)): “\(clean(item.evidence))”")
            }
        }
        if let star = insights.star {
            let parts = StarPart.allCases.map { part -> String in
                if let found = star.present.first(where: { $0.part == part }) {
                    return "\(part.rawValue) “\(clean(found.evidence))”"
                }
                return style.red("no \(part.rawValue)")
            }
            lines.append("  STAR: \(star.present.count) of 4 parts — " + parts.joined(separator: ", "))
        }
        if insights.termsUsed.isEmpty {
            lines.append("  Job terms used: none")
        } else {
            lines.append("  Job terms used: " + insights.termsUsed.map { "\(clean($0.label))\($0.count > 1 ? " ×\($0.count)" : "")" }.joined(separator: ", "))
        }
        if !insights.termsMissed.isEmpty {
            lines.append("  Terms this question invites: " + insights.termsMissed.map { clean($0.label) }.joined(separator: ", "))
        }
        var fillerLine = "  Fillers: \(insights.fillers.total) (\(formatRate(insights.fillers.per100Words)) per 100 words)"
        if !insights.fillers.uses.isEmpty {
            fillerLine += ": " + insights.fillers.uses.map { "\(clean($0.filler)) ×\($0.count)" }.joined(separator: ", ")
        }
        lines.append(fillerLine)
        if !insights.topWords.isEmpty {
            lines.append("  Most-used words: " + insights.topWords.map { "\(clean($0.word)) ×\($0.count)" }.joined(separator: ", "))
        }
        if !aids.isEmpty {
            lines.append(style.dim("  Practice aids used: " + aids.map { "/" + $0 }.joined(separator: ", ")))
        }
        return lines
    }

    /// `2.5`, `0`, `10`.
    public static func formatRate(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
    }
}
