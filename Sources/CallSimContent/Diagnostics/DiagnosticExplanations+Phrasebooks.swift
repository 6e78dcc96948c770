/// Explanations of the B (phrasebook) and P (phrase pattern) codes.
extension DiagnosticExplanations {
    static let phrasebooks: [String: String] = [
        "B001": "The key is not part of the phrasebook format at that place, usually a misspelling; the message suggests the closest.",
        "B002": "The value is of the wrong kind, for example a text where the list of `phrases` was expected.",
        "B003": "A key the phrasebook needs is missing or empty: `language` and `categories`, and in each category `kind` and `phrases`.",
        "B004": "The value must be one of a fixed set of words: a category's `kind` is `recommended`, `discouraged`, `abusive` or `signal`.",
        "B005": "The number is outside its range, for example a phrase `weight` or a category's mood effect.",
        "B006": "Category ids are what scenarios write in `said:` and rules refer to; they use only lowercase letters, digits and hyphens.",
        "B007": "Two categories in one file have the same id; the second would silently add to the first. Merge them or rename one.",
        "B008": "All files merged into one phrasebook must declare the same `language`; the message names the file that disagrees.",
        "B009": "A category has no phrases, so nothing the agent says can match it. Add phrases or remove the category.",
        "B010": "Two phrases of one category stand for the same words (after alternatives and optional parts are written out), so the second adds nothing. Remove it, or make it say something else.",
        "B011": "Every wording of the phrase contains a shorter phrase of the same category, which already matches wherever this one would. Keep the shorter one, unless the longer one carries a different weight or replacement.",
        "B012": "Every wording of a discouraged or abusive phrase contains a recommended phrase, so a line with it also counts as good practice. Narrow one of the two.",
        "B013": "Every wording of a recommended phrase contains a discouraged or abusive phrase, so saying it is also penalised. Narrow one of the two.",
        "B014": "A word of the phrase is only punctuation or symbols; text is normalised to letters and digits before matching, so the phrase can never match. Remove the symbol or spell it out.",
        "P001": "A pattern's brackets do not balance: every `(` needs a `)` and every `[` a `]`. The caret points at the column inside the pattern.",
        "P002": "`|` separates alternatives and is only allowed inside `( )` or `[ ]`: write `(refund|credit)`, not `refund|credit`.",
        "P003": "A pattern has empty alternatives `()`, an empty alternative `(a|)`, or an empty optional part `[]`; remove them or write the words.",
        "P004": "The pattern has no words (only brackets or spaces). Write the phrase.",
        "P005": "A pattern made only of wildcards (`*`) and slots (`{agent}`) would match almost anything. Add at least one plain word.",
        "P006": "Alternatives and optional parts multiply: a pattern may stand for at most 512 phrases. Split it into several patterns.",
        "P007": "Patterns may use the slots `{agent}`, `{company}` and `{customer}`, filled per call; the message suggests the closest.",
    ]
}
