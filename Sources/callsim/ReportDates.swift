import Foundation

/// The `--since` and `--until` dates of reports and calibration: whole days, `YYYY-MM-DD`,
/// in local time; `--until` includes its own day.
enum ReportDates {
    /// The start of the day written `text`, in local time.
    ///
    /// - Throws: `CLIError` naming `option` and giving an example, when `text` is not a real
    ///   date written YYYY-MM-DD.
    static func parse(_ text: String, option: String) throws -> Date {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let problem = CLIError("\(option) takes a date written YYYY-MM-DD, e.g. \(option) 2025-03-01 (got '\(text.prefix(40))')")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { throw problem }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { throw problem }
        return date
    }

    /// The filter's bounds: `since` from its day's start, `until` up to the start of the next day.
    static func bounds(since: String?, until: String?) throws -> (since: Date?, until: Date?) {
        let start = try since.map { try parse($0, option: "--since") }
        let end = try until.map { try parse($0, option: "--until") }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let endExclusive = try end.map { date -> Date in
            guard let next = calendar.date(byAdding: .day, value: 1, to: date) else {
                throw CLIError("--until is out of range; give a date such as 2025-03-31")
            }
            return next
        }
        if let start, let endExclusive, start >= endExclusive {
            throw CLIError("--since (\(since ?? "")) is after --until (\(until ?? "")); give the earlier date to --since")
        }
        return (start, endExclusive)
    }
}
