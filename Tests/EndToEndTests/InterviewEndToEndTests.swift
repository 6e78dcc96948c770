import CallSimCore
import CallSimStore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Whole interviews piped into the built binary: the report, the record, and bad input.
@Suite("interview, piped")
struct InterviewEndToEndTests {
    @Test(arguments: ["en", "ar", "fa"])
    func aFullMockInterviewGivesTheReport(language: String) throws {
        // Given a fresh database
        let callsim = try CallsimProcess()
        // When a candidate answers all eight questions of a mock interview
        let result = try callsim.run(
            ["interview", "--mode", "mock", "--lang", language, "--seed", "4", "--as", "sam"],
            lines: InterviewScripts.interview(language, answers: 8))
        // Then the report lists every question with what its answer covered, and the totals
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        let out = result.stdout
        #expect(out.contains(try #require(InterviewScripts.firstQuestion[language])))
        #expect(out.contains(try #require(InterviewScripts.reportTitle[language])))
        #expect(out.contains("Question 8 of 8"))
        for number in 1...8 { #expect(out.contains("\n\(number). ")) }
        #expect(out.contains("  Length: "))
        #expect(out.contains("to say at 150 words a minute"))
        #expect(out.contains("  Talking points: "))
        #expect(out.contains("  Facts: "))
        #expect(out.contains("  STAR: 4 of 4 parts — situation "))
        #expect(out.contains("  Job terms used: "))
        #expect(out.contains("  Fillers: 1 ("))
        #expect(out.contains("  Fillers: 8 ("))
        #expect(out.contains("  Most-used words: "))
        #expect(out.contains("  Questions: 8 answered, 0 skipped, of 8"))
        #expect(out.contains("Recorded as session 1: callsim show 1"))
        #expect(!out.contains("\u{1B}["), "no escape codes when piped")
        #expect(!out.contains("What your answer covered"), "mock mode gives no feedback before the end")
        // And every answer is in the database with its observations
        let store = try CallStore(path: callsim.databasePath)
        let answers = try store.interviewAnswers(session: 1)
        #expect(answers.count == 8)
        #expect(answers.allSatisfy { $0.status == .answered && $0.insights != nil })
        #expect(answers.first?.answer == InterviewScripts.answer[language]?.joined(separator: "\n"))
        let session = try #require(try store.session(1))
        #expect(session.kind == "interview")
        #expect(session.mode == "mock")
        #expect(session.language == language)
        #expect(session.seed == 4)
        #expect(!session.isIncomplete)
    }

    @Test func theOpeningAnswerIsObservedExactly() throws {
        // Given the English bank's opening question
        let callsim = try CallsimProcess()
        // When it is answered in a one-question mock interview
        let result = try callsim.run(["interview", "--mode", "mock", "--questions", "1", "--seed", "1"], lines: InterviewScripts.interview("en", answers: 1))
        // Then its observations read, line by line
        #expect(result.status == 0, "\(result.stderr)")
        let report = result.lines.drop { !$0.hasPrefix("1. Tell me about yourself.") }
        #expect(Array(report.prefix(12)) == [
            "1. Tell me about yourself. (general)",
            "  Length: 62 words, about 25 s to say at 150 words a minute — under 30 s",
            "  Talking points: 3 of 4 covered",
            "    + who you are, in a sentence or two: “My name is”",
            "    + experience that matters for this job: “I worked at”",
            "    + skills with customers or people: “helping customers”",
            "    - why you are applying",
            "  Job terms used: FCR (first-contact resolution), CSAT (customer satisfaction), customer service",
            "  Terms this question invites: customer experience",
            "  Fillers: 1 (1.6 per 100 words): um ×1",
            "  Most-used words: customer ×2",
            "Summary",
        ])
    }

    @Test func practiceModeGivesHintsModelsAndFeedbackAfterEachAnswer() throws {
        let callsim = try CallsimProcess()
        // When a candidate asks for a hint and the model answer, then answers
        let result = try callsim.run(
            ["interview", "--questions", "2", "--seed", "3"],
            lines: ["/hint", "/model", "My name is Sam.", "", "/skip"])
        // Then both appear, feedback follows the answer, and the summary ends the interview
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Hint: Two minutes at most"))
        #expect(result.stdout.contains("A model answer:\n  I'm Sam, I finished my business degree last year"))
        #expect(result.stdout.contains("What your answer covered:\n  Length: 4 words, about 2 s to say at 150 words a minute — under 30 s"))
        #expect(result.stdout.contains("  Practice aids used: /hint, /model"))
        #expect(result.stdout.contains("\nSkipped.\n"))
        #expect(result.stdout.contains("  Questions: 1 answered, 1 skipped, of 2"))
    }

    @Test func mockModeRefusesHintsAndEmptyAnswersSayWhatToDo() throws {
        let callsim = try CallsimProcess()
        // When a mock candidate asks for a hint, presses Enter, types /done and a wrong command before answering
        let result = try callsim.run(
            ["interview", "--mode", "mock", "--questions", "1", "--seed", "3"],
            lines: ["/hint", "", "/done", "/finish", "My name is Sam.", ""])
        // Then each gets one line that says what to do, and the answer is still taken
        #expect(result.status == 0)
        #expect(result.stderr.split(separator: "\n") == [
            "callsim: /hint is only available in practice mode (--mode practice); in a mock interview you answer on your own",
            "callsim: the answer is empty; type your answer, then an empty line or /done (/skip moves on)",
            "callsim: the answer is empty; type your answer, then an empty line or /done (/skip moves on)",
            "callsim: unknown command /finish; the commands are /done /skip /repeat /help /quit",
        ])
        #expect(result.stdout.contains("  Questions: 1 answered, 0 skipped, of 1"))
    }

    @Test func aTenThousandWordAnswerIsKeptWholeAndFlagged() throws {
        let callsim = try CallsimProcess()
        // When the answer is one line of 10,000 words
        let long = Array(repeating: "I helped customers with their bills and phones", count: 1_250).joined(separator: " ")
        let result = try callsim.run(["interview", "--questions", "1", "--mode", "mock", "--seed", "1"], lines: [long, ""])
        // Then it is measured and flagged, and stored word for word
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("  Length: 10000 words, about 66 min 40 s to say at 150 words a minute — over 2 min"))
        let store = try CallStore(path: callsim.databasePath)
        #expect(try store.interviewAnswers(session: 1).first?.answer == long)
    }

    @Test func endOfInputMidAnswerKeepsTheLinesTyped() throws {
        let callsim = try CallsimProcess()
        // When the script ends in the middle of the second answer
        let result = try callsim.run(["interview", "--questions", "3", "--seed", "2", "--as", "eve"], lines: ["My name is Eve.", "", "It is average handle time"])
        // Then both answers are kept, and the interview is recorded as left early
        #expect(result.status == 0)
        #expect(result.stdout.contains("  Questions: 2 answered, 0 skipped, of 3 — you left before the end"))
        let store = try CallStore(path: callsim.databasePath)
        #expect(try store.interviewAnswers(session: 1).map(\.answer) == ["My name is Eve.", "It is average handle time"])
        #expect(try store.session(1)?.outcome == .abandoned)
    }

    @Test func anInterviewKilledMidAnswerKeepsEveryLineTyped() throws {
        // Given an interview fed line by line through a pipe: one answer, then half of the next
        let callsim = try CallsimProcess()
        let process = Process()
        process.executableURL = CallsimProcess.executable
        process.arguments = ["interview", "--questions", "3", "--seed", "2", "--as", "kim"]
        process.environment = callsim.environment
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("My name is Kim.\n\nAHT is average handle time\n".utf8))
        // When the second answer's line is recorded, the process is killed
        let store = try CallStore(path: callsim.databasePath)
        let deadline = Date().addingTimeInterval(20)
        var answers: [InterviewAnswerEntry] = []
        while Date() < deadline {
            if let id = try store.history(trainee: "kim").first?.id { answers = try store.interviewAnswers(session: id) }
            if answers.count == 2 { break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        // Then the finished answer and the line being typed are both kept, and the interview shows as cut off
        #expect(answers.map(\.status) == [.answered, .partial])
        #expect(answers.last?.answer == "AHT is average handle time")
        let history = try callsim.run(["history", "--as", "kim"])
        #expect(history.stdout.contains("1 answered, 1/4 points (incomplete)"))
        let show = try callsim.run(["show", "1"])
        #expect(show.stdout.contains("This interview was cut off before it ended: 2 questions were recorded."))
        #expect(show.stdout.contains("  > AHT is average handle time\n  Cut off while being typed: no observations."))
    }

    @Test func historyAndShowPresentInterviews() throws {
        // Given a call and a two-question mock interview
        let callsim = try CallsimProcess()
        _ = try callsim.run(["practice", "billing-double-charge", "--seed", "7", "--as", "sam"], lines: Calls.goodBilling)
        _ = try callsim.run(["interview", "--mode", "mock", "--questions", "2", "--seed", "5", "--as", "sam"], lines: InterviewScripts.interview("en", answers: 2))
        // When the trainee looks at their history and the interview
        let history = try callsim.run(["history", "--as", "sam"])
        let show = try callsim.run(["show", "2"])
        let json = try callsim.run(["show", "2", "--format", "json"])
        let transcript = try callsim.run(["show", "2", "--transcript"])
        // Then history lists both, the interview with its answers and points, never a score
        #expect(history.status == 0)
        #expect(history.lines.first == "Sessions of sam")
        #expect(history.stdout.contains("billing-double-charge  coach           resolved  100 pass"))
        #expect(history.stdout.contains("interview-en           mock interview  finished  2 answered, "))
        #expect(history.lines.last == "1 call, 1 interview. See one with: callsim show ID")
        // And show prints the questions, the answers as typed, the observations and the totals
        #expect(show.status == 0)
        #expect(show.lines.first == "Session 2 — Contact-centre agent interview")
        #expect(show.stdout.contains("interview · trainee sam · mock mode · en · seed 5"))
        #expect(show.stdout.contains("1. Tell me about yourself. (general)\n  > My name is Sam and I worked at a mobile shop"))
        #expect(show.stdout.contains("  Questions: 2 answered, 0 skipped, of 2"))
        // And JSON carries the answers with their observations; a call transcript is refused
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == "interview")
        #expect((object["answers"] as? [[String: Any]])?.count == 2)
        #expect(transcript.status == 1)
        #expect(transcript.stderr == "callsim: session 2 is an interview, not a call, so it has no call transcript; `callsim show 2` prints its answers\n")
    }

    @Test func aBankWhoseRubricRefersToAMissingTermIsReportedAndNotUsed() throws {
        // Given a library with a bank whose rubric names an undeclared term
        let callsim = try CallsimProcess()
        let library = callsim.home.appendingPathComponent("lib")
        try FileManager.default.createDirectory(at: library.appendingPathComponent("scenarios/interview"), withIntermediateDirectories: true)
        let bank = library.appendingPathComponent("scenarios/interview/broken.yaml")
        try """
            kind: interview
            id: broken-bank
            title: Broken
            language: en
            terms:
              aht: { label: AHT, phrases: ["AHT"] }
            questions:
              - id: aht
                kind: general
                ask: What is AHT?
                hint: Name it.
                model: Average handle time.
                rubric:
                  points: [{ id: name, label: the name, phrases: ["handle time"] }]
                  terms: [aht, fcr]

            """.write(to: bank, atomically: true, encoding: .utf8)
        // When it is linted, and when an interview asks for it
        let lint = try callsim.run(["interview", "lint", bank.path])
        let run = try callsim.run(["interview", "--library", library.path, "--bank", "broken-bank"], lines: ["hello"])
        // Then lint places the error, and the interview refuses in one line that says what to do
        #expect(lint.status == 1)
        #expect(lint.stderr == """
            \(bank.path):15:20: error[Q008]: the rubric refers to the job term `fcr`, which the bank does not declare; declare it under `terms`, or use one of: aht
                      terms: [aht, fcr]
                                   ^

            """)
        #expect(lint.stdout == "1 question bank checked: 1 error, 0 warnings\n")
        #expect(run.status == 1)
        #expect(run.stderr == "callsim: the question bank \(bank.path) has errors; run `callsim interview lint \(bank.path)` to see them\n")
        // And the bundled banks lint clean
        let bundled = try callsim.run(["interview", "lint"])
        #expect(bundled.status == 0)
        #expect(bundled.stdout == "3 question banks checked: no problems\n")
    }

    @Test func theSameSeedAsksTheSameQuestions() throws {
        let callsim = try CallsimProcess()
        // When the same interview is run twice with one seed
        let skips = Array(repeating: "/skip", count: 8)
        let first = try callsim.run(["interview", "--mode", "mock", "--seed", "11"], lines: skips)
        let second = try callsim.run(["interview", "--mode", "mock", "--seed", "11"], lines: skips)
        // Then the output is the same but for the session number
        func withoutSession(_ text: String) -> [String] { text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("Recorded as session") } }
        #expect(withoutSession(first.stdout) == withoutSession(second.stdout))
        #expect(first.stdout.split(separator: "\n").filter { $0.hasPrefix("Dana: ") }.count == 10)
    }

    @Test func badOptionsAreRefused() throws {
        let callsim = try CallsimProcess()
        let language = try callsim.run(["interview", "--lang", "de"])
        let count = try callsim.run(["interview", "--questions", "0"])
        #expect(language.status != 0)
        #expect(language.stderr.contains("--lang must be en, ar or fa"))
        #expect(count.status != 0)
        #expect(count.stderr.contains("--questions must be 1 or more"))
    }
}
