import Foundation

/// One review of one card, as stored: enough to rerun any scheduler over a trainee's history.
public struct DrillReview: Sendable, Hashable, Codable {
    /// The deck's name.
    public var deck: String
    /// The deck's language.
    public var language: String
    /// The card's id.
    public var cardId: String
    /// When the card was answered.
    public var at: Date
    /// The grade, 0 to 5 (SM-2's quality of response); 3 or more is a pass.
    public var grade: Int
    /// What the trainee typed (empty when skipped).
    public var answer: String

    /// Creates a review.
    public init(deck: String, language: String, cardId: String, at: Date, grade: Int, answer: String) {
        self.deck = deck
        self.language = language
        self.cardId = cardId
        self.at = at
        self.grade = grade
        self.answer = answer
    }

    /// The lowest passing grade.
    public static let passingGrade = 3

    /// True when the grade is a pass.
    public var passed: Bool { grade >= Self.passingGrade }
}

/// Whole days in the trainee's time zone, so "due tomorrow" means the next calendar day.
public struct DrillCalendar: Sendable, Hashable {
    /// Seconds east of UTC.
    public var secondsFromGMT: Int

    /// A calendar with this offset from UTC.
    public init(secondsFromGMT: Int) {
        self.secondsFromGMT = secondsFromGMT
    }

    /// UTC.
    public static let utc = DrillCalendar(secondsFromGMT: 0)

    /// The number of the day `date` falls on (days since 1 January 1970, in this time zone).
    public func day(of date: Date) -> Int {
        Int(((date.timeIntervalSince1970 + Double(secondsFromGMT)) / 86_400).rounded(.down))
    }
}
