import Foundation
import Testing

@Suite("scenario list, show, graph, new, schema")
struct ScenarioToolsEndToEndTests {
    @Test func listFiltersAndFormats() throws {
        // Given the bundled scenarios
        let callsim = try CallsimProcess()

        // When they are listed with filters and in each format
        let angry = try callsim.run(["scenario", "list", "--temperament", "angry", "--direction", "inbound"])
        let text = try callsim.run(["scenario", "list", "--format", "text", "--temperament", "angry", "--direction", "inbound"])
        let markdown = try callsim.run(["scenario", "list", "--format", "markdown", "--department", "Technical Support"])
        let json = try callsim.run(["scenario", "list", "--format", "json", "--difficulty", "easy", "--language", "en", "--channel", "phone"])
        let none = try callsim.run(["scenario", "list", "--department", "no-such-team"])

        // Then the table has a header and only the matching scenarios; text is the table
        #expect(angry.lines.first?.hasPrefix("ID") == true)
        #expect(angry.lines.dropFirst().allSatisfy { $0.contains("angry") })
        #expect(angry.stdout.contains("billing-double-charge"))
        #expect(!angry.stdout.contains("technician-visit-chatty"))
        #expect(text.stdout == angry.stdout)
        #expect(markdown.lines.first == "| Id | Title | Direction | Temperament | Difficulty | Language | Channel | Department |")
        #expect(markdown.stdout.contains("| `technician-visit-chatty` | Booking a technician for a chatty caller | inbound | chatty | easy | en | phone | technical support |"))
        let rows = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: String]])
        #expect(rows.contains { $0["id"] == "technician-visit-chatty" })
        #expect(rows.allSatisfy { $0["difficulty"] == "easy" && $0["language"] == "en" && $0["channel"] == "phone" })
        #expect(!rows.contains { $0["id"] == "billing-double-charge" })
        #expect(none.stdout == "No scenarios match these filters.\n")
    }

    @Test func showPrintsBriefAndStructure() throws {
        // Given a bundled scenario
        let callsim = try CallsimProcess()

        // When it is shown
        let result = try callsim.run(["scenario", "show", "billing-double-charge"])

        // Then the brief, persona, policy, actions, transfers and beats with triggers are there
        #expect(result.status == 0)
        for part in ["Brief", "Persona", "  Karim Haddad — angry, mood 7, patience 4", "Policy", "  /action refund AMOUNT — Refund a payment to the card it came from (grants refund; sets refunded = yes)",
                     "  /transfer team-leader — Your team leader, for complaints you cannot resolve", "Beats (start: complaint)",
                     "    when said verification-request: → verifying, mood -0.5", "  refunded  [end: resolved]", "Resolution: refunded = yes; or reaching refunded"] {
            #expect(result.stdout.contains(part), "\(part)")
        }
    }

    @Test func graphInBothLanguages() throws {
        // Given a bundled scenario
        let callsim = try CallsimProcess()

        // When it is drawn as DOT and as Mermaid, and an unknown id is asked for
        let dot = try callsim.run(["scenario", "graph", "billing-double-charge"])
        let mermaid = try callsim.run(["scenario", "graph", "billing-double-charge", "--format", "mermaid"])
        let unknown = try callsim.run(["scenario", "graph", "billing-double-charg"])

        // Then both mark the start and the resolving end, and the unknown id suggests the closest
        #expect(dot.stdout.hasPrefix("digraph \"billing-double-charge\" {\n"))
        #expect(dot.stdout.contains("  \"(start)\" -> \"complaint\";\n"))
        #expect(dot.stdout.contains("  \"refunded\" [label=\"refunded — resolved\", peripheries=2, color=darkgreen, fontcolor=darkgreen];\n"))
        #expect(dot.stdout.contains("  \"verifying\" -> \"refunded\" [label=\"/action refund\"];\n"))
        #expect(mermaid.stdout.hasPrefix("flowchart LR\n  start((start)) --> n0\n"))
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "callsim: no scenario `billing-double-charg` (did you mean `billing-double-charge`?); run `callsim scenario list` to see them\n")
    }

    @Test(arguments: ["en", "ar", "fa"])
    func newScenarioLintsCleanAndPasses(language: String) throws {
        for direction in ["inbound", "outbound"] {
            // Given a scenario scaffolded in a trainer's library
            let library = try TrainerLibrary()
            let id = "new-\(language)-\(direction)"
            let created = try library.run(["scenario", "new", id, "--dir", library.path + "/scenarios", "--language", language, "--direction", direction])
            #expect(created.status == 0, "\(created.stderr)")

            // When it is linted and tested
            let lint = try library.run(["scenario", "lint", library.path + "/scenarios"])
            let test = try library.run(["scenario", "test", id, "--explore", "20"])

            // Then both are clean
            #expect(lint.status == 0, "\(language) \(direction): \(lint.stderr)")
            #expect(lint.stdout == "1 scenario and 1 test plan checked: no problems found.\n")
            #expect(test.status == 0, "\(language) \(direction): \(test.stdout)")

            // And it is not written twice
            let again = try library.run(["scenario", "new", id, "--dir", library.path + "/other"])
            #expect(again.status == 1)
            #expect(again.stderr.hasPrefix("callsim: scenario id `\(id)` is already used by "))
        }
    }

    @Test func schemaIsJSONAndValidatesTheBundledScenarios() throws {
        // Given the published schemas
        let callsim = try CallsimProcess()
        let scenario = try callsim.run(["scenario", "schema"])
        let plan = try callsim.run(["scenario", "schema", "--testplan"])

        // Then they are JSON Schema documents
        for result in [scenario, plan] {
            let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(object["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        }

        // And, where Python's jsonschema is installed, the bundled scenarios and plans validate
        guard PythonSchemaCheck.isAvailable else { return }
        let schemaFile = callsim.home.appendingPathComponent("scenario.schema.json").path
        let planSchemaFile = callsim.home.appendingPathComponent("testplan.schema.json").path
        try scenario.stdout.write(toFile: schemaFile, atomically: true, encoding: .utf8)
        try plan.stdout.write(toFile: planSchemaFile, atomically: true, encoding: .utf8)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let check = try PythonSchemaCheck.run(schema: schemaFile, files: [
            "\(root)/scenarios/en/billing-double-charge.yaml", "\(root)/scenarios/en/technician-visit-chatty.yaml",
        ])
        #expect(check.status == 0, "\(check.output)")
        let planCheck = try PythonSchemaCheck.run(schema: planSchemaFile, files: [
            "\(root)/scenarios/en/billing-double-charge.testplan.yaml", "\(root)/scenarios/en/technician-visit-chatty.testplan.yaml",
        ])
        #expect(planCheck.status == 0, "\(planCheck.output)")
    }
}

/// Validates YAML files against a JSON Schema with Python's `jsonschema` (scripts/check-schema.py).
enum PythonSchemaCheck {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/check-schema.py").path

    /// True when python3 with the `yaml` and `jsonschema` modules is installed.
    static var isAvailable: Bool {
        (try? run(arguments: ["-c", "import yaml, jsonschema"]).status) == 0
    }

    static func run(schema: String, files: [String]) throws -> (status: Int32, output: String) {
        try run(arguments: [script, schema] + files)
    }

    static func run(arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
