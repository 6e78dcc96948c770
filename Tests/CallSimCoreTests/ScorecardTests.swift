import Testing
@testable import CallSimCore

@Suite("Scorecard")
struct ScorecardTests {
    /// The rule ids of CONTRACTS.md §5, in order.
    static let contractRuleIDs = [
        "greeting", "agent-name", "company-name", "good-time-check",
        "identity-verification",
        "acknowledge-feelings", "no-arguing", "no-repeat-questions",
        "steer-chatty-caller", "hold-etiquette", "transfer-etiquette", "dead-air", "concise-turns",
        "discouraged-phrases", "no-abuse",
        "resolution", "no-unauthorised-concessions", "set-expectations",
        "recap", "anything-else", "farewell", "wrap-up-notes",
    ]

    /// The model call without its farewell and notes: closing scores 2 of 4.
    static let callWithoutFarewellOrNotes = Array(Fixtures.goodCall.filter {
        if case .agent(let text, _) = $0 { return !text.hasPrefix("Thank you for calling") && !text.hasPrefix("/notes") }
        return true
    })

    @Test func theCatalogueHasEveryContractRuleOnceInOrder() {
        // Given the rule catalogue
        // Then it lists the rules of CONTRACTS.md §5, in order, each once, with the right sections
        #expect(RuleCatalogue.ids == Self.contractRuleIDs)
        #expect(RuleCatalogue.all.filter(\.critical).map(\.id) == ["identity-verification", "no-abuse"])
        #expect(RuleCatalogue.rule("farewell")?.section == .closing)
        #expect(RuleCatalogue.rule("dead-air")?.section == .callControl)
        #expect(RuleCatalogue.rule("no-such-rule") == nil)
        #expect(RuleSection.allCases.map(\.weight).reduce(0, +) == 100)
        #expect(RuleSection.allCases.map(\.rawValue) == ["opening", "verification", "empathy", "call-control", "language", "resolution", "closing"])
    }

    @Test func everyRuleAppearsOnceInFindingsInCatalogueOrder() throws {
        // Given a graded call, and a graded empty transcript
        let good = try Fixtures.grade(Fixtures.goodCall)
        let empty = try Fixtures.grade([.customer("Hello?")], scenario: nil)
        // Then each has one finding per rule, in catalogue order
        #expect(good.findings.map(\.rule) == Self.contractRuleIDs)
        #expect(empty.findings.map(\.rule) == Self.contractRuleIDs)
        #expect(good.findings.map(\.section) == RuleCatalogue.all.map(\.section.rawValue))
    }

    @Test func theModelCallScoresFullMarks() throws {
        // Given the model call
        let card = try Fixtures.grade(Fixtures.goodCall)
        // Then every applicable rule passes, the score is 100, and every section earns its weight
        let notApplicable = Set(card.findings.filter { $0.verdict == .notApplicable }.map(\.rule))
        #expect(notApplicable == ["good-time-check", "steer-chatty-caller", "hold-etiquette", "transfer-etiquette", "dead-air"])
        #expect(card.findings.allSatisfy { $0.verdict != .fail })
        #expect(card.score == 100)
        #expect(card.passed)
        #expect(card.passMark == 80)
        #expect(card.autoFail.isEmpty)
        #expect(card.sections.map(\.id) == ["opening", "verification", "empathy", "call-control", "language", "resolution", "closing"])
        #expect(card.sections.map(\.score) == [10, 10, 20, 15, 15, 20, 10])
        #expect(card.sections.map(\.max) == [10, 10, 20, 15, 15, 20, 10])
        #expect(card.sections.first?.title == "Opening")
    }

    @Test func sectionsScaleToOneHundredWhenSomeAreNotApplicable() throws {
        // Given a generic call where verification and resolution cannot apply and the close is missing
        let card = try Fixtures.grade([.agent("Hello, my name is Sam."), .agent("/end")], scenario: nil, company: nil)
        // Then those sections drop out, the rest scale to 100, and the score is 60 of 70 points
        #expect(card.sections.map(\.id) == ["opening", "empathy", "call-control", "language", "closing"])
        #expect(card.sections.map(\.max) == [14.3, 28.6, 21.4, 21.4, 14.3])
        #expect(card.sections.map(\.score) == [14.3, 28.6, 21.4, 21.4, 0])
        #expect(card.score == 86)
        #expect(card.passed)
    }

