import ArgumentParser
import CallSimStore
import Foundation

/// `callsim bench-db`: a hidden command that fills a new database with a large made-up cohort,
/// to measure reports at scale (scripts/bench-reports.sh).
struct BenchDBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-db",
        abstract: "Fill a new database with a large, realistic made-up cohort, for benchmarks.",
        shouldDisplay: false)

    @Option(help: "How many trainees.")
    var trainees = 1_000

    @Option(help: "How many calls in all.")
    var calls = 100_000

    @Option(help: "How many turns in all.")
    var turns = 2_000_000

    @Option(help: "The seed: the same seed gives the same database.")
    var seed: UInt64 = 2024

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard trainees > 0, calls >= 0, turns >= 0 else { throw ValidationError("--trainees must be 1 or more; --calls and --turns 0 or more") }
        guard global.db != nil else { throw ValidationError("name the new database with --db PATH") }
    }

    func run() throws {
        try withStore(global) { store in
            let generator = ScaleDataGenerator(trainees: trainees, calls: calls, turns: turns, seed: seed, now: Date())
            try generator.generate(into: store) { Output.err("bench-db: \($0)") }
        }
    }
}
