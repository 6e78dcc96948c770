import Foundation

/// A database with a handful of practice calls by two trainees, made once by piping lines
/// into the built binary and copied for each test that needs it.
enum ReportFixtureCalls {
    /// sam: a good billing call (session 1) and a good chatty call (2); noor: a poor billing
    /// call (3) and a poor chatty call in exam mode (4).
    static let shared: Result<URL, any Error> = Result {
        var callsim = try CallsimProcess()
        callsim.contentHome = try library.get()
        try run(callsim, ["practice", "billing-double-charge", "--seed", "7", "--as", "sam"], Calls.goodBilling)
        try run(callsim, ["practice", "technician-visit-chatty", "--seed", "3", "--as", "sam"], Calls.goodChatty)
        try run(callsim, ["practice", "billing-double-charge", "--seed", "7", "--as", "noor"], Calls.poorBilling)
        try run(callsim, ["practice", "technician-visit-chatty", "--seed", "3", "--as", "noor", "--mode", "exam"], Calls.poorChatty)
        return URL(fileURLWithPath: callsim.databasePath)
    }

    private static func run(_ callsim: CallsimProcess, _ arguments: [String], _ lines: [String]) throws {
        let result = try callsim.run(arguments, lines: lines)
        guard result.status == 0 else { throw FixtureError(message: "\(arguments): \(result.stderr)") }
    }

    struct FixtureError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// The two English scenarios and the phrasebooks, so reports and `next` see a fixed
    /// library however many scenarios the repository bundles.
    static let library: Result<URL, any Error> = Result {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("callsim-report-library-\(UUID().uuidString)")
        let scenarios = folder.appendingPathComponent("scenarios/en")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        for name in ["billing-double-charge.yaml", "technician-visit-chatty.yaml"] {
            try FileManager.default.copyItem(at: repository.appendingPathComponent("scenarios/en/\(name)"), to: scenarios.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: repository.appendingPathComponent("phrasebooks"), to: folder.appendingPathComponent("phrasebooks"))
        return folder
    }

    /// A fresh scratch home holding a copy of the shared database.
    static func callsim() throws -> CallsimProcess {
        let source = try shared.get()
        var callsim = try CallsimProcess()
        callsim.contentHome = try library.get()
        try FileManager.default.copyItem(at: source, to: URL(fileURLWithPath: callsim.databasePath))
        return callsim
    }
}
