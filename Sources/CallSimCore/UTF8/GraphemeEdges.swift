/// Whether an ASCII character in a line is a `Character` of its own, decided from the UTF-8
/// bytes around it, so text can be split on spaces or colons byte by byte and still agree with
/// `String`'s `Character` view.
///
/// Beside ASCII a character always stands alone (CR LF aside). Only a scalar that can extend
/// the one before it (a combining mark, ZWJ, a spacing mark) or a "prepended" scalar before it
/// (U+0600 ARABIC NUMBER SIGN, ...) can join it to a neighbour; for those the standard
/// library's own grapheme breaking decides.
enum GraphemeEdges {
    /// True when the ASCII byte at `offset` is a `Character` on its own in `utf8[start..<end]`
    /// (the bounds are `Character` boundaries, such as a line's ends).
    static func isLone(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int, start: Int, end: Int) -> Bool {
        let before = offset > start && utf8[offset - 1] >= 0x80
        let after = offset + 1 < end && utf8[offset + 1] >= 0x80
        guard before || after else { return true }
        let previous = before ? UTF8Scalars.scalar(in: utf8, at: UTF8Scalars.start(before: offset, in: utf8)).0 : nil
        let next = after ? UTF8Scalars.scalar(in: utf8, at: offset + 1).0 : nil
        return isLone(Unicode.Scalar(utf8[offset]), previous: previous, next: next)
    }

    /// True when `scalar`, between `previous` and `next`, is a `Character` on its own.
    static func isLone(_ scalar: Unicode.Scalar, previous: Unicode.Scalar?, next: Unicode.Scalar?) -> Bool {
        let joinsPrevious = previous.map(mayPrecedeInCluster) ?? false
        let joinsNext = next.map(mayExtend) ?? false
        guard joinsPrevious || joinsNext else { return true }
        var scalars = String.UnicodeScalarView()
        if let previous { scalars.append(previous) }
        scalars.append(scalar)
        if let next { scalars.append(next) }
        return String(scalars).contains(Character(scalar))
    }

    /// A cheap superset of the scalars that join the character before them (grapheme break
    /// classes Extend, ZWJ and SpacingMark).
    static func mayExtend(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .modifierSymbol, .modifierLetter, .surrogate, .unassigned, .privateUse:
            return true
        default:
            return scalar.value == 0x0E33 || scalar.value == 0x0EB3
        }
    }

    /// A cheap superset of the scalars that join the character after them (grapheme break
    /// class Prepend).
    static func mayPrecedeInCluster(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x600 else { return false }
        switch scalar.properties.generalCategory {
        case .format, .unassigned, .privateUse: return true
        case .otherLetter, .spacingMark, .nonspacingMark: return scalar.value == 0x0D4E || scalar.value >= 0x11000
        default: return false
        }
    }
}
