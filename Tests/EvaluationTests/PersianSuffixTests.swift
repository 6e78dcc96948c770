import CallSimCore
import Testing

/// Persian joins the plural (ها، های), the indefinite ی and the possessive pronouns (م، ت، ش،
/// مان، تان، شان, spoken مون، تون، شون) to the word, often across a ZWNJ: «مشکل‌هاتون» is «your
/// problems». The matcher also tries a Persian word without such a suffix when what remains is
/// a phrasebook word (docs/rules.md).
@Suite("Persian joined suffixes")
struct PersianSuffixTests {
    @Test(arguments: [
        ("مشکل‌هاتون حتماً حل می‌شه.", "reassurance", "مشکل‌هاتون حتماً حل می‌شه"),
        ("بابت این تأخیرها عذرخواهی می‌کنم.", "apology", "بابت این تأخیرها عذرخواهی"),
        ("بابت این اشتباهم پوزش می‌خوام.", "apology", "بابت این اشتباهم پوزش"),
    ])
    func phrasesWithAJoinedSuffix(_ line: String, _ category: String, _ quote: String) throws {
        // Given a line whose phrase has a word with a joined suffix
        let matcher = try #require(BundledPhrasebooks.matchers["fa"])
        // When it is matched
        let matched = matcher.match(line)
        // Then the phrase is found, quoting the joined word whole
        let match = try #require(matched.first(of: [category]))
        #expect(matched.quote(match) == quote)
    }

    @Test(arguments: [
        "نامه‌ای برای شما فرستادم.",
        "کتابخانه بسته است.",
    ])
    func wordsThatMerelyEndLikeASuffixMatchNothingNew(_ line: String) throws {
        // Given lines whose words end like a suffix without being a phrase word plus a suffix
        let book = try #require(BundledPhrasebooks.cache["fa"])
        let matcher = try #require(BundledPhrasebooks.matchers["fa"])
        // When they are matched
        // Then they match what they matched as written, nothing more
        let plain = PhraseMatcher(phrasebook: book, affixes: WordAffixes.none)
        #expect(matcher.match(line).matches == plain.match(line).matches)
    }
}
