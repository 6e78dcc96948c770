import Testing
@testable import CallSimCore

@Suite("TagInference")
struct TagInferenceTests {
    static let matcher = PhraseMatcher(phrasebook: Fixtures.phrasebook)

    /// An agent turn as recorded, with its matches.
    static func agentTurn(_ text: String) -> CallTurn {
        let matched = matcher.match(text)
        return CallTurn(
            index: 0, speaker: .agent, text: text, at: 0, duration: 1, matches: matched.matches,
            evidence: matched.matches.map(matched.quote), moodAfter: 5, phase: .body)
    }

    static func tags(_ text: String, after agent: String? = nil, customer: String? = nil) -> [String] {
        TagInference.tags(for: text, matched: matcher.match(text), previousAgent: agent.map(agentTurn), customerName: customer)
    }

    @Test func upsetByComplaintWords() {
        // Given a line with a complaint phrase of the phrasebook
        // Then it is upset
        #expect(Self.tags("This is ridiculous, I want my money back.") == ["upset"])
    }

    @Test func upsetByExclamationMarks() {
        // Given lines with two exclamation marks and with one
        // Then two are upset, one is not
        #expect(Self.tags("Why?! Why!") == ["upset"])
        #expect(Self.tags("Thanks!") == [])
    }

    @Test func upsetByCapitals() {
        // Given three or more shouted words, and a line with fewer
        // Then only the shouting is upset
        #expect(Self.tags("I AM VERY ANGRY") == ["upset"])
        #expect(Self.tags("I am OK with the BT bill") == [])
    }

    @Test func offTopicDrift() {
        // Given a drifting line
        // Then it is off topic
        #expect(Self.tags("By the way, my dog just had puppies.") == ["off-topic"])
    }

    @Test func calmLinesHaveNoTags() {
        // Given a plain line
        // Then there are no tags
        #expect(Self.tags("Yes, that's right.") == [])
    }

    @Test func email() {
        // Given an e-mail address
        // Then an e-mail is given
        #expect(Self.tags("It's karim.haddad@example.com") == ["gives:email"])
        #expect(Self.tags("I'll send it @ noon") == [])
    }

    @Test func phoneNumberInGroups() {
        // Given a phone number written in groups
        // Then the groups join into a phone number
        #expect(Self.tags("My number is 0100 555 0142.") == ["gives:phone"])
        #expect(Self.tags("It's 0100-555-0142") == ["gives:phone"])
        #expect(DetailDetector.digitRuns("call 0100 555 0142 or 12") == ["01005550142", "12"])
    }

    @Test func accountNumber() {
        // Given an eight-digit number
        // Then it is an account number
        #expect(Self.tags("It's 40021987.") == ["gives:account-number"])
    }

    @Test func dateWithMonthName() {
        // Given a date of birth with the month in words
        // Then a date of birth is given
        #expect(Self.tags("14 March 1988") == ["gives:date-of-birth"])
        #expect(Self.tags("I was born on March 14") == ["gives:date-of-birth"])
    }

    @Test func dateWithSlashesOrDots() {
        // Given dates written with slashes and dots
        // Then a date of birth is given
        #expect(Self.tags("14/03/1988") == ["gives:date-of-birth"])
        #expect(Self.tags("born 14.03.88") == ["gives:date-of-birth"])
    }

    @Test func accountNumberAndDateTogether() {
        // Given both details in one line
        // Then both are given, in the order found
        #expect(Self.tags("It's 40021987, born 14 March 1988.") == ["gives:date-of-birth", "gives:account-number"])
    }

    @Test func postcodeOnlyWhenAskedOrNamed() {
        // Given a letter-and-digit postcode, asked for and not
        // Then it is a postcode only when the agent asked or the customer says so
        #expect(Self.tags("It's SW1A 1AA.", after: "And your postcode, please?") == ["gives:postcode"])
        #expect(Self.tags("It's SW1A 1AA.") == [])
        #expect(Self.tags("My postcode is SW1A 1AA.") == ["gives:postcode"])
    }

    @Test func numericPostcodeWhenAsked() {
        // Given a five-digit code after the agent asked for the postcode
        // Then it is a postcode, not an account number
        #expect(Self.tags("90210", after: "What's your postcode?") == ["gives:postcode"])
        #expect(Self.tags("90210") == ["gives:account-number"])
    }

    @Test func nameWhenAskedOrKnown() {
        // Given names, asked for and matching the customer's known name
        // Then a name is given when asked, or when the known full name is said
        #expect(Self.tags("Jane Doe", after: "Could I have your full name?") == ["gives:name"])
        #expect(Self.tags("Jane Doe") == [])
        #expect(Self.tags("This is Karim Haddad speaking.", customer: "Karim Haddad") == ["gives:name"])
        #expect(Self.tags("It's Karim.", after: "Can I take your full name?", customer: "Karim Haddad") == ["gives:name"])
        #expect(Self.tags("Karim wants a refund.", customer: "Karim Haddad") == [])
    }

    @Test func arabicIndicDigits() {
        // Given details written in Arabic-Indic digits
        // Then they are read like ASCII digits
        #expect(DetailDetector.facts(in: "رقم حسابي ٤٠٠٢١٩٨٧", asked: [], customerName: nil) == ["account-number"])
        #expect(DetailDetector.facts(in: "رقمي ٠١٠٠ ٥٥٥ ٠١٤٢", asked: [], customerName: nil) == ["phone"])
        #expect(DetailDetector.facts(in: "مواليد ١٤ مارس ١٩٨٨", asked: [], customerName: nil) == ["date-of-birth"])
        #expect(DetailDetector.facts(in: "۱۴ فروردین ۱۳۶۷", asked: [], customerName: nil) == ["date-of-birth"])
    }

    @Test func cardDigitsWhenAsked() {
        // Given four digits after the agent asked for the card's last digits
        // Then they are card digits
        #expect(DetailDetector.facts(in: "4417", asked: ["card-digits"], customerName: nil) == ["card-digits"])
        #expect(DetailDetector.facts(in: "4417", asked: [], customerName: nil) == [])
    }

    @Test func upsetAndDetailsTogether() {
        // Given an angry customer who gives their account number
        // Then both tags are inferred
        #expect(Self.tags("This is ridiculous! It's 40021987!") == ["upset", "gives:account-number"])
    }
}
