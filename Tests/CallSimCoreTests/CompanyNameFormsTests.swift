import Testing
@testable import CallSimCore

/// The forms in which an agent names their company, for `company-name`.
@Suite("CompanyNameForms")
struct CompanyNameFormsTests {
    static func find(_ company: String, _ line: String, language: String = "en") -> Range<Int>? {
        CompanyNameForms(company)?.find(in: Normalizer.normalize(line).tokens.map(\.text), language: language)
    }

    @Test func brandWithoutTheLegalForm() {
        // Given the company AcmeCorp named as AcmeBrands, Acme Brands, Acme and AcmeCorp
        // Then each is found, at its words
        #expect(Self.find("AcmeCorp", "Thank you for contacting AcmeBrands") == 4..<5)
        #expect(Self.find("AcmeCorp", "Thank you for contacting Acme Brands!") == 4..<6)
        #expect(Self.find("AcmeCorp", "Thank you for contacting Acme.") == 4..<5)
        #expect(Self.find("AcmeCorp", "welcome to Acme Corp") == 2..<4)
    }

    @Test func otherWordsAreNotTheCompany() {
        // Given lines with a word that starts like the brand, a garbled name, and no name
        // Then none is the company
        #expect(Self.find("AcmeCorp", "we are an acmeish shop") == nil)
        #expect(Self.find("Harper Valley National Bank", "hello this is happy valley national bank") == nil)
        #expect(Self.find("Nile Telecom", "hello, how can I help?") == nil)
    }

    @Test func theWholeNameOfSeveralWords() {
        // Given a bank's full name in a line
        // Then it is found
        #expect(Self.find("Harper Valley National Bank", "hello this is harper valley national bank my name is mary") == 3..<7)
    }

    @Test func aShortDistinctivePartIsNotEnoughAlone() {
        // Given BT Group, whose distinctive part has two letters
        // Then "BT" alone is not taken for it, and the whole name is
        #expect(Self.find("BT Group", "my BT line is down") == nil)
        #expect(Self.find("BT Group", "thank you for calling BT Group") == 4..<6)
    }

    @Test func arabicPrefixJoinedToTheName() {
        // Given the company's name with ب، ل and و joined to it, in an Arabic call and an English one
        // Then the prefixes are stripped in Arabic only
        #expect(Self.find("نايل تيليكوم", "شكرا لاتصالك بنايل تيليكوم", language: "ar") == 2..<4)
        #expect(Self.find("نايل تيليكوم", "خدمة العملاء لنايل تيليكوم", language: "ar") == 2..<4)
        #expect(Self.find("نايل تيليكوم", "ونايل تيليكوم في خدمتك", language: "ar") == 0..<2)
        #expect(Self.find("نايل تيليكوم", "شكرا لاتصالك بنايل تيليكوم", language: "en") == nil)
        #expect(Self.find("شركة نايل تيليكوم", "أهلا بك في نايل تيليكوم", language: "ar") == 3..<5)
    }
}
