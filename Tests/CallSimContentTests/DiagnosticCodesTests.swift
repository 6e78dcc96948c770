import CallSimContent
import Foundation
import Testing

@Suite("The diagnostic code registry")
struct DiagnosticCodesTests {
    @Test func tableInTheDocCommentMatchesTheRegistry() throws {
        // Given the table at the top of DiagnosticCodes.swift
        let file = repositoryRoot.appendingPathComponent("Sources/CallSimContent/DiagnosticCodes.swift").path
        let source = try String(contentsOfFile: file, encoding: .utf8)
        var table: [String: String] = [:]
        for line in source.split(separator: "\n") where line.hasPrefix("/// | ") {
            let cells = line.dropFirst(4).split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3, cells[1].count == 4, cells[1] != "code" else { continue }
            table[cells[1]] = cells[2...].dropLast().joined(separator: "|").replacingOccurrences(of: "\\|", with: "|")
        }

        // When it is compared with the registry
        // Then they list the same codes with the same meanings
        #expect(table == DiagnosticCodes.all)
    }

    @Test func codesFollowTheirPattern() {
        // Given every registered code
        // Then each is a family letter and three digits, with a one-line meaning
        for (code, meaning) in DiagnosticCodes.all {
            #expect(code.count == 4)
            #expect(["Y", "S", "T", "B", "P", "L", "Q"].contains(code.first))
            #expect(code.dropFirst().allSatisfy { $0.isNumber })
            #expect(!meaning.isEmpty && !meaning.contains("\n"))
        }
    }
}
