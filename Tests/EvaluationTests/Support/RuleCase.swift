import CallSimCore
import Testing

/// One call to grade and the verdict one rule must give it: a transcript in the text form of
/// CONTRACTS.md §3, graded by `TranscriptGrader.grade` with the bundled phrasebook of its
/// language, generically or against a small in-code scenario.
struct RuleCase: Sendable, CustomTestStringConvertible {
    var rule: String
    var language: String
    var verdict: Verdict
    /// The 1-based turn the verdict rests on (nil when it rests on none).
    var turn: Int?
    /// The trainee's words quoted as evidence; checked exactly when given.
    var evidence: String?
    /// The advice; checked exactly when given.
    var advice: String?
    /// What the call shows, in a few words (the test's "Given").
    var given: String
    /// The transcript: header lines (`@key: value`) and turns (`agent: ...`, `customer: ...`).
    var transcript: [String]
    var scenario: Scenario?

    var testDescription: String { "\(rule) [\(language)] \(verdict.rawValue): \(given)" }

    /// The call's transcript in the text form: the standard headers of its language (those the
    /// case does not replace with `@key: value` or drop with `-@key`), then the case's lines.
    var text: String {
        func key(_ line: String) -> Substring { line.drop { $0 == "-" }.prefix { $0 != ":" } }
        let own = transcript.filter { $0.hasPrefix("@") || $0.hasPrefix("-@") }.map(key)
        let headers = Agents.headers(language).filter { !own.contains(key($0)) }
        return (headers + transcript.filter { !$0.hasPrefix("-@") }).joined(separator: "\n") + "\n"
    }
}

/// Building transcripts.
enum Agents {
    /// The agent's name and the company in each language's calls.
    static let names: [String: (agent: String, company: String)] = [
        "en": ("Sam", "Nile Telecom"),
        "ar": ("سارة", "نايل تيليكوم"),
        "fa": ("مریم", "نیل تلکام"),
    ]

    /// The standard headers of a call in `language`: language, agent and company. A case drops
    /// one by listing `-@key` in its transcript, or replaces it by listing `@key: value`.
    static func headers(_ language: String) -> [String] {
        let names = self.names[language] ?? ("Sam", "Nile Telecom")
        return ["@language: \(language)", "@agent: \(names.agent)", "@company: \(names.company)"]
    }
}

/// A line the agent says or types.
func agent(_ text: String) -> String { "agent: \(text)" }

/// A line the customer says, untagged: the grader infers the tags.
func customer(_ text: String) -> String { "customer: \(text)" }

/// A line the customer says, with tags.
func customer(_ text: String, tags: String) -> String { "customer {\(tags)}: \(text)" }

/// Grading the cases.
enum Grading {
    /// The scorecard of a case.
    static func card(_ rule: RuleCase) throws -> Scorecard {
        let phrasebook = try #require(BundledPhrasebooks.cache[rule.language], "the \(rule.language) phrasebook loads")
        let (parsed, errors) = TranscriptTextFormat.parse(rule.text)
        #expect(errors.isEmpty, "the transcript reads: \(errors)")
        let transcript = try #require(parsed)
        return try TranscriptGrader.grade(transcript, scenario: rule.scenario, phrasebook: phrasebook, matcher: BundledPhrasebooks.matchers[rule.language])
    }

    /// The finding of the case's rule.
    static func finding(_ rule: RuleCase) throws -> Finding {
        try #require(card(rule).finding(rule.rule))
    }
}
