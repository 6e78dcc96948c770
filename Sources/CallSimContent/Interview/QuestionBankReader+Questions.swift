import CallSimCore
import Yams

/// The questions of a bank and their rubrics.
extension QuestionBankReader {
    func readQuestions(_ node: Node, depth: Int) -> [InterviewQuestion] {
        guard let items = context.items(node, "`questions`", depth: depth) else { return [] }
        if items.isEmpty {
            context.error(.missingKey, "`questions` needs at least one question", at: node)
        }
        var declarations: [(id: String, node: Node)] = []
        var questions: [InterviewQuestion] = []
        for item in items {
            guard var map = MappingReader(item, owner: "a question", label: "a question", context: context, depth: depth + 1) else {
                continue
            }
            var id = ""
            if let idNode = map.required("id") {
                id = context.identifier(idNode, "question id", depth: depth + 2) ?? ""
                declarations.append((id, idNode))
            }
            let owner = id.isEmpty ? "a question" : "question `\(id)`"
            var kind = QuestionKind.general
            if let kindNode = map.required("kind"), let read = context.choice(kindNode, "`kind`", QuestionKind.self, depth: depth + 2) {
                kind = read
                if kind == .behavioural { behaviouralKinds.append((id, kindNode)) }
            }
            let ask = map.requiredText("ask") ?? ""
            let hint = map.requiredText("hint") ?? ""
            let model = map.requiredText("model") ?? ""
            var rubric = Rubric()
            if let rubricNode = map.required("rubric") {
                rubric = readRubric(rubricNode, owner: owner, kind: kind, depth: depth + 2)
            }
            map.finish()
            questions.append(InterviewQuestion(
                id: id, kind: kind, ask: ask, hint: hint, model: model, rubric: rubric, location: context.location(item)))
        }
        fields.reportRepeats(declarations, noun: "question id")
        return questions
    }

    private func readRubric(_ node: Node, owner: String, kind: QuestionKind, depth: Int) -> Rubric {
        guard var map = MappingReader(node, owner: "the rubric of \(owner)", label: "`rubric`", context: context, depth: depth) else {
            return Rubric()
        }
        var rubric = Rubric()
        let pointsNode = map.value("points")
        if let points = pointsNode {
            rubric.points = readItems(points, noun: "talking point", label: "`points`", wrongAllowed: false, depth: depth + 1)
        }
        if let terms = map.value("terms") {
            for item in context.textItems(terms, "`terms`", depth: depth + 1) {
                rubric.terms.append(item.text)
                termReferences.append((item.text, item.node))
            }
        }
        var factsNode: Node?
        if let facts = map.value("facts") {
            factsNode = facts
            rubric.facts = readItems(facts, noun: "fact", label: "`facts`", wrongAllowed: true, depth: depth + 1)
        }
        map.finish()
        if kind == .knowledge, Self.isEmptyList(factsNode) {
            context.error("Q010", "\(owner) is a knowledge question, so its rubric needs `facts`: what a correct answer states", at: node)
        } else if Self.isEmptyList(pointsNode), Self.isEmptyList(factsNode) {
            context.error("Q011", "the rubric of \(owner) has no talking points and no facts, so nothing can be observed; add `points`", at: node)
        }
        return rubric
    }

    /// True when a list is absent or has no items.
    static func isEmptyList(_ node: Node?) -> Bool {
        guard let node else { return true }
        if case .sequence(let sequence) = node { return sequence.isEmpty }
        return false
    }

    private func readItems(_ node: Node, noun: String, label: String, wrongAllowed: Bool, depth: Int) -> [RubricItem] {
        guard let items = context.items(node, label, depth: depth) else { return [] }
        var declarations: [(id: String, node: Node)] = []
        var result: [RubricItem] = []
        for item in items {
            guard var map = MappingReader(item, owner: "a \(noun)", label: "a \(noun)", context: context, depth: depth + 1) else { continue }
            var id = ""
            if let idNode = map.required("id") {
                id = context.identifier(idNode, "\(noun) id", depth: depth + 2) ?? ""
                declarations.append((id, idNode))
            }
            let owner = id.isEmpty ? "a \(noun)" : "\(noun) `\(id)`"
            let label = map.requiredText("label") ?? id
            let phrases = map.required("phrases").map { fields.phrases($0, "`phrases` of \(owner)", depth: depth + 2) } ?? []
            var wrong: [PhraseEntry] = []
            if wrongAllowed, let wrongNode = map.value("wrong") {
                wrong = fields.phrases(wrongNode, "`wrong` of \(owner)", depth: depth + 2, required: false)
            }
            map.finish()
            result.append(RubricItem(id: id, label: label, phrases: phrases, wrong: wrong, location: context.location(item)))
        }
        fields.reportRepeats(declarations, noun: "\(noun) id")
        return result
    }
}