    @Test func sectionScoresShareEachWeightAmongApplicableRules() {
        // Given findings in two sections, one rule of two failed in the opening
        let findings = [
            Finding(rule: "greeting", section: "opening", verdict: .pass, advice: ""),
            Finding(rule: "agent-name", section: "opening", verdict: .fail, advice: ""),
            Finding(rule: "company-name", section: "opening", verdict: .notApplicable, advice: ""),
            Finding(rule: "no-abuse", section: "language", verdict: .pass, advice: "", critical: true),
        ]
        // When scored with the standard weights and with the opening weighted 30
        let standard = Evaluator.sectionScores(for: findings, weights: [:])
        let weighted = Evaluator.sectionScores(for: findings, weights: ["opening": 30])
        // Then the opening earns half its weight, and the sections scale to 100
        #expect(standard.score == 80)
        #expect(standard.sections.map(\.score) == [20, 60])
        #expect(standard.sections.map(\.max) == [40, 60])
        #expect(weighted.score == 67)
        #expect(weighted.sections.map(\.score) == [33.3, 33.3])
        #expect(weighted.sections.map(\.max) == [66.7, 33.3])
    }

    @Test func noApplicableRuleScoresZero() {
        // Given only not-applicable findings
        let findings = [Finding(rule: "greeting", section: "opening", verdict: .notApplicable, advice: "")]
        // Then there are no sections and the score is 0
        let result = Evaluator.sectionScores(for: findings, weights: [:])
        #expect(result.sections.isEmpty)
        #expect(result.score == 0)
    }

    @Test func thePassMarkComesFromTheScenario() throws {
        // Given a call scoring 95 (closing 2 of 4), graded with the standard pass mark and with 96
        let standard = try Fixtures.grade(Self.callWithoutFarewellOrNotes)
        let strict = try Fixtures.grade(Self.callWithoutFarewellOrNotes, scenario: Fixtures.scenario { $0.scorecard.passMark = 96 })
        // Then it passes at 80 and fails at 96
        #expect(standard.score == 95)
        #expect(standard.passed)
        #expect(strict.score == 95)
        #expect(strict.passMark == 96)
        #expect(strict.passed == false)
    }

    @Test func theScenarioCanChangeWeights() throws {
        // Given the same call with the closing weighted 60
        let card = try Fixtures.grade(Self.callWithoutFarewellOrNotes, scenario: Fixtures.scenario { $0.scorecard.weights = ["closing": 60] })
        // Then the closing's half counts for more: 120 of 150 points
        #expect(card.score == 80)
        #expect(card.sections.last?.id == "closing")
        #expect(card.sections.last?.max == 40)
        #expect(card.sections.last?.score == 20)
    }

    @Test func disabledRulesAreNotApplicable() throws {
        // Given the same call with farewell and wrap-up notes disabled
        let card = try Fixtures.grade(
            Self.callWithoutFarewellOrNotes, scenario: Fixtures.scenario { $0.scorecard.disabled = ["farewell", "wrap-up-notes"] })
        // Then they do not apply, and the call scores full marks
        #expect(Fixtures.verdict("farewell", card) == .notApplicable)
        #expect(Fixtures.verdict("wrap-up-notes", card) == .notApplicable)
        #expect(card.findings.count == 22)
        #expect(card.score == 100)
    }

    @Test func aCriticalFailureScoresZeroWhateverTheSections() throws {
        // Given the model call with an insult added, graded as a generic call
        var lines = Fixtures.goodCall
        lines.insert(.agent("You idiot."), at: 2)
        let card = try Fixtures.grade(lines, scenario: nil)
        // Then the sections still show their points but the score is 0
        #expect(card.sections.map(\.score).reduce(0, +) > 80)
        #expect(card.score == 0)
        #expect(card.passed == false)
        #expect(card.autoFail == ["no-abuse"])
    }

    @Test func metricsOfTheModelCall() throws {
        // Given the model call
        let card = try Fixtures.grade(Fixtures.goodCall)
        // Then it is resolved, the customer ends at mood 3 (7, less 2 for the apology and empathy, less 2
        // when the refund resolves the issue; CSAT 4), and the notes took 22.5 s to type
        #expect(card.metrics.resolved)
        #expect(card.metrics.finalMood == 3)
        #expect(card.metrics.csat == 4)
        #expect(card.metrics.holdSeconds == 0)
        #expect(card.metrics.wrapSeconds == 22.5)
        #expect(card.metrics.talkSeconds > 0)
        #expect(abs(card.metrics.handleSeconds - (card.metrics.talkSeconds + card.metrics.wrapSeconds)) < 0.11)
    }

    @Test func anAbandonedCallHasTheLowestCSAT() throws {
        // Given a call the customer hung up on
        let card = try Fixtures.grade([.agent("Hello."), .customer("Bye!")], finish: .customerHungUp)
        // Then CSAT is 1
        #expect(card.metrics.csat == 1)
        #expect(card.metrics.resolved == false)
    }
}
