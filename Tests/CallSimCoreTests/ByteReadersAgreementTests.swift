import Testing
@testable import CallSimCore

/// The readers that work on UTF-8 bytes agree with the `Character`-based definitions they
/// replace, also where a space or delimiter is joined to a combining mark or a prepended sign.
@Suite("Byte readers agree with characters")
struct ByteReadersAgreementTests {
    static let lines = [
        "agent: Hello there", "  customer {upset}: I was charged TWICE!! NOT OK", "[00:06] customer: hi",
        "[1:02:03] customer {Upset , calm}: hi :)", "agent\t: tabbed", " agent\u{00A0}: nbsp", "customer: \u{00A0}padded\u{00A0}",
        "customer:\u{0301} combining after the colon", "customer: text with } brace: and colon", "agent: }: brace first",
        "\u{0600}agent: prepended", "agent \u{0301}: joined space", " \u{0301}agent: joined leading space",
        "customer {gives:account-number,date-of-birth}: 40021987, 14 March 1988.", "agent {upset}: no", "nobody: hi",
        "customer:    ", "[99:99] agent: z", "[1:2 agent: q", "customer: مرحبا شكرا \u{064E}جدا", "agent: }\u{0301}: x",
        "customer\u{0301}: x", "[00:01\u{0301}] agent: x", "agent: ok\r", "customer: ÉVERYWHERE ÇAPS TODAY ok",
    ]

    @Test("well-formed turns read from bytes as by characters")
    func turns() {
        for (number, line) in Self.lines.enumerated() {
            var source = line
            let fast = source.withUTF8 { TranscriptLineScanner.turn(in: $0, line: 0..<$0.count, number: number + 1) }
            guard let fast else { continue }
            var trimmed = Substring(line)
            if trimmed.hasSuffix("\r") { trimmed = trimmed.dropLast() }
            let slow = try? TranscriptTextFormat.parseTurn(trimmed.trimmingLeadingSpaces(), line: number + 1).get()
            #expect(fast == slow, "\(line.debugDescription)")
        }
    }

    @Test("a whole transcript reads the same, line by line, as split by characters")
    func transcript() {
        let text = "@language: en\r\n" + Self.lines.joined(separator: "\n") + "\r\r\n# end\n"
        var expectedErrors: [Int] = []
        var expectedTurns: [TranscriptLine] = []
        var number = 0
        var seenTurn = false
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            let trimmed = line.trimmingLeadingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("@") {
                if seenTurn || trimmed.firstIndex(of: ":") == nil { expectedErrors.append(number) }
                continue
            }
            seenTurn = true
            switch TranscriptTextFormat.parseTurn(trimmed, line: number) {
            case .success(let turn): expectedTurns.append(turn)
            case .failure: expectedErrors.append(number)
            }
        }
        #expect(!expectedErrors.isEmpty)
        #expect(TranscriptTextFormat.parse(text).1.map(\.line) == expectedErrors)
        let valid = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated()
            .filter { !expectedErrors.contains($0.offset + 1) }.map { String($0.element) }.joined(separator: "\n")
        #expect(TranscriptTextFormat.parse(valid).0?.lines.map(\.text) == expectedTurns.map(\.text))
    }

    @Test("shouting and word counts split at spaces as characters do")
    func spaces() {
        for line in Self.lines + ["HELLO \u{0301}WORLD NOW ok", "ONE TWO THREE", "A\u{0600} B C D E"] {
            let words = line.split(separator: " ").map { $0.unicodeScalars.filter(\.properties.isAlphabetic) }
            let counted = words.filter { !$0.isEmpty }.count
            let shouted = words.filter { $0.count >= 2 && $0.allSatisfy(\.properties.isUppercase) }.count
            #expect(TagInference.isShouting(line) == (shouted >= 3 && shouted * 2 >= counted), "\(line.debugDescription)")
            let expected = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0.isNewline }).count
            #expect(line.spokenWordCount == expected, "\(line.debugDescription)")
        }
    }
}
