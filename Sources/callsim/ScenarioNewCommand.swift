import ArgumentParser
import CallSimContent
import CallSimCore
import Foundation

/// `callsim scenario new ID [--dir DIR] [--language L] [--direction ...]`: scaffold a
/// scenario and its test plan.
struct ScenarioNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new scenario and its test plan, ready to rewrite; both lint clean and the plan passes.",
        discussion: """
            Writes DIR/ID.yaml and DIR/ID.testplan.yaml (DIR defaults to the current folder; use \
            a library's scenarios/ folder, e.g. --dir mylib/scenarios/en, to practise it with \
            --library mylib). Existing files are never overwritten.
            """)

    @Argument(help: ArgumentHelp("The new scenario's id: lowercase letters, digits and hyphens.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("The folder to write to.", valueName: "dir"))
    var dir: String = "."

    @Option(name: [.customLong("language"), .customLong("lang")], help: ArgumentHelp("The call's language: en, ar or fa.", valueName: "lang"))
    var language: String = "en"

    @Option(help: "inbound (the customer calls) or outbound (the agent calls).")
    var direction: CallDirection = .inbound

    @Option(help: "phone or chat.")
    var channel: CallChannel = .phone

    @Option(help: "easy, medium or hard.")
    var difficulty: Difficulty = .medium

    @Option(help: "angry, chatty, confused, calm or manipulative.")
    var temperament: Temperament = .calm

    @Option(help: ArgumentHelp("The team taking the call.", valueName: "name"))
    var department: String = "customer service"

    @Option(help: ArgumentHelp("The company the agent works for.", valueName: "name"))
    var company: String = "Example Telecom"

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard !id.isEmpty, id.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
            throw ValidationError("the id may use only lowercase letters, digits and hyphens, e.g. billing-late-fee")
        }
        guard ["en", "ar", "fa"].contains(language) else { throw ValidationError("--language must be en, ar or fa") }
    }

    func run() throws {
        try reportingErrors {
            let workspace = ScenarioWorkspace(library: global.contentLibrary())
            if let existing = workspace.library.scenario(id: id).value {
                throw CLIError("scenario id `\(id)` is already used by \(existing.path); choose another id")
            }
            let book = workspace.phrasebook(language: language)
            guard let phrasebook = book.value, !book.hasErrors else {
                throw CLIError("the `\(language)` phrasebook cannot be loaded; run `callsim scenario lint` to see why")
            }
            let options = ScenarioScaffold.Options(
                id: id, language: language, direction: direction, channel: channel, difficulty: difficulty,
                temperament: temperament, department: department, company: company)
            let scaffold = ScenarioScaffold(options: options, phrasebook: phrasebook)
            let folder = dir.hasSuffix("/") ? String(dir.dropLast()) : dir
            let scenarioPath = "\(folder)/\(id).yaml"
            let planPath = TestPlanLoader.planPath(forScenario: scenarioPath)
            for path in [scenarioPath, planPath] where FileManager.default.fileExists(atPath: path) {
                throw CLIError("\(path) already exists; choose another id or folder")
            }
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try scaffold.scenarioText.write(toFile: scenarioPath, atomically: true, encoding: .utf8)
                try scaffold.testPlanText.write(toFile: planPath, atomically: true, encoding: .utf8)
            } catch {
                throw CLIError("cannot write to \(folder): \(error.localizedDescription)")
            }
            Output.out([
                "Wrote \(scenarioPath)", "Wrote \(planPath)", "",
                "Next: rewrite both files for your call (docs/scenarios.md, docs/testplans.md), then",
                "  callsim scenario lint \(scenarioPath)",
                "  callsim scenario test \(scenarioPath) --explore 200",
            ])
        }
    }
}
