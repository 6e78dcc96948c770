/// How an interview is run: with help after each answer, or like the real thing.
public enum InterviewMode: String, Sendable, Codable, Hashable, CaseIterable {
    /// Feedback after each answer; `/hint` and `/model` are available.
    case practice
    /// No help and no feedback until the report at the end.
    case mock
}

/// A command typed during an interview.
public enum InterviewSlashCommand: String, Sendable, Hashable, CaseIterable {
    /// Ends the answer (an empty line does too).
    case done
    /// Moves on without answering.
    case skip
    /// Asks the question again.
    case `repeat`
    /// A hint for the question (practice mode).
    case hint
    /// A model answer (practice mode).
    case model
    /// The commands.
    case help
    /// Ends the interview early; what was answered is kept.
    case quit

    /// Every command as typed, for help and Tab completion.
    public static let names = allCases.map { "/" + $0.rawValue }

    /// True for commands only practice mode offers.
    public var isPracticeOnly: Bool { self == .hint || self == .model }
}

/// One line typed while a question is open.
public enum InterviewInput: Sendable, Hashable {
    /// A line of the answer.
    case text(String)
    /// An empty line: ends the answer, or is ignored before it starts.
    case blank
    /// A command.
    case command(InterviewSlashCommand)
    /// Something that looks like a command but is not one.
    case unknownCommand(String)

    /// Reads one typed line. A line that starts with `/` and one word is a command; a line
    /// that starts with `/` followed by more text ("/ 50% of calls…") is answer text.
    public static func parse(_ line: String) -> InterviewInput {
        let text = Self.trimmed(line)
        if text.isEmpty { return .blank }
        guard text.hasPrefix("/"), text.count > 1, !text.dropFirst().contains(where: { $0 == " " || $0 == "\t" }) else {
            return .text(text)
        }
        let name = String(text.dropFirst()).lowercased()
        if let command = InterviewSlashCommand(rawValue: name) { return .command(command) }
        return .unknownCommand(text)
    }

    /// `text` without leading and trailing spaces, tabs and line breaks.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
