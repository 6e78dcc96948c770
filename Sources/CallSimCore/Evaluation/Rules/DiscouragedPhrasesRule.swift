/// `discouraged-phrases` — none of the phrasebooks' discouraged phrases ("calm down",
/// "that's not my problem", "I don't know", ...).
///
/// Why: words that dismiss or negate the customer inflame them; better words calm (DOMAIN,
/// five phrases: "Certainly!" rather than "yes", "all I am saying is" rather than "but").
struct DiscouragedPhrasesRule: CallRule {
    let id = "discouraged-phrases"
    let section = RuleSection.language
    let question = "Did the agent avoid discouraged phrases?"
    let advice = "Choose words that calm and include the customer; avoid dismissive or negating phrases."
    let praise = ""

    func evaluate(_ call: CallRecord) -> RuleStatus {
        call.never({ $0.kind == .discouraged }) { match in
            match.replacement.map { "Avoid this phrase. Instead: “\($0)”" }
        }
    }
}
