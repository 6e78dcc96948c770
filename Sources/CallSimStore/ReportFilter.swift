import Foundation
import GRDB

/// Which calls a report covers: a period, a mode and a team. Every field is optional; an
/// empty filter covers every call.
public struct ReportFilter: Sendable, Hashable {
    /// The first moment included, or nil for no lower bound.
    public var since: Date?
    /// The first moment excluded (the start of the day after `--until`), or nil for no upper bound.
    public var until: Date?
    /// `coach`, `exam` or `grade`; nil for every mode.
    public var mode: String?
    /// Only trainees of this team (compared without regard to ASCII case); nil for every team.
    public var team: String?

    /// Creates a filter.
    public init(since: Date? = nil, until: Date? = nil, mode: String? = nil, team: String? = nil) {
        self.since = since
        self.until = until
        self.mode = mode
        self.team = team
    }

    /// The SQL condition on a `session` aliased `s` joined to its `trainee` aliased `t`,
    /// starting with `AND`, and its arguments. Only calls are covered, never interviews.
    func conditions(session s: String = "s", trainee t: String = "t") -> (sql: String, arguments: StatementArguments) {
        var sql = " AND \(s).kind = 'call'"
        var arguments: StatementArguments = []
        if let since {
            sql += " AND \(s).startedAt >= ?"
            arguments += [since]
        }
        if let until {
            sql += " AND \(s).startedAt < ?"
            arguments += [until]
        }
        if let mode {
            sql += " AND \(s).mode = ?"
            arguments += [mode]
        }
        if let team {
            sql += " AND \(t).team = ? COLLATE NOCASE"
            arguments += [team]
        }
        return (sql, arguments)
    }
}
