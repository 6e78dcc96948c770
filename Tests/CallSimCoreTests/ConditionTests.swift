import Testing
@testable import CallSimCore

@Suite("Condition and CustomerLine")
struct ConditionTests {
    private func state(mood: Double = 5) -> CallState {
        var state = CallState(beat: "complaint", mood: mood, patience: 3)
        state.variables = ["refunded": "yes"]
        state.given = ["name", "account-number"]
        state.verificationAsked = true
        state.reachedBeats.insert("verifying")
        return state
    }

    private func act(said: Set<String> = [], command: String? = nil, action: String? = nil, transfer: String? = nil) -> AgentAct {
        var act = AgentAct()
        act.categories = said
        act.command = command
        act.action = action
        act.transfer = transfer
        return act
    }

    @Test func anEmptyConditionAlwaysHolds() {
        // Given an empty condition
        let condition = Condition()
        // Then it is empty, waits for nothing, and holds
        #expect(condition.isEmpty)
        #expect(!condition.needsAgentInput)
        #expect(condition.holds(in: state(), act: AgentAct()))
    }

    @Test func saidHoldsWhenAnyCategoryWasSaid() {
        // Given a condition on what the agent said
        var condition = Condition()
        condition.said = ["empathy", "apology"]
        // Then it needs agent input and holds when one of the categories was said
        #expect(condition.needsAgentInput)
        #expect(condition.holds(in: state(), act: act(said: ["apology", "greeting"])))
        #expect(!condition.holds(in: state(), act: act(said: ["greeting"])))
    }

    @Test func commandActionAndTransferMustMatch() {
        // Given conditions on a command, an action and a transfer
        var command = Condition()
        command.command = "hold"
        var action = Condition()
        action.action = "refund"
        var transfer = Condition()
        transfer.transfer = "team-leader"
        // Then each holds only for that exact act
        #expect(command.holds(in: state(), act: act(command: "hold")))
        #expect(!command.holds(in: state(), act: act(command: "resume")))
        #expect(action.holds(in: state(), act: act(command: "action", action: "refund")))
        #expect(!action.holds(in: state(), act: act(command: "action", action: "credit")))
        #expect(transfer.holds(in: state(), act: act(command: "escalate", transfer: "team-leader")))
        #expect(!transfer.holds(in: state(), act: AgentAct()))
    }

    @Test func stateConditions() {
        // Given conditions on the call's state
        var verified = Condition()
        verified.verified = true
        var given = Condition()
        given.given = ["name", "date-of-birth"]
        var variables = Condition()
        variables.variables = ["refunded": "yes"]
        var reached = Condition()
        reached.beat = "verifying"
        var calm = Condition()
        calm.moodBelow = 6
        var angry = Condition()
        angry.moodAtLeast = 6
        // Then each is judged against the state
        #expect(verified.holds(in: state(), act: AgentAct()))
        #expect(!given.holds(in: state(), act: AgentAct()))
        #expect(variables.holds(in: state(), act: AgentAct()))
        #expect(reached.holds(in: state(), act: AgentAct()))
        #expect(calm.holds(in: state(mood: 5), act: AgentAct()))
        #expect(!calm.holds(in: state(mood: 6), act: AgentAct()))
        #expect(angry.holds(in: state(mood: 6), act: AgentAct()))
        #expect(!angry.holds(in: state(mood: 5.9), act: AgentAct()))
    }

    @Test func anyNeedsOneOfItsConditions() {
        // Given a condition with alternatives
        var refund = Condition()
        refund.action = "refund"
        var credit = Condition()
        credit.action = "credit"
        var either = Condition()
        either.any = [refund, credit]
        // Then it holds when one of them does
        #expect(!either.isEmpty)
        #expect(either.holds(in: state(), act: act(action: "credit")))
        #expect(!either.holds(in: state(), act: act(action: "update-email")))
    }

    @Test func verifiedNeedsTheRequestAndTwoDetails() {
        // Given states with and without the request, and with one or two details
        var state = CallState(beat: "start", mood: 5, patience: 3)
        state.given = ["name", "phone"]
        #expect(!state.verified)
        state.verificationAsked = true
        #expect(state.verified)
        state.given = ["name"]
        #expect(!state.verified)
        #expect(state.reachedBeats == ["start"])
    }

    @Test func customerLinesFitTheirMoodRange() {
        // Given a line for moods from 4 up to (not including) 7
        let line = CustomerLine(text: "Fine.", moodAtLeast: 4, moodBelow: 7)
        // Then it fits only in that range
        #expect(!line.fits(mood: 3.9))
        #expect(line.fits(mood: 4))
        #expect(line.fits(mood: 6.9))
        #expect(!line.fits(mood: 7))
        #expect(CustomerLine(text: "Any mood.").fits(mood: 10))
    }
}
