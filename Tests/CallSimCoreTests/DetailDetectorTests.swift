import Testing
@testable import CallSimCore

/// Identity details in untagged customer lines, in English, Arabic and Persian.
@Suite("DetailDetector")
struct DetailDetectorTests {
    static func facts(_ text: String, asked: Set<String> = []) -> [String] {
        DetailDetector.facts(in: text, asked: asked, customerName: nil)
    }

    @Test func spokenDigits() {
        // Given phone numbers said digit by digit, over one line or two
        // Then the spoken digits are read as a number, and a lone "one" is not
        #expect(Self.facts("my phone number is four six one") == ["phone"])
        #expect(Self.facts("four two five eight six six eight", asked: ["phone"]) == ["phone"])
        #expect(Self.facts("one of my accounts is frozen") == [])
        #expect(DetailDetector.digitRuns("oh four six one, then two") == ["461"])
    }

    @Test func groupedPhoneNumber() {
        // Given a phone number with brackets and a dash
        // Then the groups join into one phone number
        #expect(Self.facts("(977) 625-2661") == ["phone"])
        #expect(DetailDetector.digitRuns("(977) 625-2661") == ["9776252661"])
    }

    @Test func identifiersIntroducedByName() {
        // Given a name, an account id in letters and digits and an order id, in one line
        // Then each is read as what the customer says it is
        #expect(Self.facts("My name is Rodriguez Domingo, my Account ID: M6EBXQJR5M and my order id is 0929208660")
            == ["account-number", "order-number", "name"])
        #expect(Self.facts("My account ID is UFLKTEZOWD") == ["account-number"])
        #expect(Self.facts("order # is 4953808575") == ["order-number"])
        #expect(Self.facts("it's the card ending in 4417") == ["card-digits"])
    }

    @Test func aUsernameIsNotAnAccountOrOrderNumber() {
        // Given a zip code, a username and an e-mail address, after a question that asked for an order id too
        let asked: Set<String> = ["postcode", "order-number", "email", "phone"]
        // Then the username is claimed and not counted
        #expect(Self.facts("Zip is 39949, username is sanyaa54, and email is sanyaa54@email.com", asked: asked) == ["email", "postcode"])
    }

    @Test func aCodeAnsweringForTheAccount() {
        // Given a code of letters and digits after the agent asked for the name or account id
        // Then it is an account number, and not a name
        #expect(Self.facts("aphoenix939", asked: ["name", "account-number"]) == ["account-number"])
        #expect(Self.facts("aphoenix939") == [])
    }

    @Test func email() {
        // Given addresses with and without a dot, and an "@" standing alone
        // Then only the addresses are e-mails
        #expect(Self.facts("i'm czhang@emailcom") == ["email"])
        #expect(Self.facts("It's karim.haddad@example.com") == ["email"])
        #expect(Self.facts("I'll send it @ noon") == [])
    }

    @Test func addresses() {
        // Given street addresses, asked for and not, and a zip code answering for an address
        // Then the street is an address and the trailing five digits a postcode
        #expect(Self.facts("9600 Brushwick Dr") == ["address"])
        #expect(Self.facts("1909 Lexington Ave Brighton, WA 39949", asked: ["address"]) == ["address", "postcode"])
        #expect(Self.facts("five zero one seven five", asked: ["address"]) == ["postcode"])
        #expect(Self.facts("my address is one three six main street") == ["address"])
    }

    @Test func datesAreNotAccountNumbers() {
        // Given birth dates in three forms, and a payment date
        // Then the birth dates are dates of birth (not account numbers), and the payment date is nothing
        #expect(Self.facts("1988-03-14", asked: ["date-of-birth"]) == ["date-of-birth"])
        #expect(Self.facts("March 14 1988") == ["date-of-birth"])
        #expect(Self.facts("14-03-1988") == ["date-of-birth"])
        #expect(Self.facts("I paid on 03/11/2024") == [])
    }

    @Test func namesGivenWhenAskedOrIntroduced() {
        // Given answers to a question about the name, and a self-introduction
        // Then names are found, and questions or refusals are not names
        #expect(Self.facts("Joseph Banter and my account id is 78985", asked: ["name", "account-number"]) == ["account-number", "name"])
        #expect(Self.facts("I'm David Williams", asked: ["name"]) == ["name"])
        #expect(Self.facts("hi my name is mary smith") == ["name"])
        #expect(Self.facts("which is best?", asked: ["name", "account-number"]) == [])
        #expect(Self.facts("I don't have that right now", asked: ["name"]) == [])
        #expect(Self.facts("Mary Smith") == [])
    }

    @Test func arabicDetails() {
        // Given Arabic lines with an account number, a phone number in digits and spoken, a name,
        // an address and an order number
        // Then each detail is found
        #expect(Self.facts("رقم حسابي ٤٠٠٢١٩٨٧") == ["account-number"])
        #expect(Self.facts("جوالي ٠٥٠ ١٢٣ ٤٥٦٧") == ["phone"])
        #expect(Self.facts("رقم جوالي صفر خمسة صفر واحد اثنين ثلاثة") == ["phone"])
        #expect(Self.facts("اسمي أحمد علي") == ["name"])
        #expect(Self.facts("أحمد علي", asked: ["name"]) == ["name"])
        #expect(Self.facts("لحظة من فضلك", asked: ["name"]) == [])
        #expect(Self.facts("أسكن في ١٢ شارع التحرير") == ["address"])
        #expect(Self.facts("رقم الطلب ٤٩٥٣٨٠٨٥٧٥") == ["order-number"])
        #expect(Self.facts("مواليد ١٤ مارس ١٩٨٨") == ["date-of-birth"])
    }

    @Test func persianDetails() {
        // Given Persian lines with a mobile number in digits and spoken, a name, a postcode, an
        // order number, a birth date and an address
        // Then each detail is found
        #expect(Self.facts("شماره موبایلم ۰۹۱۲ ۳۴۵ ۶۷۸۹") == ["phone"])
        #expect(Self.facts("شماره موبایلم صفر نه یک دو سه چهار پنج") == ["phone"])
        #expect(Self.facts("اسمم سارا احمدی است") == ["name"])
        #expect(Self.facts("من سارا احمدی هستم", asked: ["name"]) == ["name"])
        #expect(Self.facts("کد پستی ۱۲۳۴۵۶۷۸۹۰") == ["postcode"])
        #expect(Self.facts("شماره سفارشم ۴۹۵۳۸۰۸۵۷۵") == ["order-number"])
        #expect(Self.facts("متولد ۱۴ فروردین ۱۳۶۷") == ["date-of-birth"])
        #expect(Self.facts("خیابان آزادی، پلاک ۱۲", asked: ["address"]) == ["address"])
    }
}
