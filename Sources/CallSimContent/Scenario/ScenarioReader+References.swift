import CallSimCore
import Yams

/// Checks of the names a scenario uses against the names it declares.
extension ScenarioReader {
    /// Reports duplicate declarations and references to names never declared.
    func checkReferences() {
        let beats = firstDeclarations(beatDeclarations, code: "S007", noun: "beat id")
        let actions = firstDeclarations(actionDeclarations, code: "S013", noun: "action name")
        let transfers = firstDeclarations(transferDeclarations, code: "S013", noun: "transfer id")
        for reference in references {
            switch reference.kind {
            case .beat:
                guard !beatDeclarations.isEmpty else { continue }
                check(reference, against: beats, code: "S008", noun: "beat", plural: "beats", section: "beats")
            case .action:
                check(reference, against: actions, code: "S009", noun: "action", plural: "actions", section: "actions")
            case .transfer:
                check(reference, against: transfers, code: "S010", noun: "transfer target", plural: "transfer targets", section: "transfers")
            }
        }
    }

    /// The declared names in file order, reporting each one declared a second time.
    private func firstDeclarations(_ declarations: [(id: String, node: Node)], code: String, noun: String) -> [String] {
        var firstLine: [String: Int] = [:]
        var names: [String] = []
        for declaration in declarations {
            if let line = firstLine[declaration.id] {
                context.error(code, "duplicate \(noun) `\(Node.shortened(declaration.id))`; the first is at line \(line)", at: declaration.node)
            } else {
                firstLine[declaration.id] = declaration.node.mark?.line ?? 0
                names.append(declaration.id)
            }
        }
        return names
    }

    private func check(
        _ reference: ScenarioReference, against names: [String], code: String, noun: String, plural: String, section: String
    ) {
        guard !names.contains(reference.name) else { return }
        let name = Node.shortened(reference.name)
        let advice: String
        if let suggestion = Suggestion.closest(to: reference.name, in: names) {
            advice = "; did you mean `\(suggestion)`?"
        } else if names.isEmpty {
            advice = "; the scenario declares no \(plural) (add them under `\(section)`)"
        } else {
            advice = "; \(plural) are: " + names.joined(separator: ", ")
        }
        context.error(code, "no \(noun) named `\(name)`" + advice, at: reference.node)
    }
}
