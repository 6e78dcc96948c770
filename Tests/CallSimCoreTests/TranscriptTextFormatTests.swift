import Testing
@testable import CallSimCore

@Suite("Transcript text format: reading")
struct TranscriptParsingTests {
    /// The example of CONTRACTS.md §3, verbatim.
    static let contractExample = """
        # a comment
        @language: en
        @direction: inbound
        @company: Nile Telecom
        @agent: Sam
        [00:00] agent: Thank you for calling Nile Telecom, my name is Sam.
        [00:06] customer {upset}: I've been charged twice!
        agent: Could I have your account number and date of birth, please?
        customer {gives:account-number,date-of-birth}: 40021987, 14 March 1988.
        agent: /action refund 49.99
        agent: /end
        agent: /notes Double charge refunded.
        """

    private func lines(_ text: String) throws -> [TranscriptLine] {
        let (transcript, errors) = TranscriptTextFormat.parse(text)
        #expect(errors.isEmpty, "\(errors)")
        return try #require(transcript).lines
    }

    private func errors(_ text: String) -> [TranscriptError] {
        let (transcript, errors) = TranscriptTextFormat.parse(text)
        #expect(transcript == nil)
        return errors
    }

    @Test func theContractExampleParses() throws {
        // Given the example transcript of the contract
        let (transcript, errors) = TranscriptTextFormat.parse(Self.contractExample)
        // When parsed
        // Then it has no errors, its headers, and seven lines
        #expect(errors == [])
        let parsed = try #require(transcript)
        #expect(parsed.header == ["language": "en", "direction": "inbound", "company": "Nile Telecom", "agent": "Sam"])
        #expect(parsed.lines.count == 7)
        #expect(parsed.lines.map(\.speaker) == [.agent, .customer, .agent, .customer, .agent, .agent, .agent])
        #expect(parsed.lines.map(\.at) == [0, 6, nil, nil, nil, nil, nil])
        #expect(parsed.lines[1].tags == ["upset"])
        #expect(parsed.lines[3].tags == ["gives:account-number", "gives:date-of-birth"])
        #expect(parsed.lines[3].text == "40021987, 14 March 1988.")
        #expect(parsed.lines[4].text == "/action refund 49.99")
        #expect(parsed.lines.map(\.sourceLine) == [6, 7, 8, 9, 10, 11, 12])
    }

    @Test func givesTagsParse() throws {
        // Given a customer line with gives: tags, each written out in full
        let parsed = try lines("customer {gives:email, gives:phone}: it's k@example.com, 0100 555 0142")
        // Then the tags are read, and the text after the tags' colon is the line
        #expect(parsed.first?.tags == ["gives:email", "gives:phone"])
        #expect(parsed.first?.text == "it's k@example.com, 0100 555 0142")
    }

    @Test func timestampsInBothForms() throws {
        // Given lines stamped [mm:ss] and [hh:mm:ss]
        let parsed = try lines("[01:05] agent: Hello.\n[01:02:03] customer: Hi.")
        // Then the times are read in seconds
        #expect(parsed.map(\.at) == [65, 3723])
    }

    @Test func tagsEmptyBracesAndNoBraces() throws {
        // Given a customer line with no braces, empty braces, and tags in any case
        let parsed = try lines("customer: one\ncustomer {}: two\ncustomer {Upset, Off-Topic}: three\ncustomer {calm}: four")
        // Then no braces means "infer", empty braces mean "no tags"
        #expect(parsed.map(\.tags) == [nil, [], ["upset", "off-topic"], ["calm"]])
    }

    @Test func commentsBlankLinesAndIndentationAreIgnored() throws {
        // Given a transcript with comments, blank lines and indentation
        let text = "# header comment\n\n@language: en\n  # indented comment\n\tagent: Hello there.\n\n"
        let (transcript, errors) = TranscriptTextFormat.parse(text)
        // Then only the header and the turn are read
        #expect(errors.isEmpty)
        #expect(transcript?.header == ["language": "en"])
        #expect(transcript?.lines == [TranscriptLine(speaker: .agent, text: "Hello there.", sourceLine: 5)])
    }

