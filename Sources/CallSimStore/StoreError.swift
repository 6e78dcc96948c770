/// Why the store could not do what was asked, in words a trainer can act on.
///
/// Every message is one line that names the database and says what to do next.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or its folder cannot be created, read or written; `reason` says why
    /// (e.g. "permission denied").
    case cannotOpen(path: String, reason: String)
    /// The file is not an SQLite database, or it is damaged.
    case corrupt(path: String)
    /// The database was migrated by a newer callsim: it holds `migrations` this binary does not know.
    case newerDatabase(path: String, migrations: [String])
    /// Another callsim kept the database locked for longer than the busy timeout.
    case busy(path: String)
    /// No session has this id.
    case noSuchSession(Int64)
    /// The session was already finished; a call is finished once.
    case sessionAlreadyFinished(Int64)
    /// The session already has a turn at this position.
    case duplicateTurn(session: Int64, position: Int)
    /// A trainee's name was empty or only spaces.
    case emptyTraineeName
    /// No trainee has this name.
    case noSuchTrainee(String)
    /// Another trainee already has this name.
    case traineeExists(String)
    /// Any other database failure, with SQLite's own words.
    case failed(path: String, reason: String)

    /// The one-line message: what went wrong, and what to do about it.
    public var description: String {
        let elsewhere = "choose another path with --db or CALLSIM_DB"
        return switch self {
        case .cannotOpen(let path, let reason):
            "cannot open the database at \(path): \(reason); \(elsewhere)"
        case .corrupt(let path):
            "the file at \(path) is not a callsim database or is damaged; move it aside, or \(elsewhere)"
        case .newerDatabase(let path, let migrations):
            "the database at \(path) was written by a newer callsim "
                + "(unknown schema \(migrations.joined(separator: ", "))); upgrade callsim, or \(elsewhere)"
        case .busy(let path):
            "the database at \(path) stayed locked by another callsim for more than "
                + "\(CallStore.busyTimeoutSeconds) seconds; try again when it has finished"
        case .noSuchSession(let id):
            "there is no session \(id); list the sessions with callsim history"
        case .sessionAlreadyFinished(let id):
            "session \(id) is already finished; start a new call to practise again"
        case .duplicateTurn(let session, let position):
            "session \(session) already has a turn at position \(position); number the turns of a call from 0, one each"
        case .emptyTraineeName:
            "a trainee needs a name; give one with --as NAME"
        case .noSuchTrainee(let name):
            "there is no trainee named \(name); list the trainees with callsim trainee list"
        case .traineeExists(let name):
            "there is already a trainee named \(name); choose another name"
        case .failed(let path, let reason):
            "the database at \(path) failed: \(reason); if this happens again, check the disk, or \(elsewhere)"
        }
    }
}
