import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import CallSimTerminal

@Suite struct PlainLineReaderTests {
    /// Opens `bytes` as a temporary file; the descriptor is closed and the
    /// file removed by `Input.close()`.
    final class Input {
        let descriptor: Int32
        let url: URL

        init(_ bytes: [UInt8]) throws {
            url = FileManager.default.temporaryDirectory
                .appendingPathComponent("plain-line-reader-\(UUID().uuidString)")
            try Data(bytes).write(to: url)
            descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        }

        func close() {
            _ = Glibc.close(descriptor)
            try? FileManager.default.removeItem(at: url)
        }
    }

    /// Reads until end of input (at most `limit` reads).
    func readAll(_ reader: PlainLineReader, limit: Int = 100) -> [LineInput] {
        var results: [LineInput] = []
        for _ in 0..<limit {
            let input = reader.read(prompt: "ignored> ")
            results.append(input)
            if input == .endOfInput { break }
        }
        return results
    }

    @Test func readsLinesThenEndOfInput() throws {
        // Given two lines and an empty one
        let input = try Input(Array("hello\n\nworld\n".utf8))
        defer { input.close() }
        // When reading everything
        let reader = PlainLineReader(fileDescriptor: input.descriptor)
        // Then the lines come back in order, then end of input, every time
        #expect(readAll(reader) == [.line("hello"), .line(""), .line("world"), .endOfInput])
        #expect(reader.read(prompt: "") == .endOfInput)
        #expect(reader.warnings.isEmpty)
    }

    @Test func stripsCarriageReturnsOfCRLF() throws {
        // Given Windows line endings
        let input = try Input(Array("one\r\ntwo\r\n".utf8))
        defer { input.close() }
        // When reading
        let reader = PlainLineReader(fileDescriptor: input.descriptor)
        // Then the CRs are gone
        #expect(readAll(reader) == [.line("one"), .line("two"), .endOfInput])
    }

    @Test func invalidUTF8BecomesReplacementCharacters() throws {
        // Given invalid bytes (a lone continuation, an overlong form, a truncated sequence)
        let input = try Input([0x61, 0x80, 0x62, 0xC0, 0xAF, 0x63, 0x0A, 0xE2, 0x82, 0x0A])
        defer { input.close() }
        // When reading
        let reader = PlainLineReader(fileDescriptor: input.descriptor)
        let results = readAll(reader)
        // Then each bad sequence becomes U+FFFD and nothing crashes
        #expect(results == [.line("a\u{FFFD}b\u{FFFD}\u{FFFD}c"), .line("\u{FFFD}"), .endOfInput])
    }

    @Test func controlCharactersAndEscapesAreRemoved() throws {
        // Given a line with colour codes, BEL and a title sequence, plus Arabic and Persian text
        let input = try Input(Array("\u{1B}[31mred\u{1B}[0m\u{07} مرحبا سلام\u{1B}]0;x\u{07}\n".utf8))
        defer { input.close() }
        // When reading
        let reader = PlainLineReader(fileDescriptor: input.descriptor)
        // Then only printable text remains
        #expect(readAll(reader) == [.line("red مرحبا سلام"), .endOfInput])
    }

    @Test func twoMegabyteLineIsCutWithAWarningAndTheNextLineIsIntact() throws {
        // Given a 2 MB line followed by a normal line
        let long = [UInt8](repeating: UInt8(ascii: "a"), count: 2 * 1_048_576)
        let input = try Input(long + Array("\nnext line\n".utf8))
        defer { input.close() }
        // When reading
        let reader = PlainLineReader(fileDescriptor: input.descriptor)
        let first = reader.read(prompt: "")
        // Then the first line is cut at 1 MiB and a warning is recorded
        #expect(first == .line(String(repeating: "a", count: 1_048_576)))
        #expect(reader.warnings.count == 1)
        #expect(reader.warnings.first?.contains("1048576") == true)
        #expect(reader.takeWarnings().count == 1)
        #expect(reader.takeWarnings().isEmpty)
        // And the next line is read correctly
        #expect(reader.read(prompt: "") == .line("next line"))
        #expect(reader.read(prompt: "") == .endOfInput)
    }