    @Test func windowsLineEndingsSplitLines() throws {
        // Given a transcript saved with CRLF line endings
        let text = "@language: en\r\nagent: Hello.\r\ncustomer {upset}: I was charged twice!\r\n"
        let (transcript, errors) = TranscriptTextFormat.parse(text)
        // Then each line is read on its own, without the carriage returns
        #expect(errors == [])
        #expect(transcript?.header == ["language": "en"])
        #expect(transcript?.lines == [
            TranscriptLine(speaker: .agent, text: "Hello.", sourceLine: 2),
            TranscriptLine(speaker: .customer, text: "I was charged twice!", tags: ["upset"], sourceLine: 3),
        ])
    }

    @Test func headerKeysAreLowerCasedAndValuesTrimmed() throws {
        // Given headers in mixed case with spaces
        let (transcript, _) = TranscriptTextFormat.parse("@Scenario:   billing-double-charge  \n@persona: Karim\nagent: Hi.")
        // Then keys are lower-cased and values trimmed
        #expect(transcript?.header == ["scenario": "billing-double-charge", "persona": "Karim"])
    }

    @Test func colonsInTheTextAreKept() throws {
        // Given an agent line whose text has colons
        let parsed = try lines("[00:10] agent: Note: the engineer comes at 10:30.")
        // Then only the first colon after the speaker separates the text
        #expect(parsed.first?.text == "Note: the engineer comes at 10:30.")
        #expect(parsed.first?.at == 10)
    }

    @Test(arguments: IdentityFact.allCases)
    func everyIdentityFactIsAValidTag(fact: IdentityFact) {
        // Given each identity fact
        // Then gives:FACT is a valid tag
        #expect(TranscriptTags.isValid("gives:\(fact.rawValue)"))
    }

    @Test func tagValidity() {
        // Given the plain tags and some invalid ones
        // Then only the contract's tags are valid
        #expect(["upset", "calm", "off-topic"].allSatisfy(TranscriptTags.isValid))
        #expect(!TranscriptTags.isValid("angry"))
        #expect(!TranscriptTags.isValid("gives:shoe-size"))
        #expect(!TranscriptTags.isValid("gives:"))
    }

    // MARK: Errors

    @Test func badTimestamp() {
        // Given timestamps out of range or not numbers
        // Then each is reported on its line
        #expect(errors("agent: Hi.\n[1:75] agent: Hello.") == [TranscriptError(line: 2, message: "bad timestamp [1:75]; write [mm:ss] or [hh:mm:ss]")])
        #expect(errors("[ab:cd] agent: Hello.") == [TranscriptError(line: 1, message: "bad timestamp [ab:cd]; write [mm:ss] or [hh:mm:ss]")])
        #expect(errors("[5] agent: Hello.") == [TranscriptError(line: 1, message: "bad timestamp [5]; write [mm:ss] or [hh:mm:ss]")])
        #expect(errors("[00:05 agent: Hello.") == [TranscriptError(line: 1, message: "timestamp is not closed; write it as [mm:ss]")])
    }

    @Test func unknownSpeaker() {
        // Given a line by someone who is neither agent nor customer
        // Then it is reported with the speaker named
        #expect(errors("agent: Hi.\nboss: Hello.") == [TranscriptError(line: 2, message: "unknown speaker `boss`; use `agent` or `customer`")])
    }

    @Test func missingSpeaker() {
        // Given a line without a speaker
        // Then it is reported
        #expect(errors("Hello there") == [TranscriptError(line: 1, message: "expected `agent: ...` or `customer: ...`")])
    }

    @Test func badTag() {
        // Given an unknown tag
        // Then the allowed tags are listed
        #expect(errors("customer {angry}: Hello.") == [TranscriptError(
            line: 1,
            message: "unknown tag `angry`; tags are upset, calm, off-topic and gives:FACT with FACT one of name, account-number, date-of-birth, phone, email, address, postcode, order-number, card-digits")])
    }

    @Test func unclosedTags() {
        // Given tags whose brace is not closed
        // Then the form is shown
        #expect(errors("customer {upset: Hello.") == [TranscriptError(line: 1, message: "tags are written in braces after the speaker, e.g. customer {upset}:")])
    }

    @Test func tagsOnAnAgentLine() {
        // Given tags on an agent line
        // Then they are refused
        #expect(errors("agent {upset}: Hello.") == [TranscriptError(line: 1, message: "tags belong to customer lines only")])
    }

    @Test func headerAfterTheFirstTurn() {
        // Given a header below a turn
        // Then it is reported with the header quoted
        #expect(errors("agent: Hi.\n@language: en") == [TranscriptError(line: 2, message: "header line after the first turn; move `@language: en` to the top")])
    }

    @Test func headerWithoutColon() {
        // Given a header line without a colon
        #expect(errors("@language en\nagent: Hi.") == [TranscriptError(line: 1, message: "a header line is `@key: value`")])
    }

    @Test func emptyLineBody() {
        // Given speakers with nothing said
        // Then each empty line is reported
        #expect(errors("agent:\n[00:01] customer {upset}:   ") == [
            TranscriptError(line: 1, message: "the agent line is empty"),
            TranscriptError(line: 2, message: "the customer line is empty"),
        ])
    }

    @Test func noTurns() {
        // Given transcripts with no turns
        // Then the last line is reported
        #expect(errors("") == [TranscriptError(line: 1, message: "the transcript has no turns; write lines such as `agent: Hello`")])
        #expect(errors("@language: en\n# nothing else\n") == [TranscriptError(line: 3, message: "the transcript has no turns; write lines such as `agent: Hello`")])
    }

    @Test func everyErrorIsReportedAtOnce() {
        // Given a transcript with three bad lines among good ones
        let found = errors("agent: Hi.\nboss: x\ncustomer: fine\n[9:99] agent: y\nagent {calm}: z")
        // Then all three are reported, in order
        #expect(found.map(\.line) == [2, 4, 5])
        #expect(found.first?.description == "line 2: unknown speaker `boss`; use `agent` or `customer`")
    }

    @Test func timestampParsing() {
        // Given timestamps in several forms
        // Then valid ones are read and invalid ones refused
        #expect(TranscriptTextFormat.parseTimestamp("00:00") == 0)
        #expect(TranscriptTextFormat.parseTimestamp("59:59") == 3599)
        #expect(TranscriptTextFormat.parseTimestamp("1:02:03") == 3723)
        #expect(TranscriptTextFormat.parseTimestamp("00:60") == nil)
        #expect(TranscriptTextFormat.parseTimestamp("-1:00") == nil)
        #expect(TranscriptTextFormat.parseTimestamp("1:2:3:4") == nil)
        #expect(TranscriptTextFormat.parseTimestamp("12") == nil)
        #expect(TranscriptTextFormat.parseTimestamp("١:٠٠") == nil)
    }
}

