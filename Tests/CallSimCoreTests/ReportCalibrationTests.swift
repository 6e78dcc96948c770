import CallSimCore
import Testing

@Suite("Reports: agreement, kappa and calibration")
struct ReportCalibrationTests {
    @Test("kappa of a textbook table: 20 items, 70% observed, 50% by chance, kappa 0.4")
    func textbookKappa() {
        // Given two raters: yes/yes 7, yes/no 3, no/yes 3, no/no 7
        let pairs: [(String, String)] =
            Array(repeating: ("yes", "yes"), count: 7) + Array(repeating: ("yes", "no"), count: 3)
            + Array(repeating: ("no", "yes"), count: 3) + Array(repeating: ("no", "no"), count: 7)
        // When their agreement is computed
        let agreement = Agreement(pairs: pairs)
        // Then observed is 0.7, expected 0.5 and kappa 0.4
        #expect(agreement.items == 20)
        #expect(agreement.agreed == 14)
        #expect(agreement.observed == 0.7)
        #expect(agreement.expected == 0.5)
        #expect(abs((agreement.kappa ?? 0) - 0.4) < 1e-12)
    }

    @Test("perfect agreement on one category leaves kappa undefined; no items leaves everything nil")
    func degenerateKappa() {
        // Given raters who always say pass, and raters who judged nothing
        let same = Agreement(pairs: [(Verdict.pass, Verdict.pass), (.pass, .pass)])
        let none = Agreement(pairs: [(Verdict, Verdict)]())
        // Then the first agrees fully with no kappa, the second has no figures
        #expect(same.observed == 1)
        #expect(same.kappa == nil)
        #expect(none.items == 0)
        #expect(none.observed == nil)
        #expect(none.kappa == nil)
    }

    @Test("objective and subjective rules, with their targets")
    func objectivity() {
        #expect(RuleObjectivity.of("greeting") == .objective)
        #expect(RuleObjectivity.of("identity-verification") == .objective)
        #expect(RuleObjectivity.of("acknowledge-feelings") == .subjective)
        #expect(RuleObjectivity.of("wrap-up-notes") == .subjective)
        #expect(RuleObjectivity.of("made-up-rule") == .subjective)
        #expect(RuleObjectivity.objective.target == 0.9)
        #expect(RuleObjectivity.subjective.target == 0.8)
        // Every subjective rule is a real rule of the catalogue
        #expect(RuleObjectivity.subjectiveRules.isSubset(of: Set(RuleCatalogue.ids)))
    }

    @Test("calibration lists the largest disagreement first and flags rules under target")
    func calibrationOrder() {
        // Given greeting agreed 9 of 10 times, recap 4 of 5, farewell 1 of 2
        var pairs: [VerdictPair] = []
        pairs += Array(repeating: VerdictPair(rule: "greeting", first: .pass, second: .pass), count: 9)
        pairs.append(VerdictPair(rule: "greeting", first: .pass, second: .fail))
        pairs += Array(repeating: VerdictPair(rule: "recap", first: .fail, second: .fail), count: 4)
        pairs.append(VerdictPair(rule: "recap", first: .fail, second: .pass))
        pairs += [VerdictPair(rule: "farewell", first: .pass, second: .pass), VerdictPair(rule: "farewell", first: .pass, second: .fail)]
        // When they are calibrated
        let calibration = Calibration(pairs: pairs)
        // Then farewell (50%) comes first, then recap (80%), then greeting (90%)
        #expect(calibration.rules.map(\.rule) == ["farewell", "recap", "greeting"])
        // And only farewell is under its target: recap meets 80% (subjective), greeting 90% (objective)
        #expect(calibration.belowTarget.map(\.rule) == ["farewell"])
        #expect(calibration.overall.items == 17)
        #expect(calibration.overall.agreed == 14)
    }
}