    @Test func lineOfExactlyTheCapIsNotCut() throws {
        // Given a line of exactly 1 MiB, with CRLF
        let exact = [UInt8](repeating: UInt8(ascii: "b"), count: 1_048_576)
        let input = try Input(exact + Array("\r\nz".utf8))
        defer { input.close() }
        // When reading
        let reader = PlainLineReader(fileDescriptor: input.descriptor)
        // Then it comes back whole, without a warning
        #expect(reader.read(prompt: "") == .line(String(repeating: "b", count: 1_048_576)))
        #expect(reader.read(prompt: "") == .line("z"))
        #expect(reader.warnings.isEmpty)
    }

    @Test func cutNeverSplitsACharacter() throws {
        // Given a cap of 5 bytes and a line of 2-byte Arabic letters
        let input = try Input(Array("مرحبا\nok\n".utf8))
        defer { input.close() }
        // When reading
        let reader = PlainLineReader(fileDescriptor: input.descriptor, maximumLineBytes: 5)
        // Then the line is cut before the character that would straddle the cap
        #expect(reader.read(prompt: "") == .line("مر"))
        #expect(reader.read(prompt: "") == .line("ok"))
        #expect(reader.warnings.count == 1)
    }

    @Test func finalLineWithoutNewlineIsReturned() throws {
        // Given input whose last line has no newline
        let input = try Input(Array("first\nlast".utf8))
        defer { input.close() }
        // When reading
        let reader = PlainLineReader(fileDescriptor: input.descriptor)
        // Then the last line still comes back before end of input
        #expect(readAll(reader) == [.line("first"), .line("last"), .endOfInput])
    }

    @Test func emptyInputIsEndOfInputAtOnce() throws {
        // Given empty input
        let input = try Input([])
        defer { input.close() }
        // When reading
        let reader = PlainLineReader(fileDescriptor: input.descriptor)
        // Then end of input comes at once, and again
        #expect(reader.read(prompt: "> ") == .endOfInput)
        #expect(reader.read(prompt: "> ") == .endOfInput)
    }

    @Test func readsFromAPipeInSmallWritesAndStopsAtEOF() throws {
        // Given a pipe written in small pieces by another thread, then closed
        var fds: [Int32] = [0, 0]
        try #require(pipe(&fds) == 0)
        let readEnd = fds[0]
        let writeEnd = fds[1]
        defer { close(readEnd) }
        let writer = Thread {
            for piece in ["al", "pha\nbe", "ta\r", "\ngam", "ma"] {
                _ = piece.utf8CString.withUnsafeBufferPointer { write(writeEnd, $0.baseAddress, $0.count - 1) }
                usleep(2_000)
            }
            close(writeEnd)
        }
        writer.start()
        // When reading
        let reader = PlainLineReader(fileDescriptor: readEnd)
        // Then lines are reassembled and EOF ends the input without hanging
        #expect(readAll(reader) == [.line("alpha"), .line("beta"), .line("gamma"), .endOfInput])
    }

    @Test func sameInputGivesTheSameResultEveryRun() throws {
        // Given the same mixed input read twice
        let bytes = Array("x\r\n\u{1B}[1my\n\u{FF}z".utf8) + [0xFF, 0x0A]
        var runs: [[LineInput]] = []
        for _ in 0..<2 {
            let input = try Input(bytes)
            defer { input.close() }
            runs.append(readAll(PlainLineReader(fileDescriptor: input.descriptor)))
        }
        // Then both runs agree
        #expect(runs[0] == runs[1])
        #expect(runs[0] == [.line("x"), .line("y"), .line("\u{FF}z\u{FFFD}"), .endOfInput])
    }
}
