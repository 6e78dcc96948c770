import Testing
@testable import CallSimCore

/// Inferring an upset customer from punctuation and capitals, in any language.
@Suite("TagInference: upset")
struct UpsetInferenceTests {
    static let matcher = PhraseMatcher(phrasebook: Fixtures.phrasebook)

    static func tags(_ text: String) -> [String] {
        TagInference.tags(for: text, matched: matcher.match(text), previousAgent: nil, customerName: nil)
    }

    @Test func questionAndExclamationTogether() {
        // Given "?!" in English and "؟!" in Arabic and Persian, each on its own
        // Then each line is upset
        #expect(Self.tags("What?!") == ["upset"])
        #expect(Self.tags("لماذا خصمتم المبلغ مرتين؟!") == ["upset"])
        #expect(Self.tags("چرا دو بار پول کم کردید!؟") == ["upset"])
    }

    @Test func gladExclamationsAreNotUpset() {
        // Given exclamation marks with thanks, a smiley or laughter
        // Then the customer is glad, not upset
        #expect(Self.tags("Thank you so much!!") == [])
        #expect(Self.tags("I just logged in!!! :)") == [])
        #expect(Self.tags("haha that worked!!") == [])
        #expect(Self.tags("ههه اشتغل!!") == [])
    }

    @Test func exclamationsWithoutJoyAreUpset() {
        // Given repeated exclamation marks and no sign of joy
        // Then the customer is upset
        #expect(Self.tags("It happened again!!") == ["upset"])
        #expect(Self.tags("مرة ثانية!!") == ["upset"])
    }

    @Test func shoutingIsMostOfTheLineInCapitals() {
        // Given a shouted line, a line with three acronyms, and two shouted words
        // Then only the shouted line is upset
        #expect(Self.tags("PLEASE FIX THIS NOW") == ["upset"])
        #expect(Self.tags("My ADSL box and the IVR menu and the BT line are all down today") == [])
        #expect(Self.tags("HEY HO") == [])
    }
}
