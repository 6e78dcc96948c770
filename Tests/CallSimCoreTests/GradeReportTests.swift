import Foundation
import Testing
@testable import CallSimCore

@Suite("GradeReport: the JSON of CONTRACTS.md §4")
struct GradeReportTests {
    private func json(_ report: GradeReport) throws -> [String: Any] {
        let data = try JSONEncoder().encode(report)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func topLevelKeysAndValues() throws {
        // Given the report of the model call
        let card = try Fixtures.grade(Fixtures.goodCall)
        let report = GradeReport(scorecard: card, file: "call.txt", scenario: "billing-double-charge", language: "en")
        // When encoded as JSON
        let object = try json(report)
        // Then it has exactly the keys of the contract, with the scorecard's values
        #expect(Set(object.keys) == ["file", "scenario", "language", "score", "passed", "passMark", "autoFail", "sections", "rules", "metrics"])
        #expect(object["file"] as? String == "call.txt")
        #expect(object["scenario"] as? String == "billing-double-charge")
        #expect(object["language"] as? String == "en")
        #expect(object["score"] as? Int == 100)
        #expect(object["passed"] as? Bool == true)
        #expect(object["passMark"] as? Double == 80)
        #expect((object["autoFail"] as? [String])?.isEmpty == true)
    }

    @Test func sectionsRulesAndMetricsHaveTheContractKeys() throws {
        // Given the report of the model call
        let card = try Fixtures.grade(Fixtures.goodCall)
        let object = try json(GradeReport(scorecard: card, file: "call.txt", scenario: "billing-double-charge", language: "en"))
        // When its parts are read back
        let sections = try #require(object["sections"] as? [[String: Any]])
        let rules = try #require(object["rules"] as? [[String: Any]])
        let metrics = try #require(object["metrics"] as? [String: Any])
        // Then each part has exactly the contract's keys
        #expect(sections.count == 7)
        #expect(sections.allSatisfy { Set($0.keys) == ["id", "score", "max"] })
        #expect(sections.first?["id"] as? String == "opening")
        #expect(sections.first?["max"] as? Double == 10)
        #expect(rules.count == 22)
        #expect(rules.allSatisfy { Set($0.keys) == ["id", "section", "verdict", "turn", "evidence", "advice"] })
        #expect(rules.map { $0["id"] as? String } == ScorecardTests.contractRuleIDs)
        #expect(Set(metrics.keys) == ["handleSeconds", "talkSeconds", "holdSeconds", "wrapSeconds", "csat", "resolved", "finalMood"])
        #expect(metrics["csat"] as? Int == 4)
        #expect(metrics["resolved"] as? Bool == true)
        #expect(metrics["finalMood"] as? Double == 3)
    }

    @Test func aRuleWithoutTurnOrEvidenceHasNulls() throws {
        // Given the report of the model call, where good-time-check does not apply and greeting passes
        let card = try Fixtures.grade(Fixtures.goodCall)
        let object = try json(GradeReport(scorecard: card, file: "call.txt", scenario: nil, language: "en"))
        let rules = try #require(object["rules"] as? [[String: Any]])
        let greeting = try #require(rules.first { $0["id"] as? String == "greeting" })
        let goodTime = try #require(rules.first { $0["id"] as? String == "good-time-check" })
        // Then the passing rule has its turn and evidence
        #expect(greeting["section"] as? String == "opening")
        #expect(greeting["verdict"] as? String == "pass")
        #expect(greeting["turn"] as? Int == 1)
        #expect(greeting["evidence"] as? String == "Good morning")
        // And the not-applicable one has explicit nulls
        #expect(goodTime["verdict"] as? String == "not-applicable")
        #expect(goodTime["turn"] is NSNull)
        #expect(goodTime["evidence"] is NSNull)
        #expect(goodTime["advice"] is String)
        // And a missing scenario is null too
        #expect(object["scenario"] is NSNull)
    }

    @Test func aCriticalFailureIsListedInAutoFail() throws {
        // Given a call that refunds without verification
        let card = try Fixtures.grade([.agent("Hello."), .agent("/action refund 49.99")])
        let object = try json(GradeReport(scorecard: card, file: nil, scenario: "billing-double-charge", language: "en"))
        // Then autoFail names the rule and the score is 0
        #expect(object["autoFail"] as? [String] == ["identity-verification"])
        #expect(object["score"] as? Int == 0)
        #expect(object["passed"] as? Bool == false)
        #expect(object["file"] is NSNull)
    }
}
