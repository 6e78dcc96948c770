import Foundation
import Testing
@testable import CallSimCore

@Suite("Drill judging")
struct DrillJudgeTests {
    static let ivr = DrillCard(
        id: "ivr", front: "IVR", back: "Interactive voice response: the automated phone menu.",
        keys: [
            RubricItem(id: "key-1", label: "interactive voice response", phrases: InterviewFixtures.phrases(["interactive voice response"])),
            RubricItem(id: "key-2", label: "an automated phone menu", phrases: InterviewFixtures.phrases(["(automated|automatic) (menu|system)", "press (1|one)"])),
        ])
    static let terms = Deck(id: "terms", title: "Terms", language: "en", style: .meaning, cards: [ivr])

    static let calmDown = DrillCard(id: "calm-down", front: "Calm down, sir.", back: "I can hear how upsetting this is.", better: ["empathy"])
    static let phrases = Deck(id: "phrases", title: "Say it better", language: "en", style: .betterPhrase, cards: [calmDown])
    static let phrasebook = Phrasebook(language: "en", categories: [
        PhraseCategory(id: "empathy", kind: .recommended, phrases: InterviewFixtures.phrases(["i can hear how (upsetting|frustrating) this is", "i understand"])),
        PhraseCategory(id: "thanks", kind: .recommended, phrases: InterviewFixtures.phrases(["thank you"])),
        PhraseCategory(id: "company-mention", kind: .recommended, phrases: InterviewFixtures.phrases(["this is {company}"])),
        PhraseCategory(id: "dismissing", kind: .discouraged, replacement: "I understand, and here is what I can do.", phrases: InterviewFixtures.phrases(["calm down"])),
        PhraseCategory(id: "insult", kind: .abusive, phrases: InterviewFixtures.phrases(["idiot"])),
    ])

    @Test func meaningsAreGradedByTheKeyIdeasStated() {
        // Given the IVR card
        let judge = CardJudge(deck: Self.terms, phrasebook: nil)
        func grade(_ answer: String) -> Int { judge.judge(answer, card: Self.ivr, style: .meaning).grade }
        // Then both ideas score 5, both with a typo 4, one of two 3, none 1, nothing 0
        #expect(grade("Interactive voice response, an automated menu.") == 5)
        #expect(grade("Interactive voice responce, an automated menu.") == 4)
        #expect(grade("The menu where you press 1.") == 3)
        #expect(grade("A kind of router.") == 1)
        #expect(grade("  ") == 0)
        let verdict = judge.judge("The menu where you press 1.", card: Self.ivr, style: .meaning)
        #expect(verdict.keysFound == [FoundItem(id: "key-2", label: "an automated phone menu", evidence: "press 1")])
        #expect(verdict.keysMissing == [MissingItem(id: "key-1", label: "interactive voice response")])
    }

    @Test func betterPhrasesAreJudgedByThePhrasebook() {
        // Given the "calm down" card, which asks for empathy
        let judge = CardJudge(deck: Self.phrases, phrasebook: Self.phrasebook)
        func verdict(_ answer: String) -> CardVerdict { judge.judge(answer, card: Self.calmDown, style: .betterPhrase) }
        // Then empathy scores 5, another recommended phrase 4, neither 3
        #expect(verdict("I can hear how upsetting this is.").grade == 5)
        #expect(verdict("Thank you for telling me.").grade == 4)
        #expect(verdict("Right, the bill.").grade == 3)
        // And discouraged or abusive wording scores 1, with the phrasebook's better phrase
        let bad = verdict("Please calm down.")
        #expect(bad.grade == 1)
        #expect(bad.avoid == [PhraseFound(category: "dismissing", evidence: "calm down", replacement: "I understand, and here is what I can do.")])
        #expect(verdict("You idiot, I understand.").grade == 1)
        // And a phrase that matches only through an unfilled slot ("this is {company}") is no evidence
        #expect(verdict("this is odd").recommended.isEmpty)
    }

    @Test func aFailedCardIsAskedOnceMoreAndEveryAnswerIsAReview() {
        // Given a session over the IVR card
        let now = Date(timeIntervalSince1970: 1_772_442_000)
        var session = DrillSession(deck: Self.terms, plan: DrillPlan(due: [], new: ["ivr"]), judge: CardJudge(deck: Self.terms, phrasebook: nil))
        #expect(session.start() == [.card(number: 1, total: 1, card: Self.ivr, again: false)])
        // When an empty line, a wrong answer, then a right one are typed
        #expect(session.handle("", now: now) == [.emptyAnswer])
        let wrong = session.handle("No idea, a router?", now: now)
        let right = session.handle("Interactive voice response: the automated menu", now: now)
        // Then the card comes back once, each answer is a review, and the drill ends
        guard case .reviewed(_, let first, _) = wrong.first, case .reviewed(_, let second, _) = right.first else {
            Issue.record("no reviews")
            return
        }
        #expect(first == DrillReview(deck: "terms", language: "en", cardId: "ivr", at: now, grade: 1, answer: "No idea, a router?"))
        #expect(wrong.last == .card(number: 2, total: 2, card: Self.ivr, again: true))
        #expect(second.grade == 5)
        #expect(right.last == .finished(DrillSummary(reviews: 2, passed: 1, left: 0)))
    }

    @Test func skipAndQuit() {
        // Given a session over two cards
        let now = Date(timeIntervalSince1970: 1_772_442_000)
        let deck = Deck(id: "terms", title: "Terms", language: "en", style: .meaning, cards: [Self.ivr, DrillCard(id: "acd", front: "ACD", back: "…", keys: Self.ivr.keys)])
        var session = DrillSession(deck: deck, plan: DrillPlan(due: ["acd"], new: ["ivr"]), judge: CardJudge(deck: deck, phrasebook: nil))
        _ = session.start()
        // When the first is skipped and the drill is left
        let skipped = session.handle("/skip", now: now)
        let unknown = session.handle("/skp", now: now)
        let quit = session.handle("/quit", now: now)
        // Then the skip is a review graded 0 with no answer, and quitting counts the card never answered
        guard case .reviewed(_, let review, _) = skipped.first else { Issue.record("no review"); return }
        #expect(review.grade == 0)
        #expect(review.answer == "")
        #expect(unknown == [.unknownCommand("/skp")])
        #expect(quit == [.finished(DrillSummary(reviews: 1, passed: 0, left: 1))])
        #expect(session.isFinished)
    }
}
