/// Numbers in a customer's words: digit runs (written or spoken) and dates.
extension DetailDetector {
    /// A run of digits: tokens of ASCII digits joined across spaces, dashes and brackets
    /// ("(977) 625-2661"), or three or more spoken digits ("four six one").
    struct DigitRun: Equatable {
        /// The digits, in ASCII.
        var digits: String
        /// The tokens it spans.
        var tokens: Range<Int>
    }

    /// The digit runs of `text`, leaving out the tokens of dates.
    static func runs(in line: Line, excluding dates: Set<Int>) -> [DigitRun] {
        let text = line.text
        let utf8 = Array(text.original.utf8)
        var runs: [DigitRun] = []
        var current: (digits: String, start: Int, spoken: Int)?
        func close(at end: Int) {
            if let run = current { runs.append(contentsOf: trimmed(run, end: end, tokens: text.tokens)) }
            current = nil
        }
        for (index, token) in text.tokens.enumerated() {
            let written = !token.text.isEmpty && isDigits(token.text)
            let spoken = written ? nil : line.roles[index]?.digit
            guard !dates.contains(index), written || spoken != nil else {
                close(at: index)
                continue
            }
            let digits = written ? token.text : String(spoken ?? "0")
            if let run = current, index > 0, joinable(utf8, from: text.tokens[index - 1].end, to: token.start) {
                current = (run.digits + digits, run.start, run.spoken + (written ? 0 : 1))
            } else {
                close(at: index)
                current = (digits, index, written ? 0 : 1)
            }
        }
        close(at: text.tokens.count)
        return runs
    }

    /// A run as kept: spoken digits only in runs of three or more words, without an "oh"
    /// at either end (the interjection, not a zero).
    private static func trimmed(_ run: (digits: String, start: Int, spoken: Int), end: Int, tokens: [Token]) -> [DigitRun] {
        var start = run.start
        var stop = end
        var digits = run.digits
        while stop - start > 0, tokens[start].text == "oh" { start += 1; digits.removeFirst() }
        while stop - start > 0, tokens[stop - 1].text == "oh" { stop -= 1; digits.removeLast() }
        guard stop > start else { return [] }
        let spokenCount = tokens[start..<stop].filter { !isDigits($0.text) }.count
        if spokenCount > 0, stop - start < 3 { return [] }
        return [DigitRun(digits: digits, tokens: start..<stop)]
    }

    /// True when the text between two tokens only separates groups of one number: up to two
    /// characters among space, dash, brackets and comma.
    private static func joinable(_ utf8: [UInt8], from: Int, to: Int) -> Bool {
        guard from <= to, to - from <= 2 else { return false }
        return utf8[from..<to].allSatisfy { $0 == 0x20 || $0 == 0x2D || $0 == 0x28 || $0 == 0x29 || $0 == 0x2C }
    }

    /// The tokens of dates: three numbers joined by one of `/ - .` ("14/03/1988", "1988-03-14"),
    /// and numbers of one, two or four digits beside a month name ("14 March 1988").
    static func dateTokens(in line: Line) -> (tokens: Set<Int>, numeric: Bool, named: Bool) {
        let text = line.text
        let utf8 = Array(text.original.utf8)
        let tokens = text.tokens
        var found = Set<Int>()
        var numeric = false
        var named = false
        func isNumber(_ index: Int) -> Bool { isDigits(tokens[index].text) && !tokens[index].text.isEmpty }
        func separator(_ index: Int) -> UInt8? {
            let from = tokens[index].end, to = tokens[index + 1].start
            guard to - from == 1, [0x2F, 0x2D, 0x2E].contains(utf8[from]) else { return nil }
            return utf8[from]
        }
        for index in tokens.indices.dropLast(2) where (index...index + 2).allSatisfy(isNumber) {
            guard let first = separator(index), separator(index + 1) == first else { continue }
            let sizes = (index...index + 2).map { tokens[$0].text.count }
            let dayFirst = sizes[0] <= 2 && sizes[1] <= 2 && (sizes[2] == 2 || sizes[2] == 4)
            let yearFirst = sizes[0] == 4 && sizes[1] <= 2 && sizes[2] <= 2
            if dayFirst || yearFirst {
                found.formUnion(index...index + 2)
                numeric = true
            }
        }
        for index in tokens.indices where line.roles[index]?.isMonth ?? false {
            for near in max(0, index - 2)...min(tokens.count - 1, index + 2) where near != index && isNumber(near) {
                let size = tokens[near].text.count
                if size <= 2 || size == 4 {
                    found.insert(near)
                    named = true
                }
            }
        }
        return (found, numeric, named)
    }
}

extension Character {
    /// True for the ASCII digits 0 to 9 (the normaliser has already turned other digits into them).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
