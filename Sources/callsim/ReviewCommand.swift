import ArgumentParser
import CallSimCore
import CallSimStore
import CallSimTerminal
import Foundation

/// `callsim review SESSION [--rule RULE=VERDICT]... [--note TEXT] [--reviewer NAME]`.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Give your own verdicts on a recorded call's rules, and a coaching note.",
        discussion: """
            With --rule or --note the review is saved at once: callsim review 12 --rule greeting=fail \
            --note "Greet before anything else." --reviewer "Coach Rania". Without them, the rules are \
            listed with the automatic verdicts and you type changes such as `3 fail`, `recap pass` or \
            `note TEXT`; an empty line saves (lines may also be piped in). Each reviewer has one review \
            per call; reviewing again changes it. The trainee sees verdicts and notes in `callsim show`.
            """)

    @Argument(help: "The session id.")
    var session: Int64

    @Option(name: .customLong("rule"), help: ArgumentHelp("A verdict: RULE=pass, RULE=fail or RULE=n-a (repeatable).", valueName: "rule=verdict"))
    var verdicts: [String] = []

    @Option(help: ArgumentHelp("A coaching note for the trainee (an empty one removes yours).", valueName: "text"))
    var note: String?

    @Option(help: ArgumentHelp("Who is reviewing (default: your login name).", valueName: "name"))
    var reviewer: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try reportingErrors {
            let parsed = try verdicts.map(ReviewInput.parseAssignment)
            let name = (reviewer?.trimmingCharacters(in: .whitespacesAndNewlines)).flatMap { $0.isEmpty ? nil : $0 } ?? LoginName.current
            let store = try global.openStore()
            do {
                guard let stored = try store.session(session) else {
                    throw CLIError("no session \(session); `callsim history` lists the recorded calls")
                }
                if parsed.isEmpty, note == nil {
                    try ReviewInteractive(store: store, stored: stored, reviewer: name, style: TerminalStyle.detect()).run()
                    return
                }
                let review = try store.saveReview(session: session, reviewer: name, verdicts: parsed, note: note)
                Output.out(ReviewInteractive.summary(review, changed: parsed.count, noteGiven: note != nil))
            } catch let error as StoreError {
                throw CLIError(error.description)
            }
        }
    }
}

/// Reading what a reviewer types or passes.
enum ReviewInput {
    /// `pass`, `fail`, or `n-a` (also `na`, `n/a`, `not-applicable`).
    static func verdict(_ text: String) -> Verdict? {
        switch text.lowercased() {
        case "pass", "p", "yes": .pass
        case "fail", "f", "no": .fail
        case "n-a", "na", "n/a", "not-applicable": .notApplicable
        default: nil
        }
    }

    /// `greeting=fail` as a rule verdict.
    ///
    /// - Throws: `CLIError` naming the rules or the verdicts when either is wrong.
    static func parseAssignment(_ text: String) throws -> RuleVerdict {
        let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else {
            throw CLIError("--rule takes RULE=VERDICT, e.g. --rule greeting=fail (got '\(TerminalText.sanitize(text))')")
        }
        return try ruleVerdict(rule: parts[0], verdict: parts[1])
    }

    /// A checked rule verdict.
    static func ruleVerdict(rule: String, verdict: String) throws -> RuleVerdict {
        guard RuleCatalogue.rule(rule) != nil else {
            throw CLIError("no rule `\(TerminalText.sanitize(rule))`; the rules are: \(RuleCatalogue.ids.joined(separator: ", "))")
        }
        guard let value = self.verdict(verdict) else {
            throw CLIError("'\(TerminalText.sanitize(verdict))' is not a verdict; use pass, fail or n-a, e.g. \(rule)=fail")
        }
        return RuleVerdict(rule: rule, verdict: value)
    }
}
