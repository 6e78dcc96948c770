/// Agreement between two raters who put the same items into categories.
///
/// Cohen's kappa corrects the observed agreement for the agreement expected by chance from
/// each rater's own category frequencies: κ = (pₒ − pₑ) / (1 − pₑ). 1 is perfect agreement,
/// 0 is no better than chance, below 0 worse than chance.
public struct Agreement: Sendable, Hashable, Codable {
    /// How many items both raters judged.
    public var items: Int
    /// How many they put in the same category.
    public var agreed: Int
    /// Observed agreement pₒ, 0 to 1; nil without items.
    public var observed: Double?
    /// Agreement expected by chance pₑ, 0 to 1; nil without items.
    public var expected: Double?
    /// Cohen's kappa; nil without items, or when chance alone explains all agreement
    /// (both raters always gave one and the same category, pₑ = 1).
    public var kappa: Double?

    /// The agreement of `pairs`, each the two raters' categories for one item.
    public init<Category: Hashable>(pairs: [(Category, Category)]) {
        items = pairs.count
        agreed = pairs.filter { $0.0 == $0.1 }.count
        guard items > 0 else { return }
        let n = Double(items)
        let observed = Double(agreed) / n
        var first: [Category: Int] = [:]
        var second: [Category: Int] = [:]
        for (a, b) in pairs {
            first[a, default: 0] += 1
            second[b, default: 0] += 1
        }
        let expected = first.reduce(0.0) { sum, entry in
            sum + Double(entry.value) / n * Double(second[entry.key] ?? 0) / n
        }
        self.observed = observed
        self.expected = expected
        kappa = expected >= 1 ? nil : (observed - expected) / (1 - expected)
    }
}
