import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Hostile or broken files are reported by the authoring commands, never a crash or a hang.
@Suite("scenario lint and test: bad input")
struct ScenarioBadInputEndToEndTests {
    /// Lints and tests `file`; both must fail with `code` on standard error, in one piece.
    func expectReported(_ library: TrainerLibrary, _ file: String, code: String, message: String) throws {
        for command in ["lint", "test"] {
            let result = try library.run(["scenario", command, file])
            #expect(result.status == 1, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("error[\(code)]: \(message)"), "\(command): \(result.stderr)")
        }
    }

    @Test func deeplyNestedYAML() throws {
        // Given a scenario nested ten thousand lists deep
        let library = try TrainerLibrary()
        let file = try library.write("deep.yaml", "id: deep\nbeats: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n")

        // When it is linted and tested
        // Then the nesting is reported
        try expectReported(library, file, code: "Y007", message: "lists and mappings are nested too deeply")
    }

    @Test func aliasBomb() throws {
        // Given a "billion laughs" of aliases in a scenario's values
        let library = try TrainerLibrary()
        var yaml = AuthoringScenario.yaml() + "anytime:\n  - when: &c0 {said: empathy}\n"
        for level in 1...9 {
            yaml += "  - when: &c\(level) {any: [" + Array(repeating: "*c\(level - 1)", count: 10).joined(separator: ",") + "]}\n"
        }
        let file = try library.write("bomb.yaml", yaml)

        // When it is linted and tested
        // Then reading stops at the value limit
        try expectReported(library, file, code: "Y006", message: "the document holds more than 100000 values (aliases can multiply a small file); stopped reading")
    }

    @Test func recursiveAlias() throws {
        // Given an anchor that refers to itself
        let library = try TrainerLibrary()
        let file = try library.write("loop.yaml", AuthoringScenario.yaml() + "hints: &h [*h]\n")

        // When it is linted and tested
        // Then it is a syntax error, not a hang
        try expectReported(library, file, code: "Y001", message: "invalid YAML: found undefined alias")
    }

    @Test func hugeFile() throws {
        // Given a scenario file over four megabytes
        let library = try TrainerLibrary()
        let file = try library.write("huge.yaml", AuthoringScenario.yaml() + "# " + String(repeating: "x", count: 5 * 1024 * 1024) + "\n")

        // When it is linted and tested
        // Then it is not read
        try expectReported(library, file, code: "Y005", message: "the file is 5.1 MB; files over 4 MB are not read")
    }

    @Test func notUTF8() throws {
        // Given a scenario saved in Latin-1
        let library = try TrainerLibrary()
        let file = try library.write("latin1.yaml", bytes: Array("id: cafe\ntitle: Caf".utf8) + [0xE9] + Array("\n".utf8))

        // When it is linted and tested
        // Then the first bad byte is located
        try expectReported(library, file, code: "Y002", message: "the file is not UTF-8 text (byte 0xE9 cannot start or continue a character here); save it as UTF-8")
    }

    @Test func brokenTestPlan() throws {
        // Given a good scenario whose plan is not YAML
        let library = try TrainerLibrary()
        try library.write("demo.yaml", AuthoringScenario.yaml())
        let plan = try library.write("demo.testplan.yaml", "runs: [\n")

        // When the folder is tested
        let result = try library.run(["scenario", "test", library.path + "/scenarios"])

        // Then the plan's error is shown and the status is 1
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(plan):2:1: error[Y001]: invalid YAML: "))
        #expect(result.stderr.contains("error[Y001]"))
        #expect(result.stdout.contains("  FAIL the test plan has errors (above)"))
    }

    @Test(.enabled(if: getuid() != 0, "root can read any folder"))
    func unreadableFolder() throws {
        // Given a library folder that cannot be read
        let library = try TrainerLibrary()
        try library.write("demo.yaml", AuthoringScenario.yaml())
        let locked = library.path + "/scenarios/locked"
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
        chmod(locked, 0)
        defer { chmod(locked, 0o755) }

        // When the library is linted
        let result = try library.run(["scenario", "lint", library.path + "/scenarios"])

        // Then the folder is a warning and the rest is checked
        #expect(result.status == 0)
        #expect(result.stderr.contains("\(locked): warning[L002]: cannot read the folder; its files are skipped"))
    }

    @Test func missingLibraryFolder() throws {
        // Given a --library folder that does not exist
        let callsim = try CallsimProcess()
        let missing = callsim.home.appendingPathComponent("nowhere").path

        // When the library is linted
        let result = try callsim.run(["scenario", "lint", "--library", missing])

        // Then L001 is an error
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(missing): error[L001]: library folder \(missing) does not exist"))
    }
}
