import Foundation
import Testing

/// `callsim next`: the scenario to practise next, and why.
@Suite("next")
struct NextEndToEndTests {
    @Test func aNewTraineeStartsWithTheEasiestScenario() throws {
        let callsim = try ReportFixtureCalls.callsim()
        let result = try callsim.run(["next", "--as", "newcomer"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            Next for newcomer: technician-visit-chatty — Booking a technician for a chatty caller
            Why: you have no scored calls yet, so start with the easiest scenario.
            Start it with: callsim practice technician-visit-chatty --as newcomer

            """)
    }

    @Test func aTraineeWithWeakRulesIsToldWhy() throws {
        // Given noor failed both scenarios today: neither is due until tomorrow
        let callsim = try ReportFixtureCalls.callsim()
        let result = try callsim.run(["next", "--as", "noor"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.lines
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("Next for noor: "))
        #expect(lines[1].hasPrefix("Why: it exercises your weakest rules in your recent calls: agent-name (failed 2 of 2), anything-else (failed 2 of 2), farewell (failed 2 of 2)."))
        #expect(lines[2].hasPrefix("When: nothing is due yet; you last practised it on "))
        #expect(lines[3].hasPrefix("Start it with: callsim practice "))
        let json = try callsim.run(["next", "--as", "noor", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["nothingDue"] as? Bool == true)
        #expect((object["weakestRules"] as? [[String: Any]])?.count == 3)
    }
}
