import CallSimCore
import Foundation
import Testing

/// docs/rules.md documents every rule of the catalogue, in step with the code.
@Suite("docs/rules.md")
struct RuleDocsTests {
    /// The sections of docs/rules.md headed "## `id`", by id, with whitespace collapsed.
    static func sections() throws -> [String: String] {
        let path = BundledPhrasebooks.root.appendingPathComponent("docs/rules.md").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var sections: [String: String] = [:]
        for chunk in text.components(separatedBy: "\n## `").dropFirst() {
            guard let close = chunk.firstIndex(of: "`") else { continue }
            let body = chunk.split(separator: "\n## ", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? chunk
            sections[String(chunk[..<close])] = collapsed(body)
        }
        return sections
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0.isNewline }).joined(separator: " ")
    }

    @Test func everyRuleHasASection() throws {
        // Given the rule sections of docs/rules.md
        let sections = try Self.sections()
        // When they are compared with the catalogue
        // Then every rule has one, and every section is a rule
        #expect(RuleCatalogue.ids.filter { sections[$0] == nil } == [])
        #expect(Set(sections.keys).subtracting(RuleCatalogue.ids) == [])
    }

    @Test(arguments: RuleCatalogue.ids)
    func sectionQuotesTheQuestionAndTheAdvice(_ id: String) throws {
        // Given a rule and its section
        let rule = try #require(RuleCatalogue.rule(id))
        let section = try #require(try Self.sections()[id], "docs/rules.md has a section for \(id)")
        // When the section is read
        // Then it quotes the rule's QA question and advice exactly, and says whether it is critical
        #expect(section.contains(Self.collapsed(rule.question)))
        #expect(section.contains(Self.collapsed(rule.advice)))
        #expect(section.contains("**Critical**") == rule.critical)
    }
}
