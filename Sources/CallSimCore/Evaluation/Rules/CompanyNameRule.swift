/// `company-name` — the agent names the company in the opening; not applicable when no
/// company is known.
///
/// Why: customers judge a brand's professionalism by its phone service (DOMAIN: 70% of
/// consumers); naming the company confirms they reached the right place.
struct CompanyNameRule: CallRule {
    let id = "company-name"
    let section = RuleSection.opening
    let question = "Did the agent name the company in the opening?"
    let advice = "Name the company in your opening line."
    let praise = "You named the company."
    var exampleCategory: String? { "company-mention" }

    func evaluate(_ call: CallRecord) -> RuleStatus {
        guard let company = call.configuration.company, !company.isEmpty else { return .notApplicable }
        return call.firstMatch(of: ["company-mention"], in: call.openingLines, window: 2)
    }
}
