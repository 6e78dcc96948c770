/// `wrap-up-notes` — notes are written that state the issue and the outcome: at least five
/// words, sharing words with the call (the issue) and naming what was done.
///
/// Why: "close the call and add notes to the customer's record" (DOMAIN, wrap time); the next
/// agent relies on them.
struct WrapUpNotesRule: CallRule {
    let id = "wrap-up-notes"
    let section = RuleSection.closing
    let question = "Did the agent write notes that state the issue and the outcome?"
    let advice = "Write wrap-up notes with /notes: the customer's issue and what you did, e.g. “Charged twice in November; refunded 49.99, 3–5 days.”"
    let praise = "Notes written."

    func evaluate(_ call: CallRecord) -> RuleStatus {
        let notes = call.turns.filter { if case .notes = $0.command { true } else { false } }
        guard let last = notes.last, case .notes = last.command else {
            return call.finished ? .fail(turn: nil, evidence: nil) : .pending
        }
        let text = notes.compactMap { turn -> String? in
            if case .notes(let words) = turn.command { return words }
            return nil
        }.joined(separator: " ")
        let words = Normalizer.normalize(text).tokens.map(\.text)
        guard words.count >= 5 else {
            return .fail(turn: last.index, evidence: text, advice: "Your notes are too short to be useful. \(advice)")
        }
        var callWords = Set<String>()
        for turn in call.turns where turn.command == nil {
            for token in Normalizer.normalize(turn.text).tokens where token.text.unicodeScalars.count >= 4 {
                callWords.insert(token.text)
            }
        }
        let shared = Set(words.filter { $0.unicodeScalars.count >= 4 }).intersection(callWords)
        guard shared.count >= 2 else {
            return .fail(turn: last.index, evidence: text, advice: "Your notes don't describe this call. \(advice)")
        }
        return .pass(turn: last.index, evidence: text.excerpt)
    }
}
