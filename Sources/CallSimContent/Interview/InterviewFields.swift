import CallSimCore
import Yams

/// Reading helpers shared by question banks and decks: phrase lists compiled and placed
/// like a phrasebook's, ids checked for repeats, and structure codes given the `Q` family.
struct InterviewFields {
    let context: ReadContext
    /// The file's lines, to place pattern errors inside a pattern's text.
    let lines: [[Unicode.Scalar]]

    init(context: ReadContext, text: String) {
        self.context = context
        lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    }

    /// A list of phrase patterns (one pattern alone stands for a list of one), each compiled,
    /// a bad one reported at its column. `required` reports an empty list.
    func phrases(_ node: Node, _ label: String, depth: Int, required: Bool = true) -> [PhraseEntry] {
        if required, case .sequence(let sequence) = node, sequence.isEmpty {
            context.error(.missingKey, "\(label) needs at least one phrase", at: node)
        }
        let items = context.textItems(node, label, allowSingle: true, depth: depth)
        return items.map { item in
            compile(item.text, at: item.node)
            return PhraseEntry(pattern: item.text, location: context.location(item.node))
        }
    }

    /// Expands `pattern`, reporting a pattern error where it is in the file.
    func compile(_ pattern: String, at node: Node) {
        do {
            _ = try PhrasePattern.expand(pattern)
        } catch {
            context.report(.error(
                error.code, error.message,
                at: PatternLocation.locate(column: error.column, in: node, context: context, lines: lines)))
        }
    }

    /// Reports every id declared a second time; `noun` names it ("question id").
    func reportRepeats(_ declarations: [(id: String, node: Node)], noun: String) {
        var firstLine: [String: Int] = [:]
        for declaration in declarations where !declaration.id.isEmpty {
            if let line = firstLine[declaration.id] {
                context.error(
                    "Q007", "duplicate \(noun) `\(Node.shortened(declaration.id))`; the first is at line \(line)",
                    at: declaration.node)
            } else {
                firstLine[declaration.id] = declaration.node.mark?.line ?? 0
            }
        }
    }

    /// The diagnostics with the scenario family's structure codes (`S001`–`S006`, used by the
    /// shared readers) turned into this family's (`Q001`–`Q006`).
    static func inInterviewFamily(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            guard diagnostic.code.hasPrefix("S"), let number = Int(diagnostic.code.dropFirst()),
                  (1...StructureProblem.badIdentifier.rawValue).contains(number)
            else { return diagnostic }
            var renamed = diagnostic
            renamed.code = "Q" + diagnostic.code.dropFirst()
            return renamed
        }
    }
}
