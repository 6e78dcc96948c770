import Foundation
import Testing

/// docs/scenario-catalogue.md is what `callsim scenario list --format markdown` prints.
@Suite("scenario catalogue")
struct ScenarioCatalogueTests {
    @Test func theCatalogueIsUpToDate() throws {
        // Given the catalogue in the repository
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = try String(contentsOf: repository.appendingPathComponent("docs/scenario-catalogue.md"), encoding: .utf8)
        // When the bundled scenarios are listed as markdown
        let callsim = try CallsimProcess()
        let result = try callsim.run(["scenario", "list", "--format", "markdown"])
        #expect(result.status == 0, "\(result.stderr)")
        // Then the file holds exactly that table, after its introduction
        let table = try #require(file.range(of: "| Id |"))
        #expect(String(file[table.lowerBound...]) == result.stdout, "docs/scenario-catalogue.md is out of date: run scripts/update-scenario-catalogue.sh")
        // And the library covers the job: at least 18 scenarios, 4 in Arabic, 3 in Persian, a chat one
        let rows = result.lines.dropFirst(2)
        #expect(rows.count >= 18)
        #expect(rows.filter { $0.contains("| ar |") }.count >= 4)
        #expect(rows.filter { $0.contains("| fa |") }.count >= 3)
        #expect(rows.contains { $0.contains("| chat |") })
    }
}
