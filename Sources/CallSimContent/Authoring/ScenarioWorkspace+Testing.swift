import CallSimCore
import Foundation

/// A scenario ready to be tested: the scenario, its phrasebook and its test plan, or the
/// problems that stop them.
public struct TestTarget: Sendable {
    /// The scenario file.
    public var scenarioPath: String
    /// The test plan beside it, when there is one.
    public var planPath: String?
    /// The scenario, when it loads with its phrasebook.
    public var scenario: Scenario?
    /// The phrasebook it is played with.
    public var phrasebook: Phrasebook?
    /// The test plan, when it loads without errors.
    public var plan: TestPlan?
    /// Problems of the scenario and the plan: errors stop them; T010 warns of a missing plan.
    public var diagnostics: [Diagnostic]

    /// True when the scenario can be played.
    public var isPlayable: Bool { scenario != nil && phrasebook != nil }
}

extension ScenarioWorkspace {
    /// What `scenario test` works on: each scenario `paths` name (or the library's, when
    /// empty) with the plan beside it, and each plan named on its own with its scenario.
    public func testTargets(_ paths: [String]) -> (targets: [TestTarget], diagnostics: [Diagnostic]) {
        let selection = select(paths)
        var scenarioPaths = selection.scenarioFiles
        var written = Set(scenarioPaths)
        var known: Set<String>?
        for plan in selection.planFiles {
            let scenarioPath = TestPlanLoader.scenarioPath(forPlan: plan)
            guard !written.contains(scenarioPath) else { continue }
            // Compare through links only for a plan whose scenario is not listed as written.
            let real = known ?? Set(scenarioPaths.map(Self.realPath))
            known = real
            guard !real.contains(Self.realPath(scenarioPath)) else { continue }
            scenarioPaths.append(scenarioPath)
            written.insert(scenarioPath)
        }
        let planPaths = scenarioPaths.map { TestPlanLoader.planPath(forScenario: $0) }.filter { FileManager.default.fileExists(atPath: $0) }
        preload(scenarios: scenarioPaths, plans: planPaths)
        return (scenarioPaths.map(testTarget), selection.diagnostics)
    }

    /// The scenario at `path`, with its phrasebook and the plan beside it.
    public func testTarget(_ path: String) -> TestTarget {
        let planPath = TestPlanLoader.planPath(forScenario: path)
        let hasPlan = FileManager.default.fileExists(atPath: planPath)
        var target = TestTarget(scenarioPath: path, planPath: hasPlan ? planPath : nil, diagnostics: [])
        if hasPlan, !FileManager.default.fileExists(atPath: path) {
            let loaded = plan(path: planPath)
            let findings = loaded.value.map { TestPlanCheck.findings($0, scenario: nil, scenarioPath: path) } ?? []
            target.diagnostics = loaded.diagnostics + findings.map { Diagnostic($0, path: planPath) }
            return target
        }
        let source = source(path: path)
        guard let scenario = source.result.value else {
            target.diagnostics = source.result.diagnostics.filter { $0.severity == .error }
            return target
        }
        target.scenario = scenario
        let (book, problems) = phrasebook(for: scenario, sourceMap: source.sourceMap)
        target.diagnostics += problems
        if book == nil {
            target.diagnostics += phrasebook(language: scenario.language).diagnostics.filter { $0.severity == .error }
        }
        target.phrasebook = problems.isEmpty ? book : nil
        guard hasPlan else {
            target.diagnostics.append(.warning(
                "T010", "no test plan beside this scenario; write \(Self.fileName(planPath)) (see docs/testplans.md)", at: .whole(path)))
            return target
        }
        let loaded = plan(path: planPath)
        target.diagnostics += loaded.diagnostics
        if let plan = loaded.value {
            let findings = TestPlanCheck.findings(plan, scenario: scenario, scenarioPath: path)
            target.diagnostics += findings.map { Diagnostic($0, path: planPath) }
            if !findings.contains(where: { $0.severity == .error }) { target.plan = plan }
        }
        return target
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
