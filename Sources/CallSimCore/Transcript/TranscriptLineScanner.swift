/// Reads a well-formed turn line of the text form (`[mm:ss] speaker {tags}: text`) from its
/// UTF-8 bytes, as `TranscriptTextFormat.parseTurn` reads it by characters.
///
/// It answers only when it is sure to agree: for anything else — a header, comment or blank
/// line, a malformed line, a speaker or tags that are not ASCII, a delimiter joined to a
/// combining mark — it returns nil and the line is read by characters, which also words the
/// error. The bytes then cost a scan, not a walk through grapheme clusters.
enum TranscriptLineScanner {
    /// The turn on line `number`, bytes `line` of `utf8` (without its line break), or nil.
    static func turn(in utf8: UnsafeBufferPointer<UInt8>, line: Range<Int>, number: Int) -> TranscriptLine? {
        var end = line.upperBound
        if end > line.lowerBound, utf8[end - 1] == 0x0D { end -= 1 }
        guard var start = skippingSpaces(utf8, from: line.lowerBound, to: end), start < end else { return nil }
        var at: Double?
        switch utf8[start] {
        case UInt8(ascii: "#"), UInt8(ascii: "@"):
            return nil
        case UInt8(ascii: "["):
            guard GraphemeEdges.isLone(utf8, at: start, start: start, end: end),
                  let close = firstByte(UInt8(ascii: "]"), in: utf8, from: start + 1, to: end),
                  GraphemeEdges.isLone(utf8, at: close, start: start, end: end),
                  let seconds = TranscriptTextFormat.parseTimestamp(String(decoding: UnsafeBufferPointer(rebasing: utf8[(start + 1)..<close]), as: UTF8.self)),
                  let rest = skippingSpaces(utf8, from: close + 1, to: end)
            else { return nil }
            at = seconds
            start = rest
        default:
            break
        }
        // The speaker ends at the first colon after any tags, as in `parseTurn`.
        var afterTags = start
        if let brace = firstByte(UInt8(ascii: "}"), in: utf8, from: start, to: end) {
            guard GraphemeEdges.isLone(utf8, at: brace, start: start, end: end) else { return nil }
            afterTags = brace + 1
        }
        guard let colon = firstByte(UInt8(ascii: ":"), in: utf8, from: afterTags, to: end),
              GraphemeEdges.isLone(utf8, at: colon, start: start, end: end),
              !utf8[start..<colon].contains(where: { $0 >= 0x80 })
        else { return nil }
        var head = String(decoding: UnsafeBufferPointer(rebasing: utf8[start..<colon]), as: UTF8.self).trimmingSpaces()
        var tags: [String]?
        if let open = head.firstIndex(of: "{") {
            guard head.hasSuffix("}") else { return nil }
            let inside = head[head.index(after: open)..<head.index(before: head.endIndex)]
            tags = TranscriptTags.expand(inside.split(separator: ",").map { String($0).trimmingSpaces().lowercased() }.filter { !$0.isEmpty })
            head = String(head[..<open]).trimmingSpaces()
        }
        guard let speaker = Speaker(rawValue: head.lowercased()), speaker == .customer || tags == nil,
              !(tags ?? []).contains(where: { !TranscriptTags.isValid($0) })
        else { return nil }
        let body = trimmedWhitespace(utf8, from: colon + 1, to: end)
        guard !body.isEmpty else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: utf8[body]), as: UTF8.self)
        return TranscriptLine(speaker: speaker, text: text, at: at, tags: tags, sourceLine: number)
    }

    /// The offset after the spaces and tabs that start `utf8[from..<to]`, as
    /// `trimmingLeadingSpaces` drops them; nil when a space there is joined to what follows.
    private static func skippingSpaces(_ utf8: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        var offset = from
        while offset < to, utf8[offset] == 0x20 || utf8[offset] == 0x09 { offset += 1 }
        if offset > from, offset < to, utf8[offset - 1] == 0x20, utf8[offset] >= 0x80,
           !GraphemeEdges.isLone(utf8, at: offset - 1, start: from, end: to) {
            return nil
        }
        return offset
    }

    private static func firstByte(_ byte: UInt8, in utf8: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        var offset = from
        while offset < to {
            if utf8[offset] == byte { return offset }
            offset += 1
        }
        return nil
    }

    /// `utf8[from..<to]` without the whitespace scalars at either end, as `trimmingSpaces()`.
    private static func trimmedWhitespace(_ utf8: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Range<Int> {
        var lower = from
        while lower < to {
            let (scalar, next) = UTF8Scalars.scalar(in: utf8, at: lower)
            guard isWhitespace(scalar) else { break }
            lower = next
        }
        var upper = to
        while upper > lower {
            let previous = UTF8Scalars.start(before: upper, in: utf8)
            guard isWhitespace(UTF8Scalars.scalar(in: utf8, at: previous).0) else { break }
            upper = previous
        }
        return lower..<upper
    }

    @inline(__always)
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
    }
}
