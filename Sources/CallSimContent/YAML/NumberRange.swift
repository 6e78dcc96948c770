/// The values a number in a file may take, and how to say so.
struct NumberRange: Sendable {
    var lower: Double?
    var upper: Double?
    var lowerExclusive = false

    /// From `lower` to `upper`, both included.
    static func between(_ lower: Double, _ upper: Double) -> NumberRange {
        NumberRange(lower: lower, upper: upper)
    }

    /// Zero or more.
    static let nonNegative = NumberRange(lower: 0, upper: nil)
    /// More than zero.
    static let positive = NumberRange(lower: 0, upper: nil, lowerExclusive: true)
    /// A mood, 0 to 10.
    static let mood = NumberRange.between(0, 10)
    /// A change of mood, -10 to 10.
    static let moodChange = NumberRange.between(-10, 10)

    func contains(_ value: Double) -> Bool {
        guard value.isFinite else { return false }
        if let lower, lowerExclusive ? value <= lower : value < lower { return false }
        if let upper, value > upper { return false }
        return true
    }

    /// "between 0 and 10", "0 or more", "more than 0".
    var phrase: String {
        switch (lower, upper) {
        case (let lower?, let upper?): return "between \(Self.format(lower)) and \(Self.format(upper))"
        case (let lower?, nil): return lowerExclusive ? "more than \(Self.format(lower))" : "\(Self.format(lower)) or more"
        case (nil, let upper?): return "\(Self.format(upper)) or less"
        case (nil, nil): return "a finite number"
        }
    }

    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
