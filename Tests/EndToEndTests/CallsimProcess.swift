import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the built `callsim` binary with piped standard input, as a trainer's script would.
struct CallsimProcess {
    /// What a run printed and how it ended.
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
        /// Standard output without blank lines, for line-by-line checks.
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    /// A scratch home for one test: its own database, history and state folders.
    let home: URL
    /// The bundled content to use instead of the repository's (`CALLSIM_HOME`), when set.
    var contentHome: URL?

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("callsim-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    var databasePath: String { home.appendingPathComponent("callsim.sqlite").path }

    /// The environment the binary runs with: no colour, scratch paths.
    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["CALLSIM_DB"] = databasePath
        environment["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["CALLSIM_LIBRARY"] = nil
        if let contentHome { environment["CALLSIM_HOME"] = contentHome.path }
        environment["NO_COLOR"] = "1"
        return environment
    }

    static var executable: URL { PseudoTerminal.executable(named: "callsim") }

    /// Runs `callsim arguments...` with `input` on standard input (bytes, so invalid UTF-8 can be sent).
    func run(_ arguments: [String], input: [UInt8] = [], extraEnvironment: [String: String] = [:], timeout: TimeInterval = 600) throws -> Result {
        let id = UUID().uuidString
        let inURL = home.appendingPathComponent("in-\(id)")
        let outURL = home.appendingPathComponent("out-\(id)")
        let errURL = home.appendingPathComponent("err-\(id)")
        try Data(input).write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.environment = environment.merging(extraEnvironment) { _, new in new }
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        return Result(
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
            status: process.terminationStatus)
    }

    /// Runs with `lines` joined by newlines on standard input.
    func run(_ arguments: [String], lines: [String], extraEnvironment: [String: String] = [:]) throws -> Result {
        try run(arguments, input: Array((lines.joined(separator: "\n") + "\n").utf8), extraEnvironment: extraEnvironment)
    }
}

/// Calls written for the bundled scenarios: a good agent and a poor one.
enum Calls {
    static let goodBilling = [
        "Thank you for calling Nile Telecom, my name is Sam. How can I help you today?",
        "I'm really sorry you were charged twice, I understand how frustrating that is.",
        "So I can look at the account, may I have your account number and date of birth, please?",
        "/action refund 49.99",
        "I have refunded the duplicate payment; you will see it back on your card within three to five working days.",
        "To recap, the duplicate payment of 49.99 is refunded. Is there anything else I can help you with?",
        "Thank you for calling Nile Telecom, have a good evening. Goodbye!",
        "/end",
        "/notes Customer charged twice for the November internet bill; refunded the 49.99 duplicate, 3-5 working days.",
    ]

    static let poorBilling = [
        "Hi.",
        "Calm down, what's your problem?",
        "/action refund 49.99",
        "OK done.",
        "/end",
    ]

    static let goodChatty = [
        "Good morning, thank you for calling Nile Telecom, my name is Sam. How can I help?",
        "I'm sorry to hear the line is crackling. Does it happen mostly in the evenings?",
        "Coming back to your line, may I have your account number and postcode, please?",
        "I can book a technician for Tuesday morning or Thursday afternoon. Would Tuesday morning suit you?",
        "/action book-visit tuesday",
        "You're booked for Tuesday between 8 and 12, and the technician will call you 30 minutes before arriving.",
        "To recap, a technician visits on Tuesday morning to fix the crackling line. Is there anything else I can help you with?",
        "Thank you for calling Nile Telecom, have a lovely day. Goodbye!",
        "/end",
        "/notes Crackling line and evening internet drops; booked a technician visit for Tuesday morning 8-12.",
    ]

    static let poorChatty = [
        "Hello, Nile Telecom.",
        "Okay.",
        "Right.",
        "What do you need?",
        "/end",
    ]
}
