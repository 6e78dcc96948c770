import Foundation
import Testing

/// `callsim replay`: the call line by line, findings where they happened.
@Suite("replay")
struct ReplayEndToEndTests {
    @Test func findingsFollowTheTurnTheyRestOn() throws {
        // Given noor's poor chatty call (session 4)
        let callsim = try ReportFixtureCalls.callsim()
        // When it is replayed all at once
        let result = try callsim.run(["replay", "4", "--speed", "0"])
        // Then each finding comes right after its turn, and the whole-call findings at the end
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.lines
        #expect(lines[0] == "Replay of session 4 — Booking a technician for a chatty caller")
        #expect(lines[1].hasPrefix("trainee noor · exam mode · ") && lines[1].hasSuffix(" · outcome unresolved · score 55 fail"))
        let first = try #require(lines.firstIndex(of: "[00:00] You: Hello, Nile Telecom."))
        #expect(lines[first + 1] == "        ✓ greeting “Hello”")
        #expect(lines[first + 2] == "        ✗ agent-name “Hello, Nile Telecom.”")
        let last = try #require(lines.firstIndex { $0.hasSuffix("You: What do you need?") })
        #expect(lines[last + 1] == "        ✗ recap")
        #expect(lines.contains("Over the whole call"))
        #expect(lines.last == "Score 55/100  NOT PASSED  ·  the full scorecard: callsim show 4")
        // And the same call always replays the same
        #expect(try callsim.run(["replay", "4", "--speed", "0"]).stdout == result.stdout)
    }

    @Test func badSessionAndSpeed() throws {
        let callsim = try ReportFixtureCalls.callsim()
        let missing = try callsim.run(["replay", "99", "--speed", "0"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "callsim: no session 99; `callsim history` lists the recorded calls\n")
        let negative = try callsim.run(["replay", "1", "--speed=-1"])
        #expect(negative.status != 0)
        #expect(negative.stderr.contains("--speed must be 0 or more, e.g. --speed 2"))
    }

    @Test func waitsAreCappedSoAFastReplayEnds() throws {
        // A speed of 1000 compresses a half-minute call to well under the test's own limit.
        let callsim = try ReportFixtureCalls.callsim()
        let result = try callsim.run(["replay", "3", "--speed", "1000"])
        #expect(result.status == 0)
        #expect(result.stdout == (try callsim.run(["replay", "3", "--speed", "0"])).stdout)
    }
}
