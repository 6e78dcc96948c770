/// One verdict to compare: an item (a rule on a call) judged by two raters.
public struct VerdictPair: Sendable, Hashable {
    /// The rule.
    public var rule: String
    /// The first rater's verdict (the automatic one, or the first reviewer's).
    public var first: Verdict
    /// The second rater's verdict.
    public var second: Verdict

    /// Creates a pair.
    public init(rule: String, first: Verdict, second: Verdict) {
        self.rule = rule
        self.first = first
        self.second = second
    }
}

/// Agreement on one rule, held against its QA target.
public struct RuleCalibration: Sendable, Hashable, Codable {
    /// The rule.
    public var rule: String
    /// Objective or subjective.
    public var objectivity: RuleObjectivity
    /// The agreement figures.
    public var agreement: Agreement
    /// The target agreement, 0 to 1.
    public var target: Double
    /// True when the rule was judged at least once and agreement is under the target.
    public var belowTarget: Bool

    /// The calibration of `rule` with these figures.
    public init(rule: String, objectivity: RuleObjectivity, agreement: Agreement) {
        self.rule = rule
        self.objectivity = objectivity
        self.agreement = agreement
        target = objectivity.target
        belowTarget = (agreement.observed ?? 1) < objectivity.target
    }
}

/// Calibration over a set of verdict pairs: agreement and kappa per rule and overall.
public struct Calibration: Sendable, Hashable, Codable {
    /// One entry per rule, the largest disagreement first.
    public var rules: [RuleCalibration]
    /// Agreement over every pair.
    public var overall: Agreement

    /// Compares the pairs rule by rule. Rules are ordered by observed agreement, lowest
    /// first; then by how far below target; then by more items; then by id.
    public init(pairs: [VerdictPair]) {
        overall = Agreement(pairs: pairs.map { ($0.first, $0.second) })
        let byRule = Dictionary(grouping: pairs, by: \.rule)
        rules = byRule.map { rule, pairs in
            RuleCalibration(
                rule: rule, objectivity: RuleObjectivity.of(rule),
                agreement: Agreement(pairs: pairs.map { ($0.first, $0.second) }))
        }.sorted { a, b in
            let agreementA = a.agreement.observed ?? 1
            let agreementB = b.agreement.observed ?? 1
            if agreementA != agreementB { return agreementA < agreementB }
            let gapA = agreementA - a.target
            let gapB = agreementB - b.target
            if gapA != gapB { return gapA < gapB }
            if a.agreement.items != b.agreement.items { return a.agreement.items > b.agreement.items }
            return a.rule < b.rule
        }
    }

    /// The rules under their target.
    public var belowTarget: [RuleCalibration] { rules.filter(\.belowTarget) }
}
