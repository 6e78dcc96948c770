/// Checks of what is written in texts and lists: placeholders nothing fills (S022),
/// commands naming undeclared actions or teams (S023), unknown rules (S025), lines that are
/// never said (S027), and verification the customer can never give (S028).
extension ScenarioLint {
    func textFindings() -> [LintFinding] {
        placeholderFindings() + commandMentionFindings() + ruleFindings() + lineMoodFindings() + verificationFindings()
    }

    /// Where a customer line's words are written.
    private func textLocation(_ line: CustomerLine) -> SourceLocation? {
        sourceMap.valueLocation("text", in: line.location) ?? line.location
    }

    private func placeholderFindings() -> [LintFinding] {
        let facts = Set(scenario.facts.keys)
        let known = ["agent", "customer", "company"] + IdentityFact.allCases.map(\.rawValue)
        var found: [LintFinding] = []
        for line in scenario.allCustomerLines {
            for name in Self.placeholders(in: line.text) {
                let reason: String
                if name == "agent" || name == "customer" || facts.contains(name) {
                    continue
                } else if name == "company" {
                    guard (scenario.company ?? "").isEmpty else { continue }
                    reason = "the scenario has no `company`"
                } else if IdentityFact(rawValue: name) != nil {
                    reason = "`facts` has no `\(name)`"
                } else {
                    reason = "placeholders are {agent}, {company}, {customer} and the facts"
                        + (NameSuggestion.closest(to: name, in: known).map { "; did you mean `{\($0)}`?" } ?? "")
                }
                found.append(.error("S022", "the placeholder `{\(name)}` is never filled: \(reason)", at: textLocation(line)))
            }
        }
        return found
    }

    /// The names in `{name}` placeholders, in order.
    static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = rest[rest.index(after: open)..<close]
            if !name.isEmpty, !name.contains(" ") { names.append(String(name)) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Texts the agent reads (brief, hints, model lines), with where they are written.
    private var agentTexts: [(text: String, location: SourceLocation?)] {
        let brief = sourceMap.valueLocation("brief", in: sourceMap.root)
        var texts: [(String, SourceLocation?)] = [
            (scenario.brief.situation, sourceMap.valueLocation("situation", in: brief)),
            (scenario.brief.goal, sourceMap.valueLocation("goal", in: brief)),
        ]
        texts += scenario.brief.visible.map { ($0, sourceMap.item($0, of: "visible", in: brief)) }
        texts += scenario.beats.compactMap { beat in beat.hint.map { ($0, sourceMap.valueLocation("hint", in: beat.location)) } }
        texts += scenario.hints.map { ($0, sourceMap.item($0, of: "hints", in: sourceMap.root)) }
        texts += scenario.modelLines.map { ($0, sourceMap.item($0, of: "model-lines", in: sourceMap.root)) }
        return texts
    }

    private func commandMentionFindings() -> [LintFinding] {
        let actions = scenario.actions.map(\.name)
        let teams = scenario.transfers.map(\.id)
        var found: [LintFinding] = []
        for (text, location) in agentTexts {
            for name in Self.mentions(of: "/action", in: text) where !actions.contains(name) {
                found.append(.warning("S023", "`/action \(name)` names no action of this scenario; " + Self.choices(name, actions, noun: "actions"), at: location))
            }
            for name in Self.mentions(of: "/transfer", in: text) where !teams.contains(name) {
                found.append(.warning("S023", "`/transfer \(name)` names no transfer target of this scenario; " + Self.choices(name, teams, noun: "transfer targets"), at: location))
            }
        }
        return found
    }

    /// "did you mean `x`?", "the actions are a, b", or "it declares none".
    private static func choices(_ name: String, _ names: [String], noun: String) -> String {
        if let close = NameSuggestion.closest(to: name, in: names) { return "did you mean `\(close)`?" }
        return names.isEmpty ? "it declares no \(noun)" : "the \(noun) are \(names.joined(separator: ", "))"
    }

    /// The lowercase names written after `command` in `text` (`/action refund 49.99` → `refund`);
    /// placeholders in capitals (`/action NAME`) are skipped.
    static func mentions(of command: String, in text: String) -> [String] {
        guard text.utf8.contains(UInt8(ascii: "/")) else { return [] }
        var names: [String] = []
        var rest = Substring(text)
        while let range = rest.firstRange(of: command + " ") {
            let after = rest[range.upperBound...]
            let word = after.prefix { $0.isLetter || $0.isNumber || $0 == "-" }
            let name = String(word).trimmingHyphens()
            if !name.isEmpty, name == name.lowercased(), name.allSatisfy({ $0.isASCII }) { names.append(name) }
            rest = after
        }
        return names
    }

    private func ruleFindings() -> [LintFinding] {
        let card = sourceMap.valueLocation("scorecard", in: sourceMap.root)
        return scenario.scorecard.disabled.sorted().compactMap { rule in
            guard RuleCatalogue.rule(rule) == nil else { return nil }
            let hint = NameSuggestion.closest(to: rule, in: RuleCatalogue.ids).map { "; did you mean `\($0)`?" }
                ?? "; the rules are listed under `disabled` in docs/scenarios.md"
            return .error("S025", "no rule `\(rule)` on the scorecard\(hint)", at: sourceMap.item(rule, of: "disabled", in: card))
        }
    }

    private func lineMoodFindings() -> [LintFinding] {
        scenario.allCustomerLines.compactMap { line in
            let reason: String
            if let low = line.moodAtLeast, let high = line.moodBelow, low >= high {
                reason = "it needs the mood at least \(ScenarioFlow.format(low)) and below \(ScenarioFlow.format(high))"
            } else if let high = line.moodBelow, high <= 0 {
                reason = "it needs the mood below \(ScenarioFlow.format(high))"
            } else {
                return nil
            }
            return .warning(
                "S027", "this line is never chosen by mood: \(reason); fix `mood-at-least` or `mood-below`",
                at: sourceMap.keyLocation("mood-below", in: line.location) ?? line.location)
        }
    }

    private func verificationFindings() -> [LintFinding] {
        guard !scenario.policy.verifyBefore.isEmpty, !flow.canVerify else { return [] }
        let actions = scenario.policy.verifyBefore.sorted().map { "`\($0)`" }.joined(separator: ", ")
        let policy = sourceMap.valueLocation("policy", in: sourceMap.root)
        return [.error(
            "S028",
            "the policy asks for verification before \(actions), but \(flow.givenSummary), so the agent can never verify; tag the lines where the customer gives identity details with `gives:FACT`",
            at: sourceMap.valueLocation("verify-before", in: policy) ?? policy)]
    }
}

extension String {
    /// The string without leading and trailing hyphens.
    func trimmingHyphens() -> String {
        var text = Substring(self)
        while text.first == "-" { text = text.dropFirst() }
        while text.last == "-" { text = text.dropLast() }
        return String(text)
    }
}
