import CallSimCore
import Foundation
import Yams

/// What the customer says: `say`, `fallback` and `reply`, with their tags.
extension ScenarioReader {
    /// One line or a list of lines; each a text or a mapping with `text`, `tags` and moods.
    func readLines(_ node: Node, _ label: String, depth: Int) -> [CustomerLine] {
        switch node {
        case .scalar, .mapping:
            return readLine(node, label, depth: depth).map { [$0] } ?? []
        default:
            guard let items = context.items(node, label, depth: depth) else { return [] }
            return items.compactMap { readLine($0, "an item of \(label)", depth: depth + 1) }
        }
    }

    private func readLine(_ node: Node, _ label: String, depth: Int) -> CustomerLine? {
        if case .scalar = node {
            return context.text(node, label, depth: depth).map { CustomerLine(text: $0, location: context.location(node)) }
        }
        guard var map = MappingReader(
            node, owner: "a customer line", label: label, context: context, depth: depth, shape: ScenarioFormat.line) else {
            return nil
        }
        let text = map.requiredText("text") ?? ""
        var tags: [String] = []
        if let tagsNode = map.value("tags") {
            tags = readTags(tagsNode, depth: depth + 1)
        }
        let line = CustomerLine(
            text: text, tags: tags,
            moodAtLeast: map.number("mood-at-least"),
            moodBelow: map.number("mood-below"),
            location: context.location(node))
        map.finish()
        return line
    }

    /// A list of tags, or one text of comma-separated tags.
    private func readTags(_ node: Node, depth: Int) -> [String] {
        var tags: [String] = []
        for item in context.textItems(node, "`tags`", allowSingle: true, depth: depth) {
            for part in item.text.split(separator: ",") {
                let tag = part.trimmingCharacters(in: .whitespaces)
                guard !tag.isEmpty else { continue }
                if checkTag(tag, at: item.node) { tags.append(tag) }
            }
        }
        return tags
    }

    /// Reports a tag that transcripts do not know; true when the tag is fine.
    private func checkTag(_ tag: String, at node: Node) -> Bool {
        if ScenarioVocabulary.plainTags.contains(tag) { return true }
        if tag.hasPrefix("gives:") {
            return checkFact(String(tag.dropFirst("gives:".count)), at: node, in: tag)
        }
        let known = ScenarioVocabulary.plainTags + ScenarioVocabulary.facts.map { "gives:\($0)" }
        context.error(
            "S011",
            "unknown tag `\(Node.shortened(tag))`" + Suggestion.didYouMean(tag, in: known)
                + " (tags are upset, calm, off-topic and gives:FACT)",
            at: node)
        return false
    }
}
