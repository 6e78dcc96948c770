/// Finds identity details in a customer's words, working on Unicode scalars (digits in any
/// script are read as ASCII by the normaliser first).
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

    /// Words that say a date is a birth date (English, Arabic, Persian; normalised).
    static let birthWords: Set<String> = ["born", "birth", "birthday", "dob", "ميلاد", "ميلادي", "مواليد", "ولدت", "تولد", "متولد"]

    /// A four-digit year in which a caller could have been born: 1900–2015, or 1280–1440 in
    /// the Solar and lunar Hijri calendars. A payment date ("3 November") has no such year.
    static func isBirthYear(_ token: String) -> Bool {
        guard token.count == 4, let year = Int(token) else { return false }
        return (1900...2015).contains(year) || (1280...1440).contains(year)
    }

    /// The identity facts `text` gives. `asked` holds the facts the agent just asked for, so a
    /// bare number or a name can be attributed.
    public static func facts(in text: String, asked: Set<String>, customerName: String?) -> [String] {
        var found: [String] = []
        func add(_ fact: String) { if !found.contains(fact) { found.append(fact) } }
        let tokens = Normalizer.normalize(text).tokens.map(\.text)

        if text.unicodeScalars.contains("@"), text.split(separator: " ").contains(where: { $0.contains("@") && $0.contains(".") }) {
            add("email")
        }
        // Dates (a month name next to a number, or d/m/y) count as a date of birth when the agent
        // asked for one or the customer says it is one: a payment date is not an identity detail.
        let aboutBirth = asked.contains("date-of-birth") || tokens.contains(where: birthWords.contains)
            || tokens.contains(where: Self.isBirthYear)
        if aboutBirth {
            for (index, token) in tokens.enumerated() where months.contains(token) {
                let near = [index - 1, index + 1].filter { tokens.indices.contains($0) }
                if near.contains(where: { tokens[$0].allSatisfy(\.isNumber) }) { add("date-of-birth") }
            }
            if containsSlashDate(text) { add("date-of-birth") }
        }

        // Digit runs, joined across spaces and dashes ("0100 555 0142").
        for run in digitRuns(text) {
            switch run.count {
            case 4:
                if asked.contains("postcode") { add("postcode") } else if asked.contains("card-digits") { add("card-digits") }
            case 5...6:
                if asked.contains("postcode") { add("postcode") } else if asked.contains("order-number") { add("order-number") } else { add("account-number") }
            case 7...9:
                if asked.contains("order-number") { add("order-number") } else if asked.contains("phone") { add("phone") } else { add("account-number") }
            case 10...15:
                if asked.contains("account-number") && !asked.contains("phone") { add("account-number") } else { add("phone") }
            default:
                break
            }
        }
        // Letter-digit postcodes such as "SW1A 1AA" or "M1 1AE".
        if asked.contains("postcode") || tokens.contains("postcode") {
            if tokens.contains(where: { token in token.contains(where: \.isNumber) && token.contains(where: \.isLetter) && token.count <= 4 }) {
                add("postcode")
            }
        }
        // A name, when asked for it or when it matches the customer's known name.
        if let name = customerName, !name.isEmpty {
            let nameTokens = Normalizer.normalize(name).tokens.map(\.text)
            if nameTokens.count >= 2, nameTokens.allSatisfy(tokens.contains) { add("name") }
            else if asked.contains("name"), nameTokens.contains(where: tokens.contains) { add("name") }
        } else if asked.contains("name"), (2...5).contains(tokens.count) || tokens.starts(with: ["my", "name", "is"]) || tokens.starts(with: ["it", "is"]) {
            add("name")
        }
        return found
    }

    static func containsSlashDate(_ text: String) -> Bool {
        let pieces = Normalizer.normalize(text.replacingSlashes()).tokens.map(\.text)
        for index in pieces.indices.dropLast(2) {
            let a = pieces[index], b = pieces[index + 1], c = pieces[index + 2]
            if [a, b, c].allSatisfy({ $0.allSatisfy(\.isNumber) }), a.count <= 2, b.count <= 2, c.count == 4 || c.count == 2,
               text.contains("/") || text.contains(".") {
                return true
            }
        }
        return false
    }

    /// Runs of digits, in ASCII, joining groups separated by a single space or dash.
    static func digitRuns(_ text: String) -> [String] {
        let normalized = Normalizer.normalize(text)
        var runs: [String] = []
        var current = ""
        var lastEnd = -1
        let utf8 = Array(text.utf8)
        for token in normalized.tokens {
            let digitsOnly = token.text.allSatisfy(\.isNumber)
            if digitsOnly {
                let separator = lastEnd >= 0 ? utf8[lastEnd..<token.start] : []
                let joinable = lastEnd >= 0 && separator.count <= 1 && separator.allSatisfy { $0 == 0x20 || $0 == 0x2D }
                if !current.isEmpty, joinable {
                    current += token.text
                } else {
                    if !current.isEmpty { runs.append(current) }
                    current = token.text
                }
                lastEnd = token.end
            } else {
                if !current.isEmpty { runs.append(current) }
                current = ""
                lastEnd = -1
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}

extension String {
    func replacingSlashes() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "/" || $0 == "." ? " " : $0 }))
    }
}
