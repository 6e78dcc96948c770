import CallSimCore
import Yams

/// The steps of a run: a text (the agent's line, nothing checked) or a mapping.
extension TestPlanReader {
    func readStep(_ node: Node, depth: Int) -> TestStep? {
        if case .scalar = node {
            guard let line = context.text(node, "a step", depth: depth) else { return nil }
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                context.error(.missingKey, "a step has an empty line; write what the agent says or types", at: node)
            }
            return TestStep(agent: line, location: context.location(node))
        }
        guard var map = MappingReader(node, owner: "a step", label: "an item of `steps`", context: context, depth: depth, shape: TestPlanFormat.step)
        else { return nil }
        var step = TestStep(agent: map.requiredText("agent") ?? "", location: context.location(node))
        var expect = StepExpectation()
        expect.customer = map.text("customer")
        expect.customerIncludes = map.text("customer-includes")
        expect.silent = map.bool("silent")
        if let tags = map.value("tags") {
            expect.tags = context.textItems(tags, "`tags`", allowSingle: true, depth: depth + 1).flatMap { item in
                item.text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
        }
        if let beat = map.value("beat"), let name = context.text(beat, "`beat`", depth: depth + 1) {
            expect.beat = name
            recordBeat(name, at: beat)
        }
        expect.moodAtLeast = map.number("mood-at-least")
        expect.moodBelow = map.number("mood-below")
        if let ended = map.value("ended") { expect.ended = readEnded(ended, depth: depth + 1) }
        expect.resolved = map.bool("resolved")
        expect.variables = map.textMap("variables", owner: "the step's `variables`")
        expect.problem = map.text("problem")
        expect.notice = map.text("notice")
        expect.hint = map.text("hint")
        for key in TestPlanFormat.step.keyNames {
            if let location = map.valueLocation(key) { step.locations[key] = location }
        }
        map.finish()
        step.expect = expect
        return step
    }

    private func readEnded(_ node: Node, depth: Int) -> EndExpectation? {
        if node.tagName == .bool { return context.bool(node, "`ended`", depth: depth).map(EndExpectation.ended) }
        let words = ["true", "false"] + TestPlanFormat.endReasons
        guard let word = context.oneOf(node, "`ended`", words, depth: depth) else { return nil }
        return EndReason(rawValue: word).map(EndExpectation.reason)
    }
}
