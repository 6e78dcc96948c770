import ArgumentParser
import CallSimContent
import CallSimCore
import Foundation

/// `callsim phrasebook scan FILE... [--phrasebook PATH | --phrases LIST] [--format jsonl|count]`.
struct PhrasebookScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Find phrases in text files, one utterance a line (a chat log, an export).",
        discussion: """
            Each line is normalised and matched against the phrasebook of --lang (default en), \
            the phrasebook files given with --phrasebook, or a plain list of phrases with \
            --phrases (one phrase a line, no pattern syntax). A word of five letters or more may \
            have one typo (marked "fuzzy"), unless --exact. Arabic and Persian words are also \
            tried without a joined prefix (و، ف، ب، ل، ك، ال) or suffix (ها، ی، م، ت، ش، ...) when \
            what remains is a phrasebook word; with --phrases, only when --lang is ar or fa.

            --format jsonl prints one object per match: file, line, start and end (UTF-8 byte \
            offsets in the line), text (the words as written), category, kind and pattern (or, \
            with --phrases, phrase: the line number in the list), and fuzzy. --format count \
            prints how often each phrase was found, most frequent first, then a total. A file \
            that cannot be read is reported as FILE: error: ... and skipped; the exit status is \
            then 1.
            """)

    @Argument(help: ArgumentHelp("Text files, one utterance a line.", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("A phrasebook file to scan with (repeatable; default: the library's phrasebook of --lang).", valueName: "path"))
    var phrasebook: [String] = []

    @Option(help: ArgumentHelp("A plain list of phrases to scan with, one a line.", valueName: "list"))
    var phrases: String?

    @Option(help: ArgumentHelp(
        "The library phrasebook's language: en, ar or fa (with --phrases: ar or fa looks through joined Arabic prefixes or Persian suffixes).",
        valueName: "lang"))
    var lang: String = "en"

    @Option(help: "jsonl (one object per match) or count (matches per phrase).")
    var format: ScanFormat = .jsonl

    @Flag(help: "Match words exactly: no one-typo tolerance.")
    var exact = false

    @Option(help: ArgumentHelp("Fill {agent} with this name.", valueName: "name"))
    var agent: String?

    @Option(help: ArgumentHelp("Fill {company} with this name.", valueName: "name"))
    var company: String?

    @Flag(help: "Print lines, matches and throughput (reading, normalising and matching) on standard error.")
    var stats = false

    @Option(help: ArgumentHelp("Scan everything this many times and report the median (benchmarks).", visibility: .hidden))
    var `repeat` = 1

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if phrases != nil, !phrasebook.isEmpty { throw ValidationError("give --phrasebook or --phrases, not both") }
        if `repeat` < 1 { throw ValidationError("--repeat must be 1 or more") }
    }

    func run() throws {
        try reportingErrors {
            let compileStart = ContinuousClock.now
            var matcher = try loadMatcher()
            let compileSeconds = (ContinuousClock.now - compileStart).seconds
            var slots: [String: String] = [:]
            if let agent { slots["agent"] = agent }
            if let company { slots["company"] = company }
            if !slots.isEmpty { matcher = matcher.with(slots: slots) }
            var scan = ScanRun(matcher: matcher, format: format, listMode: phrases != nil)
            var times: [Double] = []
            var failed = 0
            for run in 0..<`repeat` {
                scan.reset(printing: run == `repeat` - 1)
                failed = scan.scan(files)
                times.append(scan.seconds)
            }
            scan.finish()
            if stats {
                Output.err(scan.statistics(seconds: times.sorted()[times.count / 2], runs: times.count, compileSeconds: compileSeconds))
            }
            if failed > 0 {
                throw CLIError("\(failed) of \(files.count) file\(files.count == 1 ? "" : "s") could not be scanned", code: 1)
            }
        }
    }

    private func loadMatcher() throws -> PhraseMatcher {
        if let phrases {
            guard let data = FileManager.default.contents(atPath: phrases) else {
                throw CLIError("\(phrases): cannot be read; --phrases names a text file of one phrase a line")
            }
            var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
            }
            if lines.last == "" { lines.removeLast() }
            return PhraseMatcher(phrases: lines, toleratesTypos: !exact, affixes: .forLanguage(lang))
        }
        let result = phrasebook.isEmpty ? global.contentLibrary().phrasebook(language: lang) : PhrasebookLibrary.load(paths: phrasebook)
        guard let book = result.value, !result.hasErrors else {
            let which = phrasebook.isEmpty ? "the `\(lang)` phrasebook" : phrasebook.joined(separator: ", ")
            throw CLIError("\(which) could not be loaded; run `callsim phrasebook lint` to see why")
        }
        return PhraseMatcher(phrasebook: book, toleratesTypos: !exact)
    }
}

/// How `phrasebook scan` prints.
enum ScanFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, count
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) * 1e-18
    }
}
