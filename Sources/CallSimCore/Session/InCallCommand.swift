/// A command the trainee types during a call (CONTRACTS.md §2).
public enum InCallCommand: Sendable, Hashable {
    case help
    case brief
    case `repeat`
    case hint
    /// Put the customer on hold, for `seconds` (default 60), with an optional reason.
    case hold(seconds: Double?, reason: String?)
    case resume
    case transfer(target: String)
    case escalate
    case action(name: String, arguments: [String])
    case notes(String)
    case end
    case quit

    /// Every command word, for help and completion.
    public static let names = [
        "/help", "/brief", "/repeat", "/hint", "/hold", "/resume", "/transfer", "/escalate",
        "/action", "/notes", "/end", "/quit",
    ]

    /// The command's word without its slash (`hold`, `transfer`, ...).
    public var name: String {
        switch self {
        case .help: "help"
        case .brief: "brief"
        case .repeat: "repeat"
        case .hint: "hint"
        case .hold: "hold"
        case .resume: "resume"
        case .transfer: "transfer"
        case .escalate: "escalate"
        case .action: "action"
        case .notes: "notes"
        case .end: "end"
        case .quit: "quit"
        }
    }

    /// True for commands that only show something and are not part of the call's record.
    public var isInformational: Bool {
        switch self {
        case .help, .brief, .repeat, .hint: true
        default: false
        }
    }

    /// The command as typed, for transcripts.
    public var typed: String {
        switch self {
        case .hold(let seconds, let reason):
            var parts = ["/hold"]
            if let seconds { parts.append(Self.format(seconds)) }
            if let reason, !reason.isEmpty { parts.append(reason) }
            return parts.joined(separator: " ")
        case .transfer(let target): return "/transfer \(target)"
        case .action(let name, let arguments): return (["/action", name] + arguments).joined(separator: " ")
        case .notes(let text): return "/notes \(text)"
        default: return "/\(name)"
        }
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}

/// Why a typed command could not be understood.
public struct CommandError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One line that says what is wrong and what to type instead.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// One line the trainee typed: something said to the customer, or a command.
public enum TraineeInput: Sendable, Hashable {
    case say(String)
    case command(InCallCommand)

    /// Reads a typed line. Lines starting with `/` are commands; anything else is said.
    public static func parse(_ line: String) throws(CommandError) -> TraineeInput {
        let trimmed = line.trimmingSpaces()
        guard trimmed.hasPrefix("/") else { return .say(trimmed) }
        let words = trimmed.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let head = words.first?.lowercased() else { return .say(trimmed) }
        let rest = Array(words.dropFirst())
        let restText = rest.joined(separator: " ")
        func none(_ command: InCallCommand) throws(CommandError) -> TraineeInput {
            guard rest.isEmpty else { throw CommandError("\(head) takes no arguments; type just \(head)") }
            return .command(command)
        }
        switch head {
        case "/help": return try none(.help)
        case "/brief": return try none(.brief)
        case "/repeat": return try none(.repeat)
        case "/hint": return try none(.hint)
        case "/resume": return try none(.resume)
        case "/escalate": return try none(.escalate)
        case "/end": return try none(.end)
        case "/quit": return try none(.quit)
        case "/hold":
            if let first = rest.first, let seconds = Self.seconds(first) {
                guard seconds > 0, seconds <= 3600 else {
                    throw CommandError("hold time must be between 1 and 3600 seconds, e.g. /hold 60 checking your bill")
                }
                let reason = rest.dropFirst().joined(separator: " ")
                return .command(.hold(seconds: seconds, reason: reason.isEmpty ? nil : reason))
            }
            if let first = rest.first, first.first?.isNumber == true {
                throw CommandError("'\(first)' is not a number of seconds; type e.g. /hold 60 checking your bill")
            }
            return .command(.hold(seconds: nil, reason: restText.isEmpty ? nil : restText))
        case "/transfer":
            guard rest.count == 1, let target = rest.first else {
                throw CommandError("name one team to transfer to, e.g. /transfer billing (Tab lists them)")
            }
            return .command(.transfer(target: target.lowercased()))
        case "/action":
            guard let name = rest.first else {
                throw CommandError("name the action, e.g. /action refund 49.99 (Tab lists them)")
            }
            return .command(.action(name: name.lowercased(), arguments: Array(rest.dropFirst())))
        case "/notes":
            guard !rest.isEmpty else { throw CommandError("write the notes after the command, e.g. /notes Refunded the double charge") }
            return .command(.notes(restText))
        default:
            throw CommandError("unknown command \(head); type /help to list the commands")
        }
    }

    static func seconds(_ word: String) -> Double? {
        var text = word.lowercased()
        if text.hasSuffix("s") { text.removeLast() }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        return Double(text)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
