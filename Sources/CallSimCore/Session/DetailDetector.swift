/// Finds the identity details a customer gives in an untagged line, in English, Arabic and
/// Persian (digits in any script are read as ASCII by the normaliser first; spoken digits,
/// "four six one", «اربعه سته واحد», «چهار شش یک», are read as digits too).
///
/// - e-mail: a word with `@` between letters or digits.
/// - date of birth: a date (`14/03/1988`, `1988-03-14`, a month name beside a day or year)
///   when the agent asked for the date of birth, the customer says it is one, or it has a
///   plausible birth year; a payment date is not an identity detail.
/// - identifiers introduced by their name: "account ID: M6EBXQJR5M", "order # is 4953808575",
///   "my phone number is 461 ...", "zip is 39949", "ending in 4417", «رقم حسابي ...»,
///   «شماره سفارش ...»; a username, PIN or password so introduced is claimed and not counted.
/// - other numbers by length and by what the agent just asked: 4 digits are a postcode or
///   card digits only when asked; 5–6 a postcode, order or account number; 7–9 an order,
///   phone or account number; 10–15 a phone, account or order number.
/// - a letters-and-digits code (`tzusl472y9`) answering a question about the account or order.
/// - an address: a number followed by a street word ("9600 Brushwick Dr", «شارع», «خیابان»),
///   or a number or street word in a line that says it is an address or answers for one.
/// - a postcode with letters ("SW1A 1AA") when asked or named.
/// - a name: the customer's known full name, a self-introduction ("my name is ...", «اسمي ...»,
///   «اسمم ...»), or, when asked, an answer that is one to four words and nothing else.
public enum DetailDetector {
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec",
        // Arabic (Levant and Egypt/Gulf) and Persian month names, normalised.
        "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر",
        "نوفمبر", "ديسمبر", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب",
        "ايلول", "تشرين", "فروردين", "ارديبهشت", "خرداد", "تير", "مرداد", "شهريور", "مهر", "ابان",
        "اذر", "دي", "بهمن", "اسفند",
    ]

    /// A four-digit year in which a caller could have been born: 1900–2015, or 1280–1440 in
    /// the Solar and lunar Hijri calendars. A payment date ("3 November") has no such year.
    static func isBirthYear(_ token: String) -> Bool {
        // Only ASCII digits parse, so the byte count is the character count.
        guard token.utf8.count == 4, let year = Int(token) else { return false }
        return (1900...2015).contains(year) || (1280...1440).contains(year)
    }

    /// The identity facts `text` gives, in the order above. `asked` holds the facts the agent
    /// just asked for, so a bare number or a name can be attributed.
    public static func facts(in text: String, asked: Set<String>, customerName: String?) -> [String] {
        facts(in: Normalizer.normalize(text), asked: asked, customerName: customerName)
    }

    /// The identity facts of a line already normalised (the phrase matcher's tokens of it).
    static func facts(in normalized: NormalizedText, asked: Set<String>, customerName: String?) -> [String] {
        var found: [String] = []
        func add(_ fact: String) { if !fact.isEmpty, !found.contains(fact) { found.append(fact) } }
        let line = Line(normalized)
        let tokens = line.words
        let emailTokens = tokensInEmails(normalized)
        if !emailTokens.isEmpty { add("email") }

        let dates = dateTokens(in: line)
        let aboutBirth = asked.contains("date-of-birth") || line.roles.contains { $0?.isBirthWord ?? false }
            || tokens.contains(where: Self.isBirthYear)
        if aboutBirth, dates.numeric || dates.named { add("date-of-birth") }

        var claimed = emailTokens.union(dates.tokens)
        var runs = self.runs(in: line, excluding: dates.tokens)
        for fact in introducedIdentifiers(in: line, runs: &runs, claimed: &claimed, asked: asked) { add(fact) }
        if isAddress(line, runs: &runs, claimed: &claimed, asked: asked) { add("address") }
        for run in runs {
            claimed.formUnion(run.tokens)
            add(classify(run, asked: asked))
        }
        if asked.contains("account-number") || asked.contains("order-number") {
            for (index, token) in normalized.tokens.enumerated() where !claimed.contains(index) && isCode(token.text) {
                add(asked.contains("account-number") ? "account-number" : "order-number")
            }
        }
        // Letter-digit postcodes such as "SW1A 1AA" or "M1 1AE".
        if asked.contains("postcode") || line.roles.contains(where: { $0?.isPostcodeWord ?? false }) {
            let short = tokens.enumerated().contains { index, token in
                !claimed.contains(index) && token.contains(where: \.isNumber) && token.contains(where: \.isLetter) && token.count <= 4
            }
            if short { add("postcode") }
        }
        if givesName(line, asked: asked, customerName: customerName) { add("name") }
        return found
    }

    /// The fact a number is, from its length and what the agent just asked.
    static func classify(_ run: DigitRun, asked: Set<String>) -> String {
        switch run.digits.count {
        case 4:
            if asked.contains("postcode") { return "postcode" }
            return asked.contains("card-digits") ? "card-digits" : ""
        case 5...6:
            if asked.contains("postcode") { return "postcode" }
            if asked.contains("order-number") { return "order-number" }
            // A five- or six-digit number answering for an address is its zip or postcode.
            if asked.contains("address"), !asked.contains("account-number") { return "postcode" }
            return "account-number"
        case 7...9:
            if asked.contains("order-number") { return "order-number" }
            return asked.contains("phone") ? "phone" : "account-number"
        case 10...15:
            if asked.contains("phone") { return "phone" }
            if asked.contains("account-number") { return "account-number" }
            return asked.contains("order-number") ? "order-number" : "phone"
        default:
            return ""
        }
    }

    /// A code of letters and digits, such as an account id (`tzusl472y9`).
    static func isCode(_ token: String) -> Bool {
        token.count >= 5 && token.count <= 20 && token.contains(where: \.isASCIIDigit) && token.contains(where: \.isLetter)
    }

    /// The tokens of e-mail addresses: words with `@` between letters or digits.
    static func tokensInEmails(_ text: NormalizedText) -> Set<Int> {
        guard text.original.utf8.contains(0x40) else { return [] }
        var spans: [Range<Int>] = []
        var offset = 0
        for word in text.original.utf8.split(separator: 0x20, omittingEmptySubsequences: false) {
            defer { offset += word.count + 1 }
            guard let at = word.firstIndex(of: 0x40) else { continue }
            let before = word[word.startIndex..<at].contains(where: isAlphanumericASCII)
            let after = word[word.index(after: at)...].filter(isAlphanumericASCII).count >= 2
            if before, after { spans.append(offset..<(offset + word.count)) }
        }
        var found = Set<Int>()
        for (index, token) in text.tokens.enumerated() where spans.contains(where: { $0.contains(token.start) }) {
            found.insert(index)
        }
        return found
    }

    private static func isAlphanumericASCII(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Runs of digits, in ASCII, joining groups separated by spaces, dashes or brackets.
    static func digitRuns(_ text: String) -> [String] {
        runs(in: Line(Normalizer.normalize(text)), excluding: []).map(\.digits)
    }
}
