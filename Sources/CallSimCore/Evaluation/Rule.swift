/// A scorecard section (CONTRACTS.md §5) and its standard weight.
public enum RuleSection: String, Sendable, CaseIterable, Codable {
    case opening, verification, empathy
    case callControl = "call-control"
    case language, resolution, closing

    /// The standard weight; the weights sum to 100.
    public var weight: Double {
        switch self {
        case .opening: 10
        case .verification: 10
        case .empathy: 20
        case .callControl: 15
        case .language: 15
        case .resolution: 20
        case .closing: 10
        }
    }

    /// The section's name on the scorecard.
    public var title: String {
        switch self {
        case .opening: "Opening"
        case .verification: "Verification"
        case .empathy: "Empathy and listening"
        case .callControl: "Call control"
        case .language: "Language"
        case .resolution: "Resolution"
        case .closing: "Closing"
        }
    }
}

/// A rule's state on a call that may still be going.
public enum RuleStatus: Sendable, Hashable {
    /// Met, with the turn index and the words that show it.
    case pass(turn: Int?, evidence: String?)
    /// Broken, with the turn index, the words, and advice specific to this failure.
    case fail(turn: Int?, evidence: String?, advice: String? = nil)
    /// The rule does not apply to this call.
    case notApplicable
    /// Not decided yet: the call is still going.
    case pending

    var isDecided: Bool {
        switch self {
        case .pending: false
        default: true
        }
    }
}

/// One criterion of the QA scorecard. Each rule lives in its own file with its purpose,
/// its advice and its messages, and is used unchanged by live practice and by grading.
public protocol CallRule: Sendable {
    /// The id of CONTRACTS.md §5.
    var id: String { get }
    var section: RuleSection { get }
    /// A critical rule that fails scores the whole call 0.
    var critical: Bool { get }
    /// The criterion as a QA question.
    var question: String { get }
    /// What the trainee is told when the rule fails.
    var advice: String { get }
    /// The phrase category whose first phrase is offered as an example in the advice.
    var exampleCategory: String? { get }
    /// What the trainee is told in coach mode when the rule is met.
    var praise: String { get }
    /// Judges the call; while `call.isOver` is false, a rule that cannot be decided yet returns `.pending`.
    func evaluate(_ call: CallRecord) -> RuleStatus
}

extension CallRule {
    public var critical: Bool { false }
    public var exampleCategory: String? { nil }
}
