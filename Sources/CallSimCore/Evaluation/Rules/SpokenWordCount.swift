extension String {
    /// The words of a line, split at spaces, tabs and line breaks, as
    /// `split(whereSeparator: { $0 == " " || $0 == "\t" || $0.isNewline }).count` counts them,
    /// read from the UTF-8 bytes (a space joined to a combining mark is not a separator).
    var spokenWordCount: Int {
        var text = self
        return text.withUTF8 { utf8 in
            var words = 0
            var inWord = false
            var offset = 0
            while offset < utf8.count {
                let byte = utf8[offset]
                let separates: Bool
                var next = offset + 1
                if byte < 0x80 {
                    switch byte {
                    case 0x09...0x0D: separates = true
                    case 0x20: separates = GraphemeEdges.isLone(utf8, at: offset, start: 0, end: utf8.count)
                    default: separates = false
                    }
                } else {
                    let (scalar, after) = UTF8Scalars.scalar(in: utf8, at: offset)
                    next = after
                    separates = scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
                }
                if separates {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
                offset = next
            }
            return words
        }
    }
}
