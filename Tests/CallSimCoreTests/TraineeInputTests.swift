import Testing
@testable import CallSimCore

@Suite("TraineeInput and InCallCommand")
struct TraineeInputTests {
    private func message(_ line: String) -> String? {
        do {
            _ = try TraineeInput.parse(line)
            return nil
        } catch {
            return error.message
        }
    }

    @Test func plainTextIsSaidTrimmed() throws {
        // Given lines without a leading slash
        // When parsed
        // Then they are said to the customer, without surrounding spaces
        #expect(try TraineeInput.parse("  Hello there \t") == .say("Hello there"))
        #expect(try TraineeInput.parse("Is 1/2 right?") == .say("Is 1/2 right?"))
        #expect(try TraineeInput.parse("") == .say(""))
    }

    @Test(arguments: [
        ("/help", InCallCommand.help), ("/brief", .brief), ("/repeat", .repeat), ("/hint", .hint),
        ("/resume", .resume), ("/escalate", .escalate), ("/end", .end), ("/quit", .quit),
        ("/END", .end), ("  /quit  ", .quit),
    ])
    func commandsWithoutArguments(line: String, command: InCallCommand) throws {
        // Given a command word, in any case and with spaces around it
        // When parsed
        // Then it is that command
        #expect(try TraineeInput.parse(line) == .command(command))
    }

    @Test func holdTakesOptionalSecondsAndReason() throws {
        // Given the forms of /hold
        // When parsed
        // Then seconds and reason are read when given
        #expect(try TraineeInput.parse("/hold") == .command(.hold(seconds: nil, reason: nil)))
        #expect(try TraineeInput.parse("/hold 30") == .command(.hold(seconds: 30, reason: nil)))
        #expect(try TraineeInput.parse("/hold 45s checking your bill") == .command(.hold(seconds: 45, reason: "checking your bill")))
        #expect(try TraineeInput.parse("/hold 1.5") == .command(.hold(seconds: 1.5, reason: nil)))
        #expect(try TraineeInput.parse("/hold checking  your bill") == .command(.hold(seconds: nil, reason: "checking your bill")))
        #expect(try TraineeInput.parse("/hold 3600") == .command(.hold(seconds: 3600, reason: nil)))
    }

    @Test(arguments: ["/hold 0", "/hold 3601", "/hold 0s waiting"])
    func holdSecondsOutOfRange(line: String) {
        // Given a hold of no time or more than an hour
        // When parsed
        // Then the trainee is told the allowed range
        #expect(message(line) == "hold time must be between 1 and 3600 seconds, e.g. /hold 60 checking your bill")
    }

    @Test func holdSecondsThatAreNotANumber() {
        // Given a hold time that starts with a digit but is not a number
        // When parsed
        // Then the word is quoted back
        #expect(message("/hold 3x checking") == "'3x' is not a number of seconds; type e.g. /hold 60 checking your bill")
        #expect(message("/hold 1.2.3") == "'1.2.3' is not a number of seconds; type e.g. /hold 60 checking your bill")
    }

    @Test func transferNeedsExactlyOneTarget() throws {
        // Given transfers with one, none and two targets
        // When parsed
        // Then one target is read (lower-cased), otherwise the trainee is told to name one
        #expect(try TraineeInput.parse("/transfer Billing-Specialists") == .command(.transfer(target: "billing-specialists")))
        let expected = "name one team to transfer to, e.g. /transfer billing (Tab lists them)"
        #expect(message("/transfer") == expected)
        #expect(message("/transfer billing team") == expected)
    }

    @Test func actionNeedsAName() throws {
        // Given actions with and without a name
        // When parsed
        // Then the name is lower-cased and the arguments kept as typed
        #expect(try TraineeInput.parse("/action Refund 49.99") == .command(.action(name: "refund", arguments: ["49.99"])))
        #expect(try TraineeInput.parse("/action update-email New@Example.com") == .command(.action(name: "update-email", arguments: ["New@Example.com"])))
        #expect(try TraineeInput.parse("/action refund") == .command(.action(name: "refund", arguments: [])))
        #expect(message("/action") == "name the action, e.g. /action refund 49.99 (Tab lists them)")
    }

