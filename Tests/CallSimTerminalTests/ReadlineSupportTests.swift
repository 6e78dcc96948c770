import Foundation
import Testing
@testable import CallSimTerminal

@Suite struct ReadlinePromptTests {
    @Test func colourCodesAreMarkedInvisible() {
        // Given a prompt coloured bold cyan
        let style = TerminalStyle(enabled: true)
        let prompt = style.bold(style.cyan("agent")) + "> "
        // When prepared for readline
        let marked = ReadlinePrompt.markingInvisibleSequences(prompt)
        // Then each escape sequence sits between \u{1} and \u{2}
        #expect(marked == "\u{1}\u{1B}[1m\u{2}\u{1}\u{1B}[36m\u{2}agent\u{1}\u{1B}[39m\u{2}\u{1}\u{1B}[22m\u{2}> ")
        // And marking again changes nothing, and plain prompts are untouched
        #expect(ReadlinePrompt.markingInvisibleSequences(marked) == marked)
        #expect(ReadlinePrompt.markingInvisibleSequences("مرحبا> ") == "مرحبا> ")
    }

    @Test func oscTitleIsMarkedInvisible() {
        // Given a prompt that sets the window title
        let prompt = "\u{1B}]0;callsim\u{07}> "
        // When prepared for readline
        // Then the whole OSC is marked
        #expect(ReadlinePrompt.markingInvisibleSequences(prompt) == "\u{1}\u{1B}]0;callsim\u{07}\u{2}> ")
    }
}

@Suite struct ReadlineLineCleaningTests {
    @Test func pastedLineBreaksBecomeSpacesAndControlsGo() {
        // Given a pasted multi-line text with a colour code
        // When cleaned as a readline result
        // Then line breaks are spaces and control sequences are gone
        #expect(ReadlineCallbacks.cleaned("one\r\ntwo\nthree\u{1B}[31m!") == "one two three!")
    }
}

@Suite struct HistoryLocationTests {
    @Test func usesXDGStateHomeWhenAbsolute() {
        // Given XDG_STATE_HOME set to an absolute path
        // When locating the history file
        let path = ReadlineLineReader.defaultHistoryFile(environment: ["XDG_STATE_HOME": "/tmp/state", "HOME": "/home/t"])
        // Then it lives under it
        #expect(path == "/tmp/state/callsim/history")
    }

    @Test func fallsBackToHomeLocalState() {
        // Given XDG_STATE_HOME unset, empty or relative
        // When locating the history file
        // Then it lives in ~/.local/state/callsim
        for environment in [["HOME": "/home/t"], ["HOME": "/home/t", "XDG_STATE_HOME": ""], ["HOME": "/home/t", "XDG_STATE_HOME": "rel"]] {
            #expect(ReadlineLineReader.defaultHistoryFile(environment: environment) == "/home/t/.local/state/callsim/history")
        }
    }
}

/// Uses readline's global history list: serialized, and the only suite that does.
@Suite(.serialized) struct ReadlineHistoryFileTests {
    @Test func remembersAcrossLoadsSkippingBlanksAndRepeats() throws {
        // Given a history file in folders that do not exist yet
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("a/b/history").path
        let history = ReadlineHistory(file: file)
        #expect(history.load() == nil)
        // When lines are remembered, including a blank line and a repeat
        for line in ["first", "", "  ", "second", "second", "first"] {
            #expect(history.remember(line) == nil)
        }
        // Then the file holds each line at once, without blanks or consecutive repeats
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        #expect(saved == "first\nsecond\nfirst\n")
        let permissions = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        // And a fresh load sees the newest entry, so repeating it adds nothing
        #expect(ReadlineHistory(file: file).load() == nil)
        #expect(history.remember("first") == nil)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "first\nsecond\nfirst\n")
    }
}
