import CallSimContent
import CallSimCore
import Foundation

/// A file that could not be graded: one or more `file:line: error: message` lines.
struct GradeProblem: Error {
    var lines: [String]
}

/// Grades transcript files one at a time, with scenarios and phrasebooks loaded once and
/// each phrasebook compiled into one matcher that every call using it shares (the agent's,
/// company's and customer's names are supplied per call). Nothing is kept per file, so
/// memory stays flat however many files are graded.
final class BatchGrader {
    /// The largest transcript read, in bytes.
    static let maximumFileBytes = 64 << 20

    struct Graded {
        var scorecard: Scorecard
        var scenario: Scenario?
        var language: String
        var warnings: [String]
    }

    let library: ContentLibrary
    let scenarioID: String?
    private var scenarios: [String: Scenario] = [:]
    /// Phrasebooks and their compiled matchers, by language (`en`) or scenario (`scenario:ID`).
    private var phrasebooks: [String: (phrasebook: Phrasebook, matcher: PhraseMatcher)] = [:]

    init(library: ContentLibrary, scenarioID: String?) {
        self.library = library
        self.scenarioID = scenarioID
    }

    /// A scenario by id, loaded once.
    func scenario(id: String) throws -> Scenario {
        if let cached = scenarios[id] { return cached }
        let scenario = try ScenarioSelection(library: library).scenario(id: id)
        scenarios[id] = scenario
        return scenario
    }

    /// The phrasebook of a language, or of a scenario (its language's with the scenario's
    /// own merged in), loaded and compiled once.
    func phrasebook(language: String, scenario: Scenario?) throws -> (phrasebook: Phrasebook, matcher: PhraseMatcher) {
        let key = scenario.map { "scenario:\($0.id)" } ?? language
        if let cached = phrasebooks[key] { return cached }
        let phrasebook: Phrasebook
        if let scenario {
            phrasebook = try ScenarioSelection(library: library).phrasebook(for: scenario)
        } else {
            let result = library.phrasebook(language: language)
            guard let loaded = result.value, !result.hasErrors else {
                throw CLIError("no usable `\(language)` phrasebook; run `callsim phrasebook lint` to see why")
            }
            phrasebook = loaded
        }
        let compiled = (phrasebook, PhraseMatcher(phrasebook: phrasebook))
        phrasebooks[key] = compiled
        return compiled
    }

    /// Reads, parses and grades one file.
    func grade(file: String) throws -> Graded {
        let transcript = try read(file)
        var warnings: [String] = []
        var scenario: Scenario?
        if let id = scenarioID {
            scenario = try self.scenario(id: id)
        } else if let id = transcript.header["scenario"], !id.isEmpty {
            do {
                scenario = try self.scenario(id: id)
            } catch let error as CLIError {
                warnings.append("\(error.message); graded as a generic call")
            }
        }
        let language = TranscriptGrader.language(of: transcript, scenario: scenario)
        let (phrasebook, matcher) = try self.phrasebook(language: language, scenario: scenario)
        do {
            let card = try TranscriptGrader.grade(transcript, scenario: scenario, phrasebook: phrasebook, matcher: matcher)
            return Graded(scorecard: card, scenario: scenario, language: language, warnings: warnings)
        } catch {
            throw GradeProblem(lines: ["\(file):\(error.line): error: \(error.message)"])
        }
    }

    private func read(_ file: String) throws -> Transcript {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw GradeProblem(lines: ["\(file): error: no such file"])
        }
        guard !isDirectory.boolValue else { throw GradeProblem(lines: ["\(file): error: is a folder; name the transcript files in it"]) }
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw GradeProblem(lines: ["\(file): error: cannot be read (permission denied?)"])
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: Self.maximumFileBytes + 1)) ?? Data()
        guard data.count <= Self.maximumFileBytes else {
            throw GradeProblem(lines: ["\(file): error: larger than 64 MB; split it into one call a file"])
        }
        guard !data.isEmpty else { throw GradeProblem(lines: ["\(file): error: the file is empty"]) }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw GradeProblem(lines: ["\(file): error: not UTF-8 text; save the transcript as UTF-8"])
        }
        // Byte-level checks: a search by `Character` would cost more than parsing the file.
        if data.withUnsafeBytes({ $0.contains(0) }) {
            throw GradeProblem(lines: ["\(file): error: binary data, not a transcript"])
        }
        let firstByte = data.withUnsafeBytes { bytes in bytes.first { ![0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C].contains($0) } }
        let isJSONL = file.hasSuffix(".jsonl") || firstByte == 0x7B
            || ((firstByte ?? 0) >= 0x80 && text.drop(while: { $0.isWhitespace }).first == "{")
        let (transcript, errors) = isJSONL ? TranscriptJSONLFormat.parse(text) : TranscriptTextFormat.parse(text)
        guard let transcript else {
            throw GradeProblem(lines: errors.prefix(20).map { "\(file):\($0.line): error: \($0.message)" }
                + (errors.count > 20 ? ["\(file): note: \(errors.count - 20) more errors not shown"] : []))
        }
        return transcript
    }
}
