import CallSimCore
import CallSimStore
import CallSimTerminal

/// The review dialogue: the rules with the automatic verdicts, then the reviewer's changes
/// line by line (`3 fail`, `recap pass`, `note TEXT`, `list`, `cancel`); an empty line or the
/// end of input saves.
struct ReviewInteractive {
    let store: CallStore
    let stored: StoredSession
    let reviewer: String
    let style: TerminalStyle

    private func clean(_ text: String) -> String { TerminalText.sanitize(text) }

    func run() throws {
        let existing = try store.reviews(session: stored.id).first { $0.reviewer.caseInsensitiveCompare(reviewer) == .orderedSame }
        var mine: [String: Verdict] = [:]
        for verdict in existing?.verdicts ?? [] { mine[verdict.rule] = verdict.verdict }
        var changed: [RuleVerdict] = []
        var note: String?
        Output.out([
            style.bold("Review of session \(stored.id) — \(clean(stored.scenarioTitle))"),
            style.dim("trainee \(clean(stored.trainee)) · reviewer \(clean(reviewer))" + (stored.score.map { " · score \($0)" } ?? "")),
        ])
        if let text = existing?.note { Output.out(style.dim("Your note: \(clean(text))")) }
        Output.out(table(mine))
        Output.out(style.dim("Type NUMBER or RULE then pass, fail or n-a (e.g. `3 fail`); `note TEXT` for a coaching note; `list`; `cancel`. An empty line saves."))
        let reader = makeLineReader(historyFile: nil, completion: CompletionCatalog(commands: RuleCatalogue.ids + ["note", "list", "cancel"], arguments: [:]))
        loop: while true {
            switch reader.read(prompt: style.cyan("review> ")) {
            case .interrupted:
                continue loop
            case .endOfInput:
                break loop
            case .line(let raw):
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty { break loop }
                if line == "cancel" {
                    Output.out("Nothing saved.")
                    return
                }
                if line == "list" {
                    Output.out(table(mine))
                    continue loop
                }
                if line.hasPrefix("note ") || line == "note" {
                    note = String(line.dropFirst(4)).trimmingCharacters(in: .whitespaces)
                    Output.out(style.dim(note?.isEmpty == true ? "  note removed" : "  note set"))
                    continue loop
                }
                do {
                    let verdict = try parse(line)
                    mine[verdict.rule] = verdict.verdict
                    changed.removeAll { $0.rule == verdict.rule }
                    changed.append(verdict)
                    let automatic = stored.findings.first { $0.rule == verdict.rule }?.verdict.rawValue ?? "-"
                    Output.out("  \(verdict.rule): automatic \(automatic), yours \(verdict.verdict.rawValue)")
                } catch let error as CLIError {
                    Output.err("callsim: \(error.message)")
                }
            }
        }
        guard !changed.isEmpty || note != nil else {
            Output.out("No changes; nothing saved.")
            return
        }
        let review = try store.saveReview(session: stored.id, reviewer: reviewer, verdicts: changed, note: note)
        Output.out(Self.summary(review, changed: changed.count, noteGiven: note != nil))
    }

    /// `3 fail` or `recap pass`.
    private func parse(_ line: String) throws -> RuleVerdict {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count == 2 else {
            throw CLIError("type a rule and a verdict, e.g. `3 fail` or `recap pass`")
        }
        var rule = words[0]
        if let number = Int(rule) {
            guard RuleCatalogue.ids.indices.contains(number - 1) else {
                throw CLIError("there is no rule \(number); the rules are numbered 1 to \(RuleCatalogue.ids.count)")
            }
            rule = RuleCatalogue.ids[number - 1]
        }
        return try ReviewInput.ruleVerdict(rule: rule, verdict: words[1])
    }

    /// The numbered rules with the automatic verdict and the reviewer's.
    private func table(_ mine: [String: Verdict]) -> [String] {
        let rows = RuleCatalogue.ids.enumerated().map { index, rule in
            [String(index + 1), rule, stored.findings.first { $0.rule == rule }?.verdict.rawValue ?? "-", mine[rule]?.rawValue ?? ""]
        }
        return TextTable(header: ["#", "rule", "automatic", "yours"], rightAligned: [0]).lines(rows, style: style) { row, column, text in
            guard column == 3, let mine = mine[RuleCatalogue.ids[row]] else { return text }
            return mine == stored.findings.first(where: { $0.rule == RuleCatalogue.ids[row] })?.verdict ? text : style.yellow(text)
        }
    }

    /// What was saved, in one line.
    static func summary(_ review: Review, changed: Int, noteGiven: Bool) -> String {
        var parts = ["\(changed) verdict\(changed == 1 ? "" : "s")"]
        if noteGiven { parts.append(review.note == nil ? "note removed" : "a note") }
        return "Saved the review of session \(review.sessionId) by \(TerminalText.sanitize(review.reviewer)): \(parts.joined(separator: ", "))."
            + " The trainee sees it in: callsim show \(review.sessionId)"
    }
}
