import CallSimCore

/// Turns the call engine's events into the lines a trainee reads.
///
/// On a terminal the customer's name and mood are coloured; when input is piped, the output
/// is plain text with no escape codes, and the trainee's own lines are echoed so the output
/// reads as a transcript.
public struct CallPresenter: Sendable {
    public let style: TerminalStyle
    /// True when standard input is piped: echo the trainee's lines.
    public let echoTrainee: Bool
    public let customerName: String
    public let coach: Bool

    /// Creates a presenter.
    public init(style: TerminalStyle, echoTrainee: Bool, customerName: String, coach: Bool) {
        self.style = style
        self.echoTrainee = echoTrainee
        self.customerName = customerName
        self.coach = coach
    }

    /// What to print for one event: lines for standard output, and lines for standard error.
    public func render(_ event: SessionEvent) -> (out: [String], err: [String]) {
        switch event {
        case .turn(let turn):
            if turn.speaker == .customer {
                let name = style.bold(TerminalText.sanitize(customerName))
                let mood = MoodDisplay.styled(turn.moodAfter, style: style)
                return (["\(name) (\(mood)): \(TerminalText.sanitize(turn.text))"], [])
            }
            return echoTrainee ? (["You: \(TerminalText.sanitize(turn.text))"], []) : ([], [])
        case .mood:
            return ([], [])
        case .nudge(let nudge):
            let mark = nudge.positive ? style.green("✓") : style.yellow("!")
            return (["  \(mark) \(style.dim("coach:")) \(TerminalText.sanitize(nudge.text))"], [])
        case .notice(let text):
            return ([style.dim("  · \(TerminalText.sanitize(text))")], [])
        case .problem(let text):
            return ([], ["callsim: \(TerminalText.sanitize(text))"])
        case .help(let actions, let transfers, let coach):
            return (helpLines(actions: actions, transfers: transfers, coach: coach), [])
        case .brief:
            return ([], [])
        case .hint(let text):
            return (["  \(style.cyan("hint:")) \(TerminalText.sanitize(text))"], [])
        case .callEnded(let outcome, let reason):
            return ([style.bold("— Call ended (\(Self.describe(reason)); outcome: \(outcome.rawValue)) —")], [])
        }
    }

    /// Why the call ended, in words.
    public static func describe(_ reason: EndReason) -> String {
        switch reason {
        case .agentEnded: "you ended the call"
        case .customerHungUp: "the customer hung up"
        case .traineeQuit: "you left the exercise"
        case .transferred: "transferred"
        case .scenarioEnded: "the customer ended the call"
        case .transcriptEnded: "end of transcript"
        }
    }

    func helpLines(actions: [ActionDefinition], transfers: [TransferTarget], coach: Bool) -> [String] {
        var lines = [style.bold("Commands")]
        let commands: [(String, String)] = [
            ("/help", "this list"), ("/brief", "the brief again"), ("/repeat", "the customer's last line"),
            ("/hint", coach ? "a hint for this moment" : "a hint (coach mode only)"),
            ("/hold [SECONDS] [REASON]", "put the customer on hold"), ("/resume", "come back from hold"),
            ("/transfer TARGET", "transfer the call"), ("/escalate", "escalate to your team leader"),
            ("/action NAME [ARGS]", "act on the customer's account"), ("/notes TEXT", "wrap-up notes"),
            ("/end", "end the call"), ("/quit", "leave the exercise (recorded as abandoned)"),
        ]
        for (command, text) in commands {
            lines.append("  \(command.padded(to: 26)) \(text)")
        }
        if !actions.isEmpty {
            lines.append(style.bold("Actions"))
            for action in actions {
                let usage = (["/action", action.name] + action.arguments.map { $0.uppercased() }).joined(separator: " ")
                lines.append("  \(usage.padded(to: 26)) \(TerminalText.sanitize(action.summary))")
            }
        }
        if !transfers.isEmpty {
            lines.append(style.bold("Transfer targets"))
            for target in transfers {
                lines.append("  \(target.id.padded(to: 26)) \(TerminalText.sanitize(target.summary))")
            }
        }
        return lines
    }
}
