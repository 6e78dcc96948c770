import Foundation
import Testing

/// A trainer's library folder for one test: scenarios (and plans) written into `lib/scenarios/`.
struct TrainerLibrary {
    let callsim: CallsimProcess
    var path: String { callsim.home.appendingPathComponent("lib").path }

    init() throws {
        callsim = try CallsimProcess()
        try FileManager.default.createDirectory(atPath: path + "/scenarios", withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/scenarios/" + name
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = path + "/scenarios/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Runs callsim with this library added; a generous limit guards only against a hang.
    func run(_ arguments: [String]) throws -> CallsimProcess.Result {
        try callsim.run(arguments + ["--library", path], timeout: 600)
    }
}

/// A small scenario for the English phrasebooks that lints clean.
enum AuthoringScenario {
    static func yaml(id: String = "e2e-demo", said: String = "verification-request") -> String {
        """
        id: \(id)
        title: End-to-end demo
        brief:
          situation: A customer calls.
          goal: Verify them, then fix it with /action fix.
        persona:
          name: Ann Lee
          temperament: calm
        facts:
          name: Ann Lee
          postcode: AB1 2CD
        actions:
          - name: fix
            sets: { fixed: "yes" }
        start: opening
        beats:
          - id: opening
            say: Hello, I need help.
            triggers:
              - when: { said: [\(said)] }
                goto: checking
          - id: checking
            say:
              - text: "Ann Lee, postcode {postcode}."
                tags: [gives:name, gives:postcode]
            triggers:
              - when: { action: fix }
                goto: done
          - id: done
            end: resolved
            say: Thank you!
        resolution: { variables: { fixed: "yes" } }

        """
    }
}

@Suite("scenario lint")
struct ScenarioLintEndToEndTests {
    @Test func bundledLibraryIsClean() throws {
        // Given the bundled scenarios and test plans
        let callsim = try CallsimProcess()

        // When the whole library is linted
        let result = try callsim.run(["scenario", "lint"])

        // Then no errors are reported and the exit status is 0
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("error["))
        #expect(result.stdout.contains(" checked: "))
    }

    @Test func everyProblemAtOnceWithLineAndCaret() throws {
        // Given a scenario with a misspelt key and a category the phrasebooks lack
        let library = try TrainerLibrary()
        let file = try library.write("demo.yaml", AuthoringScenario.yaml(said: "verificaton-request").replacingOccurrences(of: "title:", with: "tittle:"))

        // When it is linted
        let result = try library.run(["scenario", "lint", file])

        // Then both are on standard error, compiler-style, the summary on standard output, and the status is 1
        #expect(result.status == 1)
        #expect(result.stderr == """
            \(file):2:1: error[S001]: unknown key `tittle` in the scenario; did you mean `title`?
                tittle: End-to-end demo
                ^

            """)
        #expect(result.stdout == "1 scenario and 0 test plans checked: 1 error, 0 warnings.\n")

        // And once the key is fixed, the category is reported
        try library.write("demo.yaml", AuthoringScenario.yaml(said: "verificaton-request"))
        let second = try library.run(["scenario", "lint", file])
        #expect(second.status == 1)
        #expect(second.stderr == """
            \(file):20:24: error[S017]: no phrase category `verificaton-request` in the `en` phrasebooks; did you mean `verification-request`?
                      - when: { said: [verificaton-request] }
                                       ^

            """)
    }

    @Test func warningsKeepStatusZeroUnlessStrict() throws {
        // Given a scenario whose only problem is a beat nothing reaches
        let library = try TrainerLibrary()
        let file = try library.write("demo.yaml", AuthoringScenario.yaml().replacingOccurrences(of: "resolution:", with: "  - id: orphan\n    say: Nobody.\nresolution:"))

        // When it is linted, then linted strictly
        let plain = try library.run(["scenario", "lint", file])
        let strict = try library.run(["scenario", "lint", file, "--strict"])

        // Then the warning is shown both times; only --strict fails
        #expect(plain.status == 0)
        #expect(plain.stderr.contains("warning[S014]: nothing reaches the beat `orphan`"))
        #expect(strict.status == 1)
    }

    @Test func jsonReportForScripts() throws {
        // Given a scenario that does not exist
        let library = try TrainerLibrary()

        // When it is linted with --format json
        let result = try library.run(["scenario", "lint", library.path + "/scenarios/missing.yaml", "--format", "json"])

        // Then standard output holds the report
        #expect(result.status == 1)
        let report = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["errors"] as? Int == 1)
        let items = try #require(report["diagnostics"] as? [[String: Any]])
        #expect(items.first?["code"] as? String == "Y004")
        #expect(items.first?["message"] as? String == "cannot read the file: it does not exist")
    }

    @Test func duplicateIdAcrossLibrariesNamesBothFiles() throws {
        // Given a trainer's scenario that reuses a bundled id
        let library = try TrainerLibrary()
        let file = try library.write("copy.yaml", AuthoringScenario.yaml(id: "billing-double-charge"))

        // When the library is linted through CALLSIM_LIBRARY
        let result = try library.callsim.run(["scenario", "lint"], extraEnvironment: ["CALLSIM_LIBRARY": library.path])

        // Then L003 is reported on the trainer's file, naming the bundled one
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file):1:5: error[L003]: scenario id `billing-double-charge` is already used by "))
        #expect(result.stderr.contains("scenarios/en/billing-double-charge.yaml; each scenario needs its own id\n    id: billing-double-charge\n        ^"))
    }

    @Test func explainsACode() throws {
        // Given a code
        let callsim = try CallsimProcess()

        // When it is explained, and a wrong one asked for
        let known = try callsim.run(["scenario", "lint", "--explain", "s014"])
        let unknown = try callsim.run(["scenario", "lint", "--explain", "S0144"])

        // Then the entry is printed, and the wrong one suggests the closest
        #expect(known.status == 0)
        #expect(known.stdout.hasPrefix("### S014\n\n**Warning: nothing reaches a beat.**"))
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "callsim: no diagnostic code S0144 (did you mean S014?); `callsim scenario lint --explain all` lists them\n")
    }

    @Test func scenarioWithLintErrorsCannotBePractised() throws {
        // Given a scenario that loads but waits for a category that does not exist
        let library = try TrainerLibrary()
        let file = try library.write("demo.yaml", AuthoringScenario.yaml(said: "verificaton-request"))

        // When it is practised
        let result = try library.callsim.run(["practice", "e2e-demo", "--library", library.path], lines: ["Hello"])

        // Then one line refuses, naming the command that lists the errors
        #expect(result.status == 1)
        #expect(result.stderr == "callsim: scenario `e2e-demo` has 1 error and cannot be practised; run `callsim scenario lint \(file)` to see them\n")
    }
}
