import CallSimCore
import CallSimStore
import Foundation
import Testing

/// Drill sessions piped into the built binary, with the clock set by --now or CALLSIM_NOW.
@Suite("drill, piped")
struct DrillEndToEndTests {
    /// Answers to the first ten cards of the English terms deck: seven right, two wrong, one
    /// skipped; then the three asked again, answered right.
    static let firstDay = [
        "A person who answers calls and serves customers",
        "How long a caller waits in the queue before an agent answers",
        "The caller hangs up before being answered",
        "Interactive voice response, an automated menu",
        "The caller's phone number, shown automatically",
        "Automatic call distributor: it sends calls to the next available agent",
        "Sending each call to the right team",
        "No idea",
        "I am not sure",
        "/skip",
        "Average handle time: talk time plus hold time plus after-call work",
        "The average time spent talking with the customer",
        "Notes after the call",
    ]

    @Test func theNextDaysDueCardsFollowFromTheStoredReviews() throws {
        // Given a first drill on Monday morning
        let callsim = try CallsimProcess()
        let utc = ["TZ": "UTC"]
        let monday = try callsim.run(["drill", "--as", "sam", "--now", "2026-03-02T09:00:00Z"], lines: Self.firstDay, extraEnvironment: utc)
        // Then ten new cards are drilled, the three missed are asked again, and all ten fall due tomorrow
        #expect(monday.status == 0, "\(monday.stderr)")
        #expect(monday.stdout.contains("0 due · 10 new · /skip shows the answer"))
        #expect(monday.stdout.contains("Card 11 of 13 · again\nAHT\nPass (grade 5 of 5)"))
        #expect(monday.stdout.contains("Drill over: 13 reviews, 10 passed"))
        #expect(monday.stdout.contains("Due tomorrow in `terms`: 10 cards."))
        // And every review is stored: card, time, grade and answer
        let store = try CallStore(path: callsim.databasePath)
        let reviews = try store.drillReviews(trainee: "sam")
        #expect(reviews.count == 13)
        #expect(reviews[7] == DrillReview(deck: "terms", language: "en", cardId: "aht", at: try #require(DrillClock.parse("2026-03-02T09:00:00Z")), grade: 1, answer: "No idea"))
        #expect(reviews[9].grade == 0)
        #expect(reviews[9].answer == "")
        // When Tuesday's statistics and drill are asked for (the clock from CALLSIM_NOW this time)
        let tuesday = utc.merging(["CALLSIM_NOW": "2026-03-03T09:00:00Z"]) { _, new in new }
        let stats = try callsim.run(["drill", "--stats", "--as", "sam"], extraEnvironment: tuesday)
        let drill = try callsim.run(["drill", "--as", "sam"], lines: ["/quit"], extraEnvironment: tuesday)
        // Then the ten cards seen on Monday are due, computed from the stored reviews, and ten new ones wait
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(stats.lines == [
            "Drills of sam",
            "deck     cards  new  due today  due tomorrow  learnt  reviews  retention",
            "metrics  15     15   0          0             0       0        -",
            "phrases  16     16   0          0             0       0        -",
            "terms    20     10   10         0             0       13       100%",
            "Streak: 1 day (longest 1) · 0 reviews today",
            "Retention: passing repeat reviews in the last 30 days. Scheduler: SM-2, computed from the stored reviews.",
        ])
        #expect(drill.stdout.contains("10 due · 10 new"))
        #expect(drill.stdout.contains("Card 1 of 20\nAgent"))
        #expect(drill.stdout.contains("Drill over: 0 reviews, 0 passed, 20 cards left for next time"))
    }

    @Test func theSayItBetterDeckIsJudgedByThePhrasebook() throws {
        // Given the "say it better" deck
        let callsim = try CallsimProcess()
        // When the first card is answered with the same dismissive words, the second with ownership
        let result = try callsim.run(
            ["drill", "--deck", "phrases", "--now", "2026-03-02T09:00:00Z"],
            lines: ["Please calm down.", "Let me look into that for you.", "/quit"])
        // Then the first answer is marked with the wording to avoid and its better phrase, the second passes
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("“Calm down, sir.”\nNot yet (grade 1 of 5)\n  - still dismissing wording: “calm down” → “I can hear how upsetting this is, and I'm going to help.”"))
        #expect(result.stdout.contains("“That's not my problem.”\nPass (grade 5 of 5)\n  + ownership: “Let me look into that”"))
    }

    @Test(arguments: ["ar", "fa"])
    func decksInArabicAndPersian(language: String) throws {
        let callsim = try CallsimProcess()
        // When the first terms card is skipped and the drill left
        let result = try callsim.run(["drill", "--lang", language, "--now", "2026-03-02T09:00:00Z"], lines: ["/skip", "/quit"])
        // Then the card's answer is shown in the deck's language
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(language == "ar" ? "Answer: موظف خدمة العملاء" : "Answer: کسی که به تماس‌ها پاسخ می‌دهد"))
    }

    @Test func badInputGetsOneLineThatSaysWhatToDo() throws {
        let callsim = try CallsimProcess()
        let deck = try callsim.run(["drill", "--deck", "term"])
        let now = try callsim.run(["drill", "--now", "yesterday"])
        let empty = try callsim.run(["drill", "--now", "2026-03-02"], lines: ["", "/nope", "/quit"])
        #expect(deck.status == 1)
        #expect(deck.stderr == "callsim: no deck `term` in `en` (did you mean `terms`?); run `callsim drill lint` to see the decks and their problems\n")
        #expect(now.status == 1)
        #expect(now.stderr == "callsim: cannot read `yesterday` as a moment; write it as 2026-03-02T09:00:00Z or 2026-03-02\n")
        #expect(empty.stderr == "callsim: the answer is empty; type your answer, or /skip to see it\ncallsim: unknown command /nope; the commands are /skip /help /quit\n")
        let lint = try callsim.run(["drill", "lint"])
        #expect(lint.status == 0)
        #expect(lint.stdout == "9 decks checked: no problems\n")
    }
}

/// The `--now` format, as the binary reads it.
enum DrillClock {
    static func parse(_ text: String) -> Date? { try? Date(text, strategy: .iso8601) }
}
