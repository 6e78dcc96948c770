import Testing
@testable import CallSimCore

@Suite("Normalizer: Arabic and Persian")
struct ArabicPersianNormalizerTests {
    @Test(arguments: [
        ("مَرْحَبًا", "مرحبا"),  // fatha, sukun, tanwin
        ("مُحَمَّد", "محمد"),  // damma, shadda
        ("بِسْمِ", "بسم"),  // kasra, sukun
        ("الرَّحْمٰن", "الرحمن"),  // dagger alef
        ("شكـــرا", "شكرا"),  // tatweel
        ("كِتَابٌ", "كتاب"),  // tanwin damm
    ])
    func removesHarakatTanwinShaddaSukunDaggerAlefAndTatweel(text: String, expected: String) {
        // Given Arabic written with diacritics or tatweel
        // When normalised
        // Then only the letters remain
        #expect(Normalizer.normalizedString(text) == expected)
    }

    @Test(arguments: [
        ("أحمد", "احمد"),
        ("إسلام", "اسلام"),
        ("آمن", "امن"),
        ("ٱلله", "الله"),
    ])
    func unifiesAlefForms(text: String, expected: String) {
        // Given alef with hamza above, hamza below, madda, and wasla
        // When normalised
        // Then each is a bare alef
        #expect(Normalizer.normalizedString(text) == expected)
    }

    @Test func unifiesYehKafAndTehMarbuta() {
        // Given alef maksura, Persian yeh, Persian keheh and teh marbuta
        // When normalised
        // Then they read as Arabic yeh, Arabic kaf and heh
        #expect(Normalizer.normalizedString("على") == "علي")
        #expect(Normalizer.normalizedString("علی") == "علي")
        #expect(Normalizer.normalizedString("کتاب") == "كتاب")
        #expect(Normalizer.normalizedString("مدرسة") == "مدرسه")
        #expect(Normalizer.normalizedString("یک کمک") == Normalizer.normalizedString("يك كمك"))
    }

    @Test func persianZeroWidthNonJoinerJoinsTheWord() {
        // Given a Persian verb written with a ZWNJ and without one
        let withZWNJ = "می\u{200C}خواهم"
        let without = "میخواهم"
        // When both are normalised
        let normalized = Normalizer.normalize(withZWNJ)
        // Then they are the same single word, and the token quotes the original with its ZWNJ
        #expect(normalized.tokens.count == 1)
        #expect(normalized.joined == Normalizer.normalizedString(without))
        #expect(normalized.joined == "ميخواهم")
        #expect(normalized.quote(0..<1) == withZWNJ)
    }

    @Test func arabicIndicAndPersianDigitsReadAsASCII() {
        // Given the number 49 in Arabic-Indic and in Persian digits
        // When normalised
        // Then both read as "49"
        #expect(Normalizer.normalizedString("٤٩") == "49")
        #expect(Normalizer.normalizedString("۴۹") == "49")
        #expect(Normalizer.normalizedString("حسابي ٤٠٠٢١٩٨٧") == "حسابي 40021987")
    }

    @Test func arabicPresentationFormsReadAsTheirLetters() {
        // Given "مرحبا" pasted from a PDF in presentation forms, and a lam-alef ligature
        // When normalised
        // Then it reads like the ordinary letters
        #expect(Normalizer.normalizedString("ﻣﺮﺣﺒﺎ") == Normalizer.normalizedString("مرحبا"))
        #expect(Normalizer.normalizedString("ﻻ") == "لا")
    }

    @Test func arabicPunctuationSeparatesWords() {
        // Given Arabic comma, question mark and semicolon between words
        // When normalised
        // Then they split the words like Latin punctuation
        #expect(Normalizer.normalizedString("نعم، شكرا؟ حسنا؛ تمام") == "نعم شكرا حسنا تمام")
    }

    @Test func tokenOffsetsQuoteArabicWithItsDiacritics() {
        // Given a line with fully vowelled Arabic words
        let text = "أَهْلًا وَسَهْلًا بِكُمْ"
        // When normalised
        let normalized = Normalizer.normalize(text)
        // Then tokens are bare, but quotes give back the words as written, diacritics and all
        #expect(normalized.tokens.map(\.text) == ["اهلا", "وسهلا", "بكم"])
        #expect(normalized.quote(0..<1) == "أَهْلًا")
        #expect(normalized.quote(1..<3) == "وَسَهْلًا بِكُمْ")
        #expect(normalized.quote(0..<3) == text)
    }
}
