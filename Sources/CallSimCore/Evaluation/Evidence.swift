/// How much a line shows of a phrase category, for the rules.
///
/// Every phrase has a weight (1 unless the phrasebook says otherwise): how strongly it
/// evidences its category on its own. A line shows a category when the distinct phrases of
/// that category found in it weigh at least 1 together, so a weak phrase (weight 0.5, such as
/// "how can I help you" for a greeting or a bare "sorry" for an apology) counts only beside
/// another phrase of the category.
extension CallTurn {
    /// The weight needed for a line to show a category.
    static let evidenceThreshold = 1.0

    /// The summed weight of the distinct phrases of `categories` found in this line.
    func evidenceWeight(for categories: Set<String>) -> Double {
        var seen = Set<Int>()
        var total = 0.0
        for match in matches where categories.contains(match.category) && seen.insert(match.phraseIndex).inserted {
            total += match.weight
        }
        return total
    }

    /// True when this line's phrases of `categories` weigh at least 1 together.
    func shows(_ categories: Set<String>) -> Bool {
        evidenceWeight(for: categories) >= Self.evidenceThreshold - 1e-9
    }

    /// True when this line's phrases of `category` weigh at least 1 together.
    func shows(_ category: String) -> Bool { shows([category]) }
}
