import CallSimCore
import Foundation
import GRDB

extension ScaleDataGenerator {
    /// Writes made-up calls with cached statements.
    struct CallWriter {
        let generator: ScaleDataGenerator
        let scenarioWeights: [Double]
        let rules: [any CallRule] = RuleCatalogue.all

        init(generator: ScaleDataGenerator) {
            self.generator = generator
            scenarioWeights = ScaleDataProfile.scenarios.map(\.weight)
        }

        /// One call of `person` on `day` (0 to 365 days into the year), with `turns` turns.
        mutating func writeCall(
            _ db: Database, person: Person, day: Double, progressShare: Double, turns: Int, random: inout SeededGenerator
        ) throws {
            let scenario = ScaleDataProfile.scenarios[pick(scenarioWeights, &random)]
            let started = generator.now.addingTimeInterval((day - 366) * 86_400)
            let modeRoll = Double.random(in: 0..<1, using: &random)
            let mode = modeRoll < 0.7 ? "coach" : modeRoll < 0.95 ? "exam" : "grade"
            // Better with practice: a trainee's failure chances fall as their calls go by.
            let shift = scenario.difficulty - person.skill - person.progress * progressShare
            var findings: [Finding] = []
            for rule in rules {
                let applies = Double.random(in: 0..<1, using: &random) < ScaleDataProfile.applicability(rule.id, scenario)
                guard applies else {
                    findings.append(Finding(rule: rule.id, section: rule.section.rawValue, verdict: .notApplicable, advice: rule.advice, critical: rule.critical))
                    continue
                }
                let failChance = min(0.95, max(0.005, ScaleDataProfile.baseFailure(rule.id) + shift))
                let fails = Double.random(in: 0..<1, using: &random) < failChance
                let words = ScaleDataProfile.failingWords(rule.id)
                let turn = Int.random(in: 1...max(1, turns), using: &random)
                findings.append(Finding(
                    rule: rule.id, section: rule.section.rawValue, verdict: fails ? .fail : .pass, turn: turn,
                    evidence: fails ? words.randomElement(using: &random) : nil, advice: rule.advice, critical: rule.critical))
            }
            let (_, raw) = Evaluator.sectionScores(for: findings, weights: [:])
            let autoFail = findings.contains { $0.critical && $0.verdict == .fail }
            let score = autoFail ? 0 : raw
            let resolved = findings.first { $0.rule == "resolution" }?.verdict == .pass
            let outcomeRoll = Double.random(in: 0..<1, using: &random)
            let outcome: CallOutcome = outcomeRoll < 0.06 ? .abandoned : outcomeRoll < 0.11 ? .transferred : resolved ? .resolved : .unresolved
            let endReason: EndReason = outcome == .abandoned
                ? (Bool.random(using: &random) ? .customerHungUp : .traineeQuit)
                : outcome == .transferred ? .transferred : .agentEnded
            let hold = findings.first { $0.rule == "hold-etiquette" }?.verdict == .notApplicable ? 0 : Double.random(in: 20...200, using: &random)
            let talk = Double(turns) * Double.random(in: 8...22, using: &random)
            let wrap = Double.random(in: 10...90, using: &random)
            let mood = min(10, max(0, Double(100 - score) / 10 + Double.random(in: -1.5...1.5, using: &random)))
            let csat = CallMetrics.csat(finalMood: mood, resolved: outcome == .resolved, abandoned: outcome == .abandoned)
            let ended = started.addingTimeInterval(talk + hold + wrap)
            let passed = !autoFail && score >= 80
            try db.cachedStatement(sql: """
                INSERT INTO session (traineeId, kind, scenarioId, scenarioTitle, scenarioHash, language, mode, seed,
                    startedAt, endedAt, outcome, endReason, score, passed, passMark, handleSeconds, talkSeconds,
                    holdSeconds, wrapSeconds, csat, resolved, finalMood, timed)
                VALUES (?, 'call', ?, ?, NULL, 'en', ?, ?, ?, ?, ?, ?, ?, ?, 80, ?, ?, ?, ?, ?, ?, ?, 0)
                """).execute(arguments: [
                    person.id, scenario.id, scenario.title, mode, Int64(bitPattern: random.next() % 1_000_000), started, ended,
                    outcome.rawValue, endReason.rawValue, score, passed, (talk + hold + wrap).rounded(), talk.rounded(),
                    hold.rounded(), wrap.rounded(), csat, outcome == .resolved, mood,
                ])
            let session = db.lastInsertedRowID
            let findingStatement = try db.cachedStatement(sql: """
                INSERT INTO finding (sessionId, rule, section, verdict, turn, evidence, advice, critical)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for finding in findings {
                try findingStatement.execute(arguments: [
                    session, finding.rule, finding.section, finding.verdict.rawValue, finding.turn, finding.evidence,
                    finding.advice, finding.critical,
                ])
            }
            let turnStatement = try db.cachedStatement(sql: """
                INSERT INTO turn (sessionId, position, speaker, text, at, duration, tags, categories, moodAfter, phase)
                VALUES (?, ?, ?, ?, ?, ?, '', '', ?, ?)
                """)
            var at = 0.0
            for position in 0..<turns {
                let agent = position % 2 == 0
                let lines = agent ? ScaleDataProfile.agentLines : ScaleDataProfile.customerLines
                let text = lines[min(lines.count - 1, position * lines.count / max(1, turns))]
                let duration = Double.random(in: 2...9, using: &random).rounded()
                let phase = position < 2 ? "opening" : position >= turns - 3 ? "closing" : "body"
                try turnStatement.execute(arguments: [
                    session, position, agent ? "agent" : "customer", text, at, duration, mood, phase,
                ])
                at += duration + Double.random(in: 0...4, using: &random).rounded()
            }
        }

        /// Reviews by five trainers of about one call in 200, each judging six rules and
        /// agreeing with the automatic verdict most of the time.
        func writeReviews(_ db: Database, calls: Int, random: inout SeededGenerator) throws {
            let reviewers = ["Coach Rania", "Coach Daniel", "Coach Mehdi", "Coach Huda", "Coach Laura"]
            let count = max(1, calls / 200)
            for _ in 0..<count {
                let session = Int64.random(in: 1...Int64(max(1, calls)), using: &random)
                let findings = try Row.fetchAll(
                    db, sql: "SELECT rule, verdict, startedAt FROM finding JOIN session ON session.id = finding.sessionId WHERE sessionId = ?",
                    arguments: [session])
                guard let first = findings.first else { continue }
                let when: Date = first["startedAt"]
                for reviewer in reviewers.shuffled(using: &random).prefix(Int.random(in: 1...2, using: &random)) {
                    try db.execute(
                        sql: "INSERT OR IGNORE INTO review (sessionId, reviewer, note, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?)",
                        arguments: [session, reviewer, "Good effort; work on the closing.", when.addingTimeInterval(86_400), when.addingTimeInterval(86_400)])
                    let review = db.lastInsertedRowID
                    for row in findings.shuffled(using: &random).prefix(6) {
                        let automatic: String = row["verdict"]
                        let rule: String = row["rule"]
                        let agreeChance = RuleObjectivity.of(rule) == .objective ? 0.95 : 0.82
                        let verdict = Double.random(in: 0..<1, using: &random) < agreeChance
                            ? automatic : (automatic == "pass" ? "fail" : "pass")
                        try db.execute(
                            sql: "INSERT OR IGNORE INTO reviewVerdict (reviewId, rule, verdict) VALUES (?, ?, ?)",
                            arguments: [review, rule, verdict])
                    }
                }
            }
        }

        /// An index drawn with the given weights.
        private func pick(_ weights: [Double], _ random: inout SeededGenerator) -> Int {
            var roll = Double.random(in: 0..<weights.reduce(0, +), using: &random)
            for (index, weight) in weights.enumerated() {
                roll -= weight
                if roll < 0 { return index }
            }
            return weights.count - 1
        }
    }
}