@Suite("Transcript text format: writing")
struct TranscriptWritingTests {
    @Test func writesHeadersThenLines() {
        // Given a transcript with known and extra headers, timed and untimed lines, tags and commands
        let transcript = Transcript(
            header: ["agent": "Sam", "language": "en", "scenario": "billing-double-charge", "zeta": "1", "mode": "exam"],
            lines: [
                TranscriptLine(speaker: .agent, text: "Hello.", at: 0),
                TranscriptLine(speaker: .customer, text: "Hi!\nI was charged twice.", at: 3725, tags: ["upset", "gives:name"]),
                TranscriptLine(speaker: .customer, text: "Okay.", tags: []),
                TranscriptLine(speaker: .agent, text: "/hold 30 checking"),
            ])
        // When written
        let text = TranscriptTextFormat.write(transcript)
        // Then known headers come first in contract order, extras sorted, and one line per turn
        #expect(text == """
            @scenario: billing-double-charge
            @language: en
            @agent: Sam
            @mode: exam
            @zeta: 1
            [00:00] agent: Hello.
            [01:02:05] customer {upset,gives:name}: Hi! I was charged twice.
            customer {}: Okay.
            agent: /hold 30 checking

            """)
    }

    @Test func timestampsRoundDown() {
        // Given times with fractions, and past an hour
        // Then they are written to the second below
        #expect(TranscriptTextFormat.timestamp(65.9) == "01:05")
        #expect(TranscriptTextFormat.timestamp(0) == "00:00")
        #expect(TranscriptTextFormat.timestamp(3723) == "01:02:03")
    }

    @Test func writeThenParseGivesTheSameTranscript() throws {
        // Given a transcript with every kind of line
        let original = Transcript(
            header: ["scenario": "billing-double-charge", "language": "en", "direction": "inbound", "company": "Nile Telecom", "agent": "Sam"],
            lines: [
                TranscriptLine(speaker: .agent, text: "Good morning, thank you for calling Nile Telecom.", at: 0),
                TranscriptLine(speaker: .customer, text: "I've been charged twice!", at: 6, tags: ["upset"]),
                TranscriptLine(speaker: .agent, text: "Can I have your account number?", at: 10),
                TranscriptLine(speaker: .customer, text: "40021987.", at: 14, tags: ["gives:account-number"]),
                TranscriptLine(speaker: .customer, text: "And that's all.", at: 16, tags: []),
                TranscriptLine(speaker: .customer, text: "Untagged.", at: 18),
                TranscriptLine(speaker: .agent, text: "/action refund 49.99", at: 20),
                TranscriptLine(speaker: .agent, text: "/notes Double charge refunded.", at: 30),
            ])
        // When written and read back
        let (parsed, errors) = TranscriptTextFormat.parse(TranscriptTextFormat.write(original))
        // Then headers and lines are the same (apart from the source line numbers)
        #expect(errors == [])
        let back = try #require(parsed)
        #expect(back.header == original.header)
        #expect(back.lines.map { TranscriptLine(speaker: $0.speaker, text: $0.text, at: $0.at, tags: $0.tags) } == original.lines)
    }

    @Test func transcriptFromTurns() {
        // Given recorded turns: an agent line, a tagged customer line, an untagged one, and a command
        let turns = [
            CallTurn(index: 0, speaker: .agent, text: "Hello.", at: 0, duration: 1, moodAfter: 7, phase: .opening),
            CallTurn(index: 1, speaker: .customer, text: "Hi!", at: 1.5, duration: 1, tags: ["upset"], moodAfter: 7, phase: .opening),
            CallTurn(index: 2, speaker: .customer, text: "Well.", at: 3, duration: 1, moodAfter: 7, phase: .opening),
            CallTurn(index: 3, speaker: .agent, text: "/hold 30", at: 62.4, duration: 30, command: .hold(seconds: 30, reason: nil), moodAfter: 7, phase: .body),
        ]
        // When made into transcripts, untimed and timed
        let untimed = Transcript(turns: turns, header: ["agent": "Sam"], timed: false)
        let timed = Transcript(turns: turns, header: [:], timed: true)
        // Then customer lines always carry their tags (empty ones too), agent lines none, and times only when timed
        #expect(untimed.header == ["agent": "Sam"])
        #expect(untimed.lines == [
            TranscriptLine(speaker: .agent, text: "Hello."),
            TranscriptLine(speaker: .customer, text: "Hi!", tags: ["upset"]),
            TranscriptLine(speaker: .customer, text: "Well.", tags: []),
            TranscriptLine(speaker: .agent, text: "/hold 30"),
        ])
        #expect(timed.lines.map(\.at) == [0, 1.5, 3, 62.4])
        #expect(TranscriptTextFormat.write(untimed) == "@agent: Sam\nagent: Hello.\ncustomer {upset}: Hi!\ncustomer {}: Well.\nagent: /hold 30\n")
    }
}
