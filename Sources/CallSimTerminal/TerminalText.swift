/// Makes untrusted text safe to print on a terminal.
public enum TerminalText {
    /// Removes terminal escape sequences and control characters from `s`.
    ///
    /// Removed: ESC sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL/ST`,
    /// DCS/SOS/PM/APC strings up to ST, and short sequences such as `ESC 7`
    /// or `ESC ( B`), a bare ESC, their 8-bit C1 forms, every other C0 and C1
    /// control character, and DEL. Tab is kept; newline (`\n`) is kept only
    /// when `keepingNewlines` is true. Every other character is kept,
    /// including right-to-left scripts (Arabic, Persian), joiners such as
    /// ZWNJ, combining marks and emoji. A string sequence (OSC, DCS …)
    /// with no terminator is removed up to the next ESC or the end of `s`.
    public static func sanitize(_ s: String, keepingNewlines: Bool = false) -> String {
        let scalars = Array(s.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar.value {
            case 0x1B:
                index = skipEscape(scalars, after: index)
            case 0x9B:
                index = skipControlSequence(scalars, from: index)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                index = skipControlString(scalars, from: index)
            case 0x09:
                output.append(scalar)
            case 0x0A where keepingNewlines:
                output.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F:
                break
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// Skips what follows an ESC at `index`; returns where to resume.
    private static func skipEscape(_ scalars: [Unicode.Scalar], after index: Int) -> Int {
        guard index < scalars.count else { return index }
        switch scalars[index].value {
        case 0x5B:                              // ESC [   CSI
            return skipControlSequence(scalars, from: index + 1)
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F:      // ESC ] P X ^ _   OSC DCS SOS PM APC
            return skipControlString(scalars, from: index + 1)
        case 0x20...0x2F:                       // ESC ( B, ESC # 8 …: intermediates then a final
            var position = index
            while position < scalars.count, (0x20...0x2F).contains(scalars[position].value) {
                position += 1
            }
            if position < scalars.count, (0x30...0x7E).contains(scalars[position].value) {
                position += 1
            }
            return position
        case 0x30...0x7E:                       // ESC 7, ESC c, ESC M …
            return index + 1
        default:                                // bare ESC: keep what follows
            return index
        }
    }

    /// Skips CSI parameter/intermediate bytes and the final byte. A byte
    /// outside the CSI grammar ends the sequence and is processed normally.
    private static func skipControlSequence(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
        var position = index
        while position < scalars.count {
            switch scalars[position].value {
            case 0x20...0x3F: position += 1
            case 0x40...0x7E: return position + 1
            default: return position
            }
        }
        return position
    }

    /// Skips a string sequence through BEL, ST (`ESC \`) or 8-bit ST. Any
    /// other ESC cancels the string and is processed normally.
    private static func skipControlString(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
        var position = index
        while position < scalars.count {
            switch scalars[position].value {
            case 0x07, 0x9C:
                return position + 1
            case 0x1B:
                let following = position + 1
                if following < scalars.count, scalars[following].value == 0x5C {
                    return following + 1
                }
                return position
            default:
                position += 1
            }
        }
        return position
    }
}
