import Testing
import CallSimTerminal

@Suite struct TerminalTextTests {
    @Test func removesCSIColourCodes() {
        // Given text coloured with SGR sequences
        let coloured = "\u{1B}[1;31mAlert\u{1B}[0m done \u{1B}[38;5;208mx\u{1B}[m"
        // When sanitised
        // Then only the text remains
        #expect(TerminalText.sanitize(coloured) == "Alert done x")
    }

    @Test func removesOSCTitleSequences() {
        // Given window-title sequences ended by BEL and by ST
        let titled = "a\u{1B}]0;evil title\u{07}b\u{1B}]2;other\u{1B}\\c"
        // When sanitised
        // Then the titles disappear
        #expect(TerminalText.sanitize(titled) == "abc")
    }

    @Test func removesBareAndShortEscapes() {
        // Given a bare ESC, ESC 7 / ESC 8, a charset switch and a trailing ESC
        let text = "x\u{1B}y\u{1B}7z\u{1B}8\u{1B}(Bw\u{1B}"
        // When sanitised
        // Then the escapes go; a bare ESC's following letter stays only if it is not a sequence final
        #expect(TerminalText.sanitize(text) == "xzw")
        #expect(TerminalText.sanitize("a\u{1B}\u{1B}[31mb") == "ab")
        #expect(TerminalText.sanitize("a\u{1B}مb") == "aمb")
    }

    @Test func removesC1ControlsAndTheirSequences() {
        // Given 8-bit CSI and OSC, NEL and other C1 controls
        let text = "a\u{9B}31mb\u{9D}0;t\u{9C}c\u{85}d\u{90}dcs\u{9C}e\u{80}f"
        // When sanitised
        // Then they are all removed
        #expect(TerminalText.sanitize(text) == "abcdef")
    }

    @Test func removesBellAndOtherC0ControlsButKeepsTab() {
        // Given BEL, backspace, NUL, CR, DEL and a tab
        let text = "ding\u{07}\u{08}\u{00}\r\u{7F}\tdong"
        // When sanitised
        // Then only the tab survives
        #expect(TerminalText.sanitize(text) == "ding\tdong")
    }

    @Test func newlinesAreKeptOnlyOnRequest() {
        // Given two lines
        let text = "one\ntwo\r\n"
        // When sanitised with and without keeping newlines
        // Then newlines are dropped by default and kept on request (CR always goes)
        #expect(TerminalText.sanitize(text) == "onetwo")
        #expect(TerminalText.sanitize(text, keepingNewlines: true) == "one\ntwo\n")
    }

    @Test func keepsArabicPersianAndEmoji() {
        // Given Arabic, Persian with a ZWNJ, combining marks and emoji (incl. ZWJ sequences)
        let text = "مرحبا سلام می\u{200C}خواهم é 👋🏽 👩‍💻"
        // When sanitised
        // Then nothing changes
        #expect(TerminalText.sanitize(text) == text)
    }

    @Test func unterminatedStringSequenceIsDroppedToTheEnd() {
        // Given an OSC that never ends
        // When sanitised
        // Then everything after it is dropped
        #expect(TerminalText.sanitize("ok\u{1B}]0;no end") == "ok")
    }
}
