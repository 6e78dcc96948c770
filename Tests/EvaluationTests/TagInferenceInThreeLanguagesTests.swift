import CallSimCore
import Testing

/// Tags inferred for untagged customer lines with the bundled phrasebooks: complaint words,
/// drift and identity details answering the agent's question, in en, ar and fa.
@Suite("TagInference in English, Arabic and Persian")
struct TagInferenceInThreeLanguagesTests {
    static func tags(_ language: String, _ text: String, after question: String? = nil) throws -> [String] {
        let matcher = try #require(BundledPhrasebooks.matchers[language])
        let previous = question.map { line in
            let matched = matcher.match(line)
            return CallTurn(index: 0, speaker: .agent, text: line, at: 0, duration: 1, matches: matched.matches, moodAfter: 3, phase: .body)
        }
        return TagInference.tags(for: text, matched: matcher.match(text), previousAgent: previous, customerName: nil)
    }

    @Test(arguments: [
        ("en", "This is ridiculous, I want my money back."),
        ("ar", "هذا غير مقبول، أريد أكلم المدير."),
        ("fa", "واقعاً عصبانی هستم، این قابل قبول نیست."),
        ("ar", "الفاتورة غلط مرة ثانية!!"),
        ("fa", "باز هم قبض اشتباه اومده!!"),
    ])
    func upset(_ language: String, _ line: String) throws {
        // Given a complaint, or a line with repeated exclamation marks
        // When its tags are inferred
        // Then it is upset
        #expect(try Self.tags(language, line) == ["upset"])
    }

    @Test(arguments: [
        ("en", "Thank you so much!!"),
        ("ar", "شكراً جزيلاً!!"),
        ("fa", "خیلی ممنونم!!"),
    ])
    func gladThanksAreNotUpset(_ language: String, _ line: String) throws {
        // Given thanks with repeated exclamation marks
        // When its tags are inferred
        // Then it is not upset
        #expect(try Self.tags(language, line) == [])
    }

    @Test(arguments: [
        ("en", "By the way, my grandson just started university."),
        ("ar", "على فكرة، الجو حار جداً اليوم."),
        ("fa", "راستی، هوای امروز خیلی سرده."),
    ])
    func offTopic(_ language: String, _ line: String) throws {
        // Given a drifting line
        // When its tags are inferred
        // Then it is off topic
        #expect(try Self.tags(language, line) == ["off-topic"])
    }

    @Test(arguments: [
        ("en", "Could I have your full name and date of birth, please?", "Karim Haddad, 14 March 1988"),
        ("ar", "ممكن اسمك الكامل وتاريخ ميلادك؟", "كريم حداد، ١٤ مارس ١٩٨٨"),
        ("fa", "لطفاً نام و نام خانوادگی و تاریخ تولدتون رو بفرمایید.", "کریم حدادی، ۱۴ فروردین ۱۳۶۷"),
    ])
    func nameAndBirthDateGivenWhenAsked(_ language: String, _ question: String, _ answer: String) throws {
        // Given the agent's question for the full name and date of birth, and the customer's answer
        // When the answer's tags are inferred
        // Then both details are given
        #expect(try Self.tags(language, answer, after: question) == ["gives:date-of-birth", "gives:name"])
    }

    @Test(arguments: [
        ("en", "And your postcode?", "90210"),
        ("ar", "وما هو الرمز البريدي؟", "٩٠٢١٠"),
        ("fa", "کد پستیتون رو بفرمایید.", "۹۰۲۱۰"),
    ])
    func postcodeGivenWhenAsked(_ language: String, _ question: String, _ answer: String) throws {
        // Given the agent's question for the postcode and a bare five-digit answer
        // When the answer's tags are inferred
        // Then it is a postcode, not an account number
        #expect(try Self.tags(language, answer, after: question) == ["gives:postcode"])
    }
}
