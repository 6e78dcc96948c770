import Testing
@testable import CallSimCore

@Suite("Filler words")
struct InterviewFillerTests {
    private func count(_ text: String, _ language: String) -> FillerCount {
        FillerCounter.count(in: Normalizer.normalize(text), words: WordCounter.count(text), lexicon: .forLanguage(language))
    }

    @Test func englishFillersPer100Words() {
        // Given an answer of 20 words with "um", "uh" and "you know,"
        let text = "Um, I think, uh, the customer was, you know, angry about the bill and I helped him quickly with it."
        // When fillers are counted
        let fillers = count(text, "en")
        // Then three are found: 15 per 100 words
        #expect(fillers.total == 3)
        #expect(WordCounter.count(text) == 20)
        #expect(fillers.per100Words == 15)
        #expect(fillers.uses == [
            FillerCount.Use(filler: "um", count: 1), FillerCount.Use(filler: "uh", count: 1), FillerCount.Use(filler: "you know", count: 1),
        ])
    }

    @Test func likeCountsOnlyAsAnAside() {
        // Given "like" as a verb, a preposition and a filler
        // Then only the aside counts
        #expect(count("I would like to help customers like you.", "en").total == 0)
        #expect(count("It was, like, really hard.", "en").total == 1)
        #expect(count("And like, I just kept calm.", "en").total == 1)
        #expect(count("I mean, the call was long.", "en").total == 1)
        #expect(count("What I mean is clear.", "en").total == 0)
        #expect(count("Do you know the answer?", "en").total == 0)
    }

    @Test func arabicFillers() {
        // Given يعني as a filler and as "means", and a drawn-out "اممم"
        // Then the filler uses count, the meaning does not
        #expect(count("أنا يعني أحب العمل، اممم، مع الناس", "ar").total == 2)
        #expect(count("ماذا يعني هذا؟", "ar").total == 0)
        #expect(count("ADSL يعني خط المشترك الرقمي", "ar").total == 0)
        #expect(count("بصراحة، العميل كان غاضبا", "ar").total == 1)
    }

    @Test func persianFillers() {
        // Given یعنی, مثلاً and خب as fillers and یعنی as "means"
        // Then the filler uses count
        #expect(count("خب، من یعنی خیلی دوست دارم، مثلاً، کمک کنم", "fa").total == 3)
        #expect(count("این یعنی رضایت مشتری", "fa").total == 0)
        #expect(count("AHT یعنی میانگین زمان رسیدگی", "fa").total == 0)
        #expect(count("امم من کار کردم", "fa").uses == [FillerCount.Use(filler: "امم", count: 1)])
    }

    @Test func noWordsMeansNoRate() {
        // Given an empty answer
        // Then the rate is zero, not a division by zero
        #expect(count("", "en") == FillerCount(total: 0, per100Words: 0, uses: []))
    }
}