    @Test func notesNeedText() throws {
        // Given notes with and without text
        // When parsed
        // Then the text is kept; without it the trainee is shown an example
        #expect(try TraineeInput.parse("/notes Refunded the double charge") == .command(.notes("Refunded the double charge")))
        let expected = "write the notes after the command, e.g. /notes Refunded the double charge"
        #expect(message("/notes") == expected)
        #expect(message("/notes    ") == expected)
    }

    @Test(arguments: ["/end now", "/quit please", "/help me", "/resume 30", "/hint x", "/brief x", "/repeat x"])
    func commandsWithoutArgumentsRejectArguments(line: String) {
        // Given a command that takes no arguments, with some
        // When parsed
        let head = String(line.split(separator: " ")[0])
        // Then the trainee is told to type it alone
        #expect(message(line) == "\(head) takes no arguments; type just \(head)")
    }

    @Test func unknownCommandIsNamed() {
        // Given a command that does not exist
        // When parsed
        // Then it is named, with a pointer to /help
        #expect(message("/frobnicate now") == "unknown command /frobnicate; type /help to list the commands")
        #expect(message("/REFUND") == "unknown command /refund; type /help to list the commands")
    }

    @Test func commandErrorDescriptionIsItsMessage() {
        // Given a command error
        let error = CommandError("something is wrong")
        // Then it prints as its message
        #expect(error.description == "something is wrong")
    }

    @Test(arguments: [
        InCallCommand.help, .brief, .repeat, .hint, .resume, .escalate, .end, .quit,
        .hold(seconds: nil, reason: nil), .hold(seconds: 30, reason: nil), .hold(seconds: 90, reason: "checking your bill"),
        .hold(seconds: 1.5, reason: nil), .hold(seconds: nil, reason: "checking"),
        .transfer(target: "billing-specialists"),
        .action(name: "refund", arguments: ["49.99"]), .action(name: "book-visit", arguments: ["monday", "am"]),
        .notes("Refunded 49.99; 3 to 5 days."),
    ])
    func typedFormParsesBackToTheSameCommand(command: InCallCommand) throws {
        // Given a command
        // When written as typed and parsed again
        // Then it is the same command
        #expect(try TraineeInput.parse(command.typed) == .command(command))
    }

    @Test func typedForms() {
        // Given commands with arguments
        // Then their typed form is what a trainee would type
        #expect(InCallCommand.hold(seconds: 30, reason: "checking your bill").typed == "/hold 30 checking your bill")
        #expect(InCallCommand.hold(seconds: 1.5, reason: nil).typed == "/hold 1.5")
        #expect(InCallCommand.hold(seconds: nil, reason: nil).typed == "/hold")
        #expect(InCallCommand.action(name: "refund", arguments: ["49.99"]).typed == "/action refund 49.99")
        #expect(InCallCommand.transfer(target: "team-leader").typed == "/transfer team-leader")
        #expect(InCallCommand.notes("Done.").typed == "/notes Done.")
        #expect(InCallCommand.repeat.typed == "/repeat")
    }

    @Test func namesAndInformationalCommands() {
        // Given the command list of CONTRACTS.md §2
        // Then every command is listed, and only help, brief, repeat and hint are informational
        #expect(InCallCommand.names == [
            "/help", "/brief", "/repeat", "/hint", "/hold", "/resume", "/transfer", "/escalate", "/action", "/notes", "/end", "/quit",
        ])
        let informational: [InCallCommand] = [.help, .brief, .repeat, .hint]
        let recorded: [InCallCommand] = [.hold(seconds: nil, reason: nil), .resume, .transfer(target: "x"), .escalate, .action(name: "x", arguments: []), .notes("x"), .end, .quit]
        #expect(informational.allSatisfy { $0.isInformational })
        #expect(recorded.allSatisfy { !$0.isInformational })
        #expect((informational + recorded).map { "/\($0.name)" } == InCallCommand.names)
    }
}
