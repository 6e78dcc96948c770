/// The words `DetailDetector` reads, in English, Arabic and Persian. They are written as
/// people type them and normalised once, so they compare with normalised tokens (Arabic and
/// Persian letter forms unified, case folded).
extension DetailDetector {
    /// Normalised tokens of each phrase.
    static func normalized(_ phrases: [String]) -> [[String]] {
        phrases.map { Normalizer.normalize($0).tokens.map(\.text) }.filter { !$0.isEmpty }
    }

    /// Normalised single words.
    static func normalizedWords(_ words: [String]) -> Set<String> {
        Set(normalized(words).flatMap { $0 })
    }

    /// Spoken digits: "four six one", «اربعه سته واحد», «چهار شش یک».
    static let digitWords: [String: Character] = {
        let names: [(String, Character)] = [
            ("zero", "0"), ("oh", "0"), ("one", "1"), ("two", "2"), ("three", "3"), ("four", "4"),
            ("five", "5"), ("six", "6"), ("seven", "7"), ("eight", "8"), ("nine", "9"),
            ("صفر", "0"), ("واحد", "1"), ("اثنين", "2"), ("اثنان", "2"), ("اتنين", "2"), ("ثلاثة", "3"),
            ("تلاتة", "3"), ("ثلاث", "3"), ("أربعة", "4"), ("اربع", "4"), ("خمسة", "5"), ("خمس", "5"),
            ("ستة", "6"), ("ست", "6"), ("سبعة", "7"), ("سبع", "7"), ("ثمانية", "8"), ("تمانية", "8"),
            ("ثمان", "8"), ("تسعة", "9"), ("تسع", "9"),
            ("یک", "1"), ("دو", "2"), ("سه", "3"), ("چهار", "4"), ("پنج", "5"), ("شش", "6"),
            ("هفت", "7"), ("هشت", "8"), ("نه", "9"),
        ]
        var table: [String: Character] = [:]
        for (word, digit) in names {
            for token in Normalizer.normalize(word).tokens { table[token.text] = digit }
        }
        return table
    }()

    /// Words that introduce an identifier, with the fact it is and how many words may come
    /// between the keyword and the identifier ("order # is 4953808575", «رقم حسابي هو ...»).
    static let identifierKeywords: [(words: [String], fact: String, reach: Int)] = {
        func entries(_ fact: String, _ reach: Int, _ phrases: [String]) -> [(words: [String], fact: String, reach: Int)] {
            normalized(phrases).map { (words: $0, fact: fact, reach: reach) }
        }
        return entries("account-number", 3, [
            "account number", "account id", "account no", "account num", "customer number", "customer id",
            "membership number", "رقم حسابي", "رقم الحساب", "رقم حساب", "رقم العميل", "رقم الاشتراك",
            "شماره حساب", "شماره حسابم", "شماره اشتراک", "شماره اشتراکم", "کد اشتراک", "شماره مشتری",
        ]) + entries("order-number", 3, [
            "order number", "order id", "order no", "order", "reference number", "booking reference",
            "confirmation number", "tracking number", "رقم الطلب", "رقم طلبي", "رقم الطلبية", "رقم الحجز",
            "رقم المرجع", "شماره سفارش", "شماره سفارشم", "کد سفارش", "کد پیگیری", "کد رهگیری",
        ]) + entries("card-digits", 3, [
            "ending in", "ends in", "last four", "last 4", "آخر أربعة أرقام", "آخر اربع ارقام", "تنتهي ب",
            "تنتهي بالرقم", "چهار رقم آخر", "۴ رقم آخر",
        ]) + entries("phone", 4, [
            "phone number", "mobile number", "cell number", "telephone number", "phone", "mobile", "cell", "telephone", "my number", "جوالي", "رقمي", "هاتفي", "موبايلي",
            "تلفوني", "تليفوني", "رقم الجوال", "رقم جوالي", "رقم الهاتف", "رقم هاتفي", "رقم الموبايل",
            "شماره تلفن", "شماره تلفنم", "شماره موبایل", "شماره موبایلم", "شماره همراه", "شماره همراهم",
            "شماره تماس", "شماره تماسم", "موبایلم", "تلفنم",
        ]) + entries("postcode", 3, [
            "zip", "zip code", "zipcode", "postcode", "post code", "postal code", "الرمز البريدي",
            "رمز بريدي", "الرقم البريدي", "کد پستی", "کدپستی",
        ])
    }()

    /// Words that say the line is an address.
    static let addressKeywords = normalized([
        "my address", "address is", "i live at", "i live on", "عنواني", "العنوان", "ساكن في", "أسكن في",
        "آدرسم", "آدرس من", "نشانی من", "آدرس منزل",
    ])

    /// Street words: a number just before one of them is a street address.
    static let streetWords = normalizedWords([
        "street", "st", "road", "rd", "avenue", "ave", "av", "lane", "ln", "drive", "dr", "boulevard",
        "blvd", "way", "court", "ct", "place", "pl", "close", "crescent", "terrace", "square", "highway",
        "hwy", "parkway", "apt", "apartment", "suite", "flat", "شارع", "طريق", "حي", "عمارة", "شقة",
        "مبنى", "بناية", "جادة", "خیابان", "کوچه", "پلاک", "بلوار", "میدان", "طبقه",
    ])

    /// Words that say a date is a birth date (English, Arabic, Persian).
    static let birthWords = normalizedWords([
        "born", "birth", "birthday", "dob", "ميلاد", "ميلادي", "مواليد", "ولدت", "تولد", "متولد", "تولدم",
    ])

    /// Phrases that introduce the customer's own name, asked or not.
    static let nameIntroductions = normalized([
        "my name is", "my names", "the name is", "name is", "اسمي", "انا اسمي", "اسمي هو", "اسمم",
        "اسم من", "نام من", "اسم بنده", "نامم",
    ])

    /// Words that may open or close an answer without being part of the name given.
    static let nameFrame = normalizedWords([
        "yes", "yeah", "sure", "ok", "okay", "it", "is", "its", "i", "am", "this", "my", "name", "names",
        "full", "the", "sir", "madam", "please", "thanks", "thank", "you", "hi", "hello", "نعم", "ايوه",
        "أكيد", "طبعا", "انا", "أنا", "اسمي", "هو", "هي", "الاسم", "تفضل", "اهلا", "مرحبا", "بله", "حتما",
        "من", "اسمم", "بنده", "هستم", "هست", "است", "اسم", "نام", "لطفا",
    ])

    /// Words that never belong to a name: a line holding one is not a name.
    static let notNames = normalizedWords([
        "a", "an", "and", "are", "best", "but", "can", "do", "dont", "have", "how", "know", "no", "not",
        "of", "on", "or", "so", "that", "there", "to", "want", "was", "what", "when", "where", "which",
        "who", "why", "will", "with", "would", "your", "account", "number", "order", "email", "phone",
        "address", "need", "help", "problem", "don't", "right", "now", "sorry", "wait", "moment", "one",
        "لا", "لأ", "ما", "ماذا", "ليش", "ليه", "كيف", "هل", "في", "الى", "إلى", "عن", "هذا",
        "ذلك", "رقم", "حساب", "حسابي", "ممكن", "شكرا", "لحظة", "مشكلة", "عندي", "أريد", "بدي", "عايز",
        "نه", "خیر", "چی", "چرا", "چطور", "چه", "این", "اون", "آن", "از", "به", "در", "با", "که", "را",
        "رو", "شماره", "حساب", "ممنون", "مرسی", "لحظه", "مشکل", "دارم", "میخوام", "نمیدونم",
    ])
}
