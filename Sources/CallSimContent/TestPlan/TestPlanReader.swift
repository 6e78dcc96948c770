import CallSimCore
import Yams

/// Reads a composed test plan document into a `TestPlan`, reporting every problem (T001–T006
/// for structure; the checks against the scenario are `TestPlanCheck`'s).
final class TestPlanReader {
    let context: ReadContext
    private var beatReferences: [NamedReference] = []
    private var ruleReferences: [NamedReference] = []

    /// Remembers a beat name to check against the scenario.
    func recordBeat(_ name: String, at node: Node) {
        beatReferences.append(NamedReference(name: name, location: context.location(node)))
    }

    init(context: ReadContext) {
        self.context = context
    }

    func read(_ root: Node) -> TestPlan? {
        guard var top = MappingReader(root, owner: "the test plan", label: "the test plan", context: context, depth: 0, shape: TestPlanFormat.plan)
        else { return nil }
        var scenarioID: String?
        var scenarioLocation: SourceLocation?
        if let node = top.value("scenario") {
            scenarioID = context.identifier(node, "scenario id", depth: 1)
            scenarioLocation = context.location(node)
        }
        var runs: [TestRun] = []
        if let node = top.required("runs"), let items = context.items(node, "`runs`", depth: 1) {
            if items.isEmpty { context.error(.missingKey, "`runs` is empty; a test plan needs at least one run", at: node) }
            runs = items.compactMap { readRun($0, depth: 2) }
        }
        top.finish()
        var plan = TestPlan(scenarioID: scenarioID, runs: runs, path: context.path)
        plan.beatReferences = beatReferences
        plan.ruleReferences = ruleReferences
        plan.scenarioLocation = scenarioLocation
        return plan
    }

    private func readRun(_ node: Node, depth: Int) -> TestRun? {
        guard var map = MappingReader(node, owner: "a run", label: "an item of `runs`", context: context, depth: depth, shape: TestPlanFormat.run)
        else { return nil }
        let name = map.requiredText("name") ?? ""
        let seed = map.integer("seed").map { UInt64($0) } ?? 1
        let mode = map.value("mode").flatMap { context.oneOf($0, "`mode`", ["coach", "exam"], depth: depth + 1) }.flatMap(PracticeMode.init(rawValue:)) ?? .coach
        var steps: [TestStep] = []
        if let stepsNode = map.required("steps"), let items = context.items(stepsNode, "`steps`", depth: depth + 1) {
            if items.isEmpty { context.error(.missingKey, "`steps` is empty; a run needs at least one step", at: stepsNode) }
            steps = items.compactMap { readStep($0, depth: depth + 2) }
        }
        var run = TestRun(name: name, seed: seed, mode: mode, steps: steps, location: context.location(node))
        var expect = RunExpectation()
        expect.outcome = map.choice("outcome", CallOutcome.self)
        expect.endReason = map.value("end-reason").flatMap { context.oneOf($0, "`end-reason`", TestPlanFormat.endReasons, depth: depth + 1) }.flatMap(EndReason.init(rawValue:))
        if let score = map.value("score") { expect.score = readScore(score, depth: depth + 1) }
        expect.passed = map.bool("passed")
        if let rules = map.value("rules") { expect.rules = readRules(rules, run: &run, depth: depth + 1) }
        if let autoFail = map.value("auto-fail") {
            expect.autoFail = context.textItems(autoFail, "`auto-fail`", depth: depth + 1).map { item in
                ruleReferences.append(NamedReference(name: item.text, location: context.location(item.node)))
                return item.text
            }
        }
        expect.reached = beatList(&map, "reached", depth: depth)
        expect.notReached = beatList(&map, "not-reached", depth: depth)
        expect.moodAtLeast = map.number("mood-at-least")
        expect.moodBelow = map.number("mood-below")
        expect.csat = map.integer("csat")
        for key in TestPlanFormat.run.keyNames {
            if let location = map.valueLocation(key) { run.locations[key] = location }
        }
        map.finish()
        run.expect = expect
        return run
    }

    private func readScore(_ node: Node, depth: Int) -> ScoreRange? {
        if case .scalar = node {
            return context.integer(node, "`score`", in: 0...100, depth: depth).map { ScoreRange(atLeast: $0, atMost: $0) }
        }
        guard var map = MappingReader(node, owner: "`score`", label: "`score`", context: context, depth: depth, shape: TestPlanFormat.scoreRange)
        else { return nil }
        let range = ScoreRange(atLeast: map.integer("at-least") ?? 0, atMost: map.integer("at-most") ?? 100)
        if range.atLeast > range.atMost {
            context.error(.outOfRange, "`score` must have `at-least` no higher than `at-most`, found \(range.atLeast) and \(range.atMost)", at: node)
        }
        map.finish()
        return range
    }

    private func readRules(_ node: Node, run: inout TestRun, depth: Int) -> [RuleExpectation] {
        guard var map = MappingReader(node, owner: "`rules`", label: "`rules`", context: context, depth: depth) else { return [] }
        var rules: [RuleExpectation] = []
        for entry in map.allEntries() {
            ruleReferences.append(NamedReference(name: entry.key, location: context.location(entry.keyNode)))
            run.locations["rules.\(entry.key)"] = context.location(entry.keyNode)
            guard let word = context.oneOf(entry.value, "the verdict of `\(Node.shortened(entry.key))`", TestPlanFormat.verdicts, depth: depth + 1),
                  let verdict = Verdict(rawValue: word)
            else { continue }
            rules.append(RuleExpectation(rule: entry.key, verdict: verdict))
        }
        return rules
    }

    private func beatList(_ map: inout MappingReader, _ key: String, depth: Int) -> [String] {
        guard let node = map.value(key) else { return [] }
        return context.textItems(node, "`\(key)`", depth: depth + 1).map { item in
            recordBeat(item.text, at: item.node)
            return item.text
        }
    }
}
