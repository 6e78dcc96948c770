/// Judges answers against a question bank's rubrics: compiles every pattern of the bank once,
/// then reads each answer for talking points, job terms, facts, STAR parts, fillers, length
/// and most-used words.
public struct AnswerAnalyzer: Sendable {
    /// The bank.
    public let bank: QuestionBank
    private let terms: PhraseMatcher
    private let star: PhraseMatcher
    private let rubrics: [String: PhraseMatcher]
    private let fillers: FillerLexicon
    private let stopWords: Set<String>

    /// Category ids inside a question's matcher.
    private enum Prefix {
        static let point = "point:"
        static let fact = "fact:"
        static let wrong = "wrong:"
    }

    /// Compiles the bank's patterns.
    public init(bank: QuestionBank) {
        self.bank = bank
        terms = PhraseMatcher(phrasebook: Phrasebook(
            language: bank.language,
            categories: bank.terms.map { PhraseCategory(id: $0.id, kind: .signal, phrases: $0.phrases) }))
        star = PhraseMatcher(phrasebook: Phrasebook(
            language: bank.language,
            categories: StarPart.allCases.map { PhraseCategory(id: $0.rawValue, kind: .signal, phrases: bank.star.phrases[$0] ?? []) }))
        var rubrics: [String: PhraseMatcher] = [:]
        for question in bank.questions {
            var categories: [PhraseCategory] = []
            for point in question.rubric.points {
                categories.append(PhraseCategory(id: Prefix.point + point.id, kind: .signal, phrases: point.phrases))
            }
            for fact in question.rubric.facts {
                categories.append(PhraseCategory(id: Prefix.fact + fact.id, kind: .signal, phrases: fact.phrases))
                categories.append(PhraseCategory(id: Prefix.wrong + fact.id, kind: .signal, phrases: fact.wrong))
            }
            rubrics[question.id] = PhraseMatcher(phrasebook: Phrasebook(language: bank.language, categories: categories))
        }
        self.rubrics = rubrics
        fillers = FillerLexicon.forLanguage(bank.language)
        stopWords = StopWords.forLanguage(bank.language).union(fillers.entries.flatMap(\.words))
    }

    /// Everything observed in `answer` to `question`.
    public func analyze(_ answer: String, question: InterviewQuestion) -> AnswerInsights {
        let text = Normalizer.normalize(answer)
        let length = SpeakingTime(words: WordCounter.count(answer))
        var insights = AnswerInsights(length: length)

        let rubric = rubrics[question.id].map { MatchedLine(text: text, matches: $0.matches(in: text)) }
        func firstQuote(_ category: String) -> String? {
            guard let rubric, let match = rubric.matches.first(where: { $0.category == category }) else { return nil }
            return rubric.quote(match)
        }
        for point in question.rubric.points {
            if let quote = firstQuote(Prefix.point + point.id) {
                insights.pointsCovered.append(FoundItem(id: point.id, label: point.label, evidence: quote))
            } else {
                insights.pointsMissed.append(MissingItem(id: point.id, label: point.label))
            }
        }
        for fact in question.rubric.facts {
            if let quote = firstQuote(Prefix.fact + fact.id) {
                insights.factsRight.append(FoundItem(id: fact.id, label: fact.label, evidence: quote))
            } else {
                insights.factsMissing.append(MissingItem(id: fact.id, label: fact.label))
            }
            if let quote = firstQuote(Prefix.wrong + fact.id) {
                insights.factsWrong.append(FoundItem(id: fact.id, label: fact.label, evidence: quote))
            }
        }

        let termLine = MatchedLine(text: text, matches: Self.nonOverlapping(terms.matches(in: text)))
        for term in bank.terms {
            let uses = termLine.matches.filter { $0.category == term.id }
            if let first = uses.first {
                insights.termsUsed.append(TermUse(id: term.id, label: term.label, count: uses.count, evidence: termLine.quote(first)))
            }
        }
        let used = Set(insights.termsUsed.map(\.id))
        for id in question.rubric.terms where !used.contains(id) {
            insights.termsMissed.append(MissingItem(id: id, label: bank.term(id)?.label ?? id))
        }

        if question.kind == .behavioural {
            let cues = MatchedLine(text: text, matches: star.matches(in: text))
            var present: [StarEvidence] = []
            var missing: [StarPart] = []
            for part in StarPart.allCases {
                if let match = cues.matches.first(where: { $0.category == part.rawValue }) {
                    present.append(StarEvidence(part: part, evidence: cues.quote(match)))
                } else {
                    missing.append(part)
                }
            }
            insights.star = StarInsight(present: present, missing: missing)
        }

        insights.fillers = FillerCounter.count(in: text, words: length.words, lexicon: fillers)
        insights.topWords = TopWords.find(in: text, stopWords: stopWords)
        return insights
    }

    /// Matches that do not overlap an earlier, longer one: "average handle time" counts once,
    /// not also as "handle time".
    static func nonOverlapping(_ matches: [PhraseMatch]) -> [PhraseMatch] {
        var kept: [PhraseMatch] = []
        var coveredUpTo = 0
        for match in matches where match.tokens.lowerBound >= coveredUpTo {
            kept.append(match)
            coveredUpTo = match.tokens.upperBound
        }
        return kept
    }
}
