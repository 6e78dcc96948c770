import CallSimCore

/// The files an authoring command works on: named on the command line (files or folders),
/// or, when none are named, every scenario and test plan of the library.
public struct AuthoringSelection: Sendable {
    /// Scenario files, in order.
    public var scenarioFiles: [String] = []
    /// Test plan files, in order.
    public var planFiles: [String] = []
    /// Problems finding them: missing library folders, unreadable folders.
    public var diagnostics: [Diagnostic] = []
    /// True when the selection is the whole library.
    public var isLibrary = false
}

extension ScenarioWorkspace {
    /// The files `paths` name; every scenario and test plan of the library when `paths` is empty.
    public func select(_ paths: [String]) -> AuthoringSelection {
        var walker = FolderWalker()
        var selection = AuthoringSelection()
        if paths.isEmpty {
            selection.isLibrary = true
            selection.scenarioFiles = libraryScenarioFiles(walker: &walker)
            var plans = FolderWalker()
            selection.planFiles = library.roots.flatMap { plans.testPlanFiles(in: FolderWalker.join($0, "scenarios")) }
            selection.diagnostics = library.diagnostics + walker.diagnostics + plans.diagnostics
            return selection
        }
        var plans = FolderWalker()
        for path in paths {
            if FolderWalker.isFolder(path) {
                selection.scenarioFiles += walker.yamlFiles(in: path, recursive: true).filter { !isQuestionBank($0) }
                selection.planFiles += plans.testPlanFiles(in: path)
            } else if path.hasSuffix(TestPlanLoader.suffix) {
                selection.planFiles.append(path)
            } else {
                selection.scenarioFiles.append(path)
            }
        }
        selection.diagnostics = library.diagnostics + walker.diagnostics + plans.diagnostics
        return selection
    }
}
