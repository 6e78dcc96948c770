/// `company-name` — the agent names the company in the opening (their first two lines); not
/// applicable when no company is known (a scenario's company, or a transcript's `@company`).
///
/// The company is named by a `company-mention` phrase ("thank you for calling {company}",
/// "welcome to {company}", ...) or by the company's own name anywhere in those lines, in the
/// forms agents use: the distinctive part without a legal-form word ("Acme" for "AcmeCorp"),
/// written joined or apart ("AcmeBrands", "Acme Brands"), and in Arabic with a prefix joined
/// to it («بنايل تيليكوم»). See `CompanyNameForms`.
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
        let lines = call.openingLines
        if let forms = CompanyNameForms(company) {
            for turn in lines {
                if turn.shows("company-mention") {
                    return .pass(turn: turn.index, evidence: turn.evidence(for: ["company-mention"]))
                }
                let text = Normalizer.normalize(turn.text)
                if let range = forms.find(in: text.tokens.map(\.text), language: call.configuration.language) {
                    return .pass(turn: turn.index, evidence: text.quote(range))
                }
            }
        }
        return call.firstMatch(of: ["company-mention"], in: lines, window: 2)
    }
}
