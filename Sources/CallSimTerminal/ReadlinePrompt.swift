/// Prompt text for GNU readline.
public enum ReadlinePrompt {
    /// Readline's `RL_PROMPT_START_IGNORE`.
    public static let startIgnore: Unicode.Scalar = "\u{01}"
    /// Readline's `RL_PROMPT_END_IGNORE`.
    public static let endIgnore: Unicode.Scalar = "\u{02}"

    /// `prompt` with each ANSI escape sequence (CSI such as colours, OSC)
    /// wrapped in `\u{1}`…`\u{2}`, so readline does not count the invisible
    /// bytes when it computes the prompt's width. Sequences already inside
    /// such markers are left alone, so applying this twice changes nothing.
    public static func markingInvisibleSequences(_ prompt: String) -> String {
        let scalars = Array(prompt.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        var insideMarkers = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == startIgnore { insideMarkers = true }
            if scalar == endIgnore { insideMarkers = false }
            guard scalar == "\u{1B}", !insideMarkers else {
                output.append(scalar)
                index += 1
                continue
            }
            let end = endOfEscape(scalars, at: index)
            output.append(startIgnore)
            output.append(contentsOf: scalars[index..<end])
            output.append(endIgnore)
            index = end
        }
        return String(output)
    }

    /// The index just past the escape sequence starting at `index` (an ESC).
    private static func endOfEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Int {
        var position = index + 1
        guard position < scalars.count else { return position }
        switch scalars[position] {
        case "[":
            position += 1
            while position < scalars.count {
                let value = scalars[position].value
                position += 1
                if (0x40...0x7E).contains(value) { break }
                if !(0x20...0x3F).contains(value) { position -= 1; break }
            }
            return position
        case "]":
            position += 1
            while position < scalars.count {
                let value = scalars[position].value
                if value == 0x07 { return position + 1 }
                if value == 0x1B {
                    return position + 1 < scalars.count && scalars[position + 1] == "\\" ? position + 2 : position
                }
                position += 1
            }
            return position
        default:
            return position + 1
        }
    }
}
