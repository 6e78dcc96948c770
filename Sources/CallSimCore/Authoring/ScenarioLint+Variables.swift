/// Checks of variables: read but never set (S018), set but never read (S019).
extension ScenarioLint {
    func variableFindings() -> [LintFinding] {
        var found: [LintFinding] = []
        var read = Set<String>()
        for site in scenario.conditionSites {
            for name in site.condition.variables.keys.sorted() {
                read.insert(name)
                guard flow.variableValues[name] == nil else { continue }
                found.append(.error(
                    "S018",
                    "the variable `\(name)` is read here but never set; set it with `set:` in a trigger or `sets:` in an action" + NameSuggestion.didYouMean(name, in: flow.variableValues.keys.sorted()),
                    at: location("variables", entry: name, in: site.condition)))
            }
        }
        var reported = Set<String>()
        for (name, place) in variableSettings() where !read.contains(name) && reported.insert(name).inserted {
            found.append(.warning(
                "S019",
                "the variable `\(name)` is set but never read; test it in a `when` or the `resolution` (`variables: { \(name): ... }`), or remove it",
                at: place))
        }
        return found
    }

    /// Every place a variable is set, in file order: actions' `sets`, then triggers' `set`.
    private func variableSettings() -> [(name: String, location: SourceLocation?)] {
        var settings: [(String, SourceLocation?)] = []
        for action in scenario.actions {
            for name in action.sets.keys.sorted() {
                settings.append((name, sourceMap.entry(name, of: "sets", in: action.location)))
            }
        }
        for trigger in scenario.beats.flatMap(\.triggers) + scenario.anytime {
            for name in trigger.set.keys.sorted() {
                settings.append((name, sourceMap.entry(name, of: "set", in: trigger.location)))
            }
        }
        return settings
    }
}
