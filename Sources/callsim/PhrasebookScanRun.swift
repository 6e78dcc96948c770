import CallSimCore
import Foundation

/// One pass of `phrasebook scan` over its files: normalises and matches every line with one
/// reusable `PhraseScanner`, and prints matches (jsonl) or tallies them (count).
struct ScanRun {
    let matcher: PhraseMatcher
    let format: ScanFormat
    /// True when the phrases are a plain list (`--phrases`), reported by line number.
    let listMode: Bool
    private var scanner = PhraseScanner()
    private var output = ByteOutput()
    private var counts: [Int]
    private var printing = true
    private(set) var seconds = 0.0
    private(set) var lines = 0
    private(set) var bytes = 0
    private(set) var matches = 0
    private(set) var fuzzy = 0
    private(set) var matchedLines = 0

    init(matcher: PhraseMatcher, format: ScanFormat, listMode: Bool) {
        self.matcher = matcher
        self.format = format
        self.listMode = listMode
        counts = Array(repeating: 0, count: matcher.phraseCount)
    }

    /// Starts a new pass; only a printing pass writes matches and problems.
    mutating func reset(printing: Bool) {
        self.printing = printing
        seconds = 0
        lines = 0
        bytes = 0
        matches = 0
        fuzzy = 0
        matchedLines = 0
        counts = Array(repeating: 0, count: matcher.phraseCount)
    }

    /// Scans every file; returns how many could not be read.
    mutating func scan(_ files: [String]) -> Int {
        var failed = 0
        for file in files {
            let start = ContinuousClock.now
            defer { seconds += (ContinuousClock.now - start).seconds }
            do {
                let summary = try LineFile.forEachLine(path: file) { number, line in
                    scanLine(line, number: number, file: file)
                }
                lines += summary.lines
                if printing {
                    for number in summary.skippedLines {
                        Output.err("\(file):\(number): warning: line longer than \(LineFile.maximumLine >> 20) MB, skipped")
                    }
                }
            } catch {
                failed += 1
                if printing { Output.err("\(file): error: \(error.message)") }
            }
        }
        return failed
    }

    private mutating func scanLine(_ line: UnsafeBufferPointer<UInt8>, number: Int, file: String) {
        matcher.scan(line, into: &scanner)
        let hits = scanner.hits
        bytes += line.count
        if !hits.isEmpty {
            matchedLines += 1
            matches += hits.count
            for hit in hits {
                counts[hit.phrase] += 1
                if hit.fuzzy { fuzzy += 1 }
            }
        }
        if printing, format == .jsonl, !hits.isEmpty { printMatches(hits, line: line, number: number, file: file) }
    }

    private mutating func printMatches(_ hits: [PhraseHit], line: UnsafeBufferPointer<UInt8>, number: Int, file: String) {
        for hit in hits {
            let from = scanner.tokens.source(hit.tokens.lowerBound).lowerBound
            let to = scanner.tokens.source(hit.tokens.upperBound - 1).upperBound
            output.append("{\"file\":")
            output.appendJSONString(file.utf8)
            output.append(",\"line\":\(number),\"start\":\(from),\"end\":\(to),\"text\":")
            output.appendJSONString(String(decoding: UnsafeBufferPointer(rebasing: line[from..<to]), as: UTF8.self).utf8)
            if listMode {
                output.append(",\"phrase\":\(listLine(ofPhrase: hit.phrase))")
            } else {
                let category = matcher.category(ofPhrase: hit.phrase)
                output.append(",\"category\":")
                output.appendJSONString(category.id.utf8)
                output.append(",\"kind\":\"\(category.kind.rawValue)\"")
            }
            output.append(",\"pattern\":")
            output.appendJSONString(matcher.pattern(ofPhrase: hit.phrase).utf8)
            output.append(",\"fuzzy\":\(hit.fuzzy)}\n")
        }
        output.flushIfLarge()
    }

    /// The line of the `--phrases` list that phrase `index` came from.
    private func listLine(ofPhrase index: Int) -> Int {
        matcher.entry(ofPhrase: index).location?.line ?? index + 1
    }

    /// Prints the tallies (count format) and whatever is buffered.
    mutating func finish() {
        if format == .count {
            let found = counts.indices.filter { counts[$0] > 0 }.sorted { (counts[$0], $1) > (counts[$1], $0) }
            for index in found {
                let pattern = matcher.pattern(ofPhrase: index)
                if listMode {
                    output.append("\(counts[index])\t\(pattern)\n")
                } else {
                    output.append("\(counts[index])\t\(matcher.category(ofPhrase: index).id)\t\(pattern)\n")
                }
            }
            output.append("total: \(matches) match\(matches == 1 ? "" : "es") in \(matchedLines) of \(lines) line\(lines == 1 ? "" : "s")\n")
        }
        output.flush()
    }

    /// The `--stats` line: key=value pairs, like the peers' benchmark lines.
    func statistics(seconds: Double, runs: Int, compileSeconds: Double) -> String {
        let perSecond = seconds > 0 ? Double(lines) / seconds : 0
        let megabytes = seconds > 0 ? Double(bytes) / seconds / 1e6 : 0
        return "stats: lines=\(lines) bytes=\(bytes) matches=\(matches) fuzzy=\(fuzzy) hit_lines=\(matchedLines) "
            + "scan_s=\(String(format: "%.4f", seconds)) utterances_per_s=\(Int(perSecond)) mb_per_s=\(String(format: "%.1f", megabytes)) "
            + "runs=\(runs) compile_s=\(String(format: "%.3f", compileSeconds)) phrases=\(matcher.phraseCount) "
            + "words=\(matcher.vocabularyCount) nodes=\(matcher.nodeCount)"
    }
}
