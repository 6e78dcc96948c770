/// Answers typed in the interview end-to-end tests: one generic answer per language, written
/// so every question gets something to observe, and the lines that feed a whole interview.
enum InterviewScripts {
    /// A three-line answer, in STAR shape, with job terms and a filler.
    static let answer: [String: [String]] = [
        "en": [
            "My name is Sam and I worked at a mobile shop help desk for two years, um, helping customers every day.",
            "At my last job a customer called about a double charge. I had to fix it fast, so I checked the account and refunded it.",
            "In the end the customer thanked me, and our CSAT and first contact resolution went up.",
        ],
        "ar": [
            "اسمي سامي، عملت في خدمة العملاء لمدة سنتين، يعني أحب مساعدة الناس كل يوم.",
            "في عملي السابق اتصل بي عميل غاضب بسبب خصم مكرر. كان علي أن أحل المشكلة، فاستمعت إليه وتحققت من الحساب وأعدت المبلغ.",
            "ونتيجة لذلك شكرني العميل، وارتفع رضا العملاء والحل من الاتصال الأول في فريقنا.",
        ],
        "fa": [
            "اسم من سارا است و دو سال در پشتیبانی یک فروشگاه کار کرده‌ام، خب، هر روز به مشتریان کمک می‌کردم.",
            "در کار قبلی‌ام یک مشتری عصبانی تماس گرفت. باید مشکل را حل می‌کردم، پس حسابش را بررسی کردم و مبلغ اضافه را برگرداندم.",
            "در نتیجه مشتری تشکر کرد و رضایت مشتری و حل مشکل در اولین تماس در تیم ما بهتر شد.",
        ],
    ]

    /// `count` answers in `language`, each ended by an empty line.
    static func interview(_ language: String, answers count: Int) -> [String] {
        Array(repeating: (answer[language] ?? []) + [""], count: count).flatMap { $0 }
    }

    /// The first line of the report of each language's bank.
    static let reportTitle: [String: String] = [
        "en": "Interview report — Contact-centre agent interview",
        "ar": "Interview report — مقابلة موظف مركز الاتصال",
        "fa": "Interview report — مصاحبه کارشناس مرکز تماس",
    ]

    /// The opening question of each language's bank, as the interviewer asks it.
    static let firstQuestion: [String: String] = [
        "en": "Dana: Tell me about yourself.",
        "ar": "ليلى: عرّفني بنفسك.",
        "fa": "مریم: خودتان را معرفی کنید.",
    ]
}
