import CallSimCore
import Yams

/// Reads a composed `kind: interview` document into a `QuestionBank`, reporting every problem.
///
/// Like the scenario reader, it puts placeholders where values are wrong and reads on, so one
/// run reports every problem; the loader drops the bank when any error was reported.
final class QuestionBankReader {
    let context: ReadContext
    let fields: InterviewFields
    /// The bank's id, when one could be read.
    private(set) var id: String?
    /// Where the id is written.
    private(set) var idLocation: SourceLocation?
    /// Term ids as declared.
    var termIDs: [String] = []
    /// Every `terms:` item of every rubric, checked once the terms are known.
    var termReferences: [(id: String, node: Node)] = []
    /// Behavioural questions, with the node of their `kind`, checked against the STAR cues.
    var behaviouralKinds: [(id: String, node: Node)] = []

    init(context: ReadContext, text: String) {
        self.context = context
        fields = InterviewFields(context: context, text: text)
    }

    func read(_ root: Node) -> QuestionBank? {
        guard var top = MappingReader(root, owner: "the question bank", label: "the question bank", context: context, depth: 0) else {
            return nil
        }
        if let kindNode = top.required("kind") {
            _ = context.oneOf(kindNode, "`kind`", [ContentKind.interview], depth: 1)
        }
        if let idNode = top.required("id") {
            idLocation = context.location(idNode)
            id = context.identifier(idNode, "question bank id", depth: 1)
        }
        let title = top.requiredText("title") ?? ""
        let language = top.required("language").flatMap {
            context.oneOf($0, "`language`", ScenarioVocabulary.languages, depth: 1)
        } ?? "en"
        let interviewer = top.text("interviewer") ?? "Interviewer"
        let intro = top.text("intro") ?? ""
        let closing = top.text("closing") ?? ""
        let terms = top.value("terms").map { readTerms($0, depth: 1) } ?? []
        let starNode = top.value("star")
        let star = starNode.map { readStar($0, depth: 1) } ?? StarCues()
        let questions = top.required("questions").map { readQuestions($0, depth: 1) } ?? []
        top.finish()
        checkTermReferences()
        checkStar(star, node: starNode ?? root)
        return QuestionBank(
            id: id ?? "", title: title, language: language, interviewer: interviewer, intro: intro,
            closing: closing, terms: terms, star: star, questions: questions)
    }

    // MARK: - Terms and STAR cues

    private func readTerms(_ node: Node, depth: Int) -> [JobTerm] {
        guard var map = MappingReader(
            node, owner: "`terms`", label: "`terms`", context: context, depth: depth,
            duplicateCode: "Q007", duplicateNoun: "term id")
        else { return [] }
        var terms: [JobTerm] = []
        for entry in map.allEntries() {
            if !ReadContext.isIdentifier(entry.key) {
                context.reportIdentifier(entry.key, "term id", at: entry.keyNode)
            }
            termIDs.append(entry.key)
            let owner = "term `\(Node.shortened(entry.key))`"
            guard var term = MappingReader(entry.value, owner: owner, label: owner, context: context, depth: depth + 1) else { continue }
            let label = term.requiredText("label") ?? entry.key
            let phrases = term.required("phrases").map { fields.phrases($0, "`phrases` of \(owner)", depth: depth + 2) } ?? []
            term.finish()
            terms.append(JobTerm(id: entry.key, label: label, phrases: phrases, location: context.location(entry.keyNode)))
        }
        return terms
    }

    private func readStar(_ node: Node, depth: Int) -> StarCues {
        guard var map = MappingReader(node, owner: "`star`", label: "`star`", context: context, depth: depth) else {
            return StarCues()
        }
        var cues = StarCues()
        for part in StarPart.allCases {
            if let list = map.value(part.rawValue) {
                cues.phrases[part] = fields.phrases(list, "`\(part.rawValue)` in `star`", depth: depth + 1)
            }
        }
        map.finish()
        return cues
    }

    // MARK: - Checks

    private func checkTermReferences() {
        let declared = Set(termIDs)
        for reference in termReferences where !declared.contains(reference.id) {
            let advice: String
            if let suggestion = Suggestion.closest(to: reference.id, in: termIDs) {
                advice = "; did you mean `\(suggestion)`?"
            } else if termIDs.isEmpty {
                advice = "; the bank declares no terms (add them under `terms`)"
            } else {
                advice = "; declare it under `terms`, or use one of: " + termIDs.prefix(12).joined(separator: ", ")
            }
            context.error("Q008", "the rubric refers to the job term `\(Node.shortened(reference.id))`, which the bank does not declare" + advice, at: reference.node)
        }
    }

    private func checkStar(_ star: StarCues, node: Node) {
        guard !behaviouralKinds.isEmpty, !star.isComplete else { return }
        let missing = StarPart.allCases.filter { (star.phrases[$0] ?? []).isEmpty }.map { "`\($0.rawValue)`" }
        for question in behaviouralKinds {
            context.error(
                "Q009",
                "question `\(Node.shortened(question.id))` is behavioural, but the bank's `star` cues have no phrases for \(missing.joined(separator: ", ")); add them under `star`",
                at: question.node)
        }
    }
}
