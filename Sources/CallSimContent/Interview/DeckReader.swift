import CallSimCore
import Yams

/// Reads a composed `kind: deck` document into a `Deck`. With the language's phrasebook, it
/// also checks "say it better" cards against it: each front must be discouraged wording,
/// each `better` category a recommended one; a card without `back` gets the phrasebook's
/// replacement for its front.
final class DeckReader {
    let context: ReadContext
    let fields: InterviewFields
    let phrasebook: Phrasebook?
    /// The deck's id, when one could be read.
    private(set) var id: String?
    /// Where the id is written.
    private(set) var idLocation: SourceLocation?

    init(context: ReadContext, text: String, phrasebook: Phrasebook?) {
        self.context = context
        self.phrasebook = phrasebook
        fields = InterviewFields(context: context, text: text)
    }

    func read(_ root: Node) -> Deck? {
        guard var top = MappingReader(root, owner: "the deck", label: "the deck", context: context, depth: 0) else { return nil }
        if let kindNode = top.required("kind") {
            _ = context.oneOf(kindNode, "`kind`", [ContentKind.deck], depth: 1)
        }
        if let idNode = top.required("id") {
            idLocation = context.location(idNode)
            id = context.identifier(idNode, "deck id", depth: 1)
        }
        let title = top.requiredText("title") ?? ""
        let language = top.required("language").flatMap {
            context.oneOf($0, "`language`", ScenarioVocabulary.languages, depth: 1)
        } ?? "en"
        let style = top.required("style").flatMap { context.choice($0, "`style`", DeckStyle.self, depth: 1) } ?? .meaning
        let matcher = style == .betterPhrase ? phrasebook.map { PhraseMatcher(phrasebook: $0) } : nil
        var cards: [DrillCard] = []
        if let cardsNode = top.required("cards"), let items = context.items(cardsNode, "`cards`", depth: 1) {
            if items.isEmpty { context.error(.missingKey, "`cards` needs at least one card", at: cardsNode) }
            var declarations: [(id: String, node: Node)] = []
            for item in items {
                if let card = readCard(item, style: style, matcher: matcher, depth: 2, declarations: &declarations) {
                    cards.append(card)
                }
            }
            fields.reportRepeats(declarations, noun: "card id")
        }
        top.finish()
        return Deck(id: id ?? "", title: title, language: language, style: style, cards: cards)
    }

    private func readCard(
        _ node: Node, style: DeckStyle, matcher: PhraseMatcher?, depth: Int, declarations: inout [(id: String, node: Node)]
    ) -> DrillCard? {
        guard var map = MappingReader(node, owner: "a card", label: "a card", context: context, depth: depth) else { return nil }
        var card = DrillCard(id: "", front: "", back: "", location: context.location(node))
        if let idNode = map.required("id") {
            card.id = context.identifier(idNode, "card id", depth: depth + 1) ?? ""
            declarations.append((card.id, idNode))
        }
        let owner = card.id.isEmpty ? "a card" : "card `\(card.id)`"
        let frontNode = map.required("front")
        card.front = frontNode.flatMap { context.text($0, "`front`", depth: depth + 1) } ?? ""
        switch style {
        case .meaning:
            card.back = map.requiredText("back") ?? ""
            if let keysNode = map.required("keys") {
                card.keys = readKeys(keysNode, owner: owner, depth: depth + 1)
            }
        case .betterPhrase:
            card.back = map.text("back") ?? ""
            var betterNodes: [(text: String, node: Node)] = []
            if let betterNode = map.required("better") {
                betterNodes = context.textItems(betterNode, "`better`", allowSingle: true, depth: depth + 1)
                card.better = betterNodes.map(\.text)
            }
            if let matcher, let frontNode, !card.front.isEmpty {
                check(&card, frontNode: frontNode, betterNodes: betterNodes, matcher: matcher, owner: owner)
            }
            if card.back.isEmpty, frontNode != nil, matcher == nil {
                context.error(.missingKey, "\(owner) has no `back`, and without the phrasebook none can be taken from it", at: node)
            }
        }
        map.finish()
        return card
    }

    private func readKeys(_ node: Node, owner: String, depth: Int) -> [RubricItem] {
        guard let items = context.items(node, "`keys`", depth: depth) else { return [] }
        if items.isEmpty {
            context.error("Q014", "\(owner) has no key ideas, so no meaning can be judged; add `keys`", at: node)
        }
        var keys: [RubricItem] = []
        for (index, item) in items.enumerated() {
            guard var map = MappingReader(item, owner: "a key idea of \(owner)", label: "a key idea", context: context, depth: depth + 1) else {
                continue
            }
            let label = map.requiredText("label") ?? ""
            let phrases = map.required("phrases").map { fields.phrases($0, "`phrases` of a key idea of \(owner)", depth: depth + 2) } ?? []
            map.finish()
            keys.append(RubricItem(id: "key-\(index + 1)", label: label, phrases: phrases, location: context.location(item)))
        }
        return keys
    }

    private func check(
        _ card: inout DrillCard, frontNode: Node, betterNodes: [(text: String, node: Node)], matcher: PhraseMatcher, owner: String
    ) {
        let language = phrasebook?.language ?? ""
        let front = matcher.match(card.front)
        if let discouraged = front.matches.first(where: { $0.kind == .discouraged }) {
            if card.back.isEmpty { card.back = discouraged.replacement ?? "" }
        } else {
            context.error(
                "Q012",
                "the front of \(owner) matches no discouraged phrase of the `\(language)` phrasebook; a \"say it better\" card shows wording to avoid",
                at: frontNode)
        }
        let recommended = phrasebook?.categories.filter { $0.kind == .recommended }.map(\.id) ?? []
        for item in betterNodes where !recommended.contains(item.text) {
            let known = phrasebook?.category(item.text) != nil
            let what = known ? "is not a recommended category" : "is not a category"
            context.error(
                "Q013",
                "`\(Node.shortened(item.text))` \(what) of the `\(language)` phrasebook" + Suggestion.didYouMean(item.text, in: recommended),
                at: item.node)
        }
        if card.back.isEmpty {
            context.error(.missingKey, "\(owner) has no `back`, and its front's phrasebook entry has no replacement to use", at: frontNode)
        }
    }
}
