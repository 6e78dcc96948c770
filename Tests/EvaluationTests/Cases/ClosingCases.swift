import CallSimCore

/// `recap`, `anything-else`, `farewell` and `wrap-up-notes` in en, ar and fa.
extension RuleCases {
    /// The body of a call in each language; the closing cases add their own close (turns 1–6).
    static let body: [String: [String]] = [
        "en": [
            agent("Good morning, Nile Telecom, Sam speaking."), customer("I was charged twice for my internet bill."),
            agent("Can I have your account number and date of birth, please?"), customer("40021987, born 14 March 1988."),
            agent("/action refund 49.99"), agent("You'll see the refund within 3 to 5 working days."),
        ],
        "ar": [
            agent("مساء الخير، معك سارة."), customer("انسحب مني مبلغ فاتورة الإنترنت مرتين."),
            agent("ممكن رقم حسابك وتاريخ ميلادك من فضلك؟"), customer("رقم حسابي ٤٠٠٢١٩٨٧، ومواليد ١٤ مارس ١٩٨٨."),
            agent("/action refund 49.99"), agent("سيصلك المبلغ خلال ٣ إلى ٥ أيام عمل."),
        ],
        "fa": [
            agent("سلام، وقت بخیر، مریم هستم."), customer("مبلغ قبض اینترنتم دو بار از حسابم کم شده."),
            agent("لطفاً شماره اشتراک و تاریخ تولدتون رو بفرمایید."), customer("شماره اشتراکم ۴۰۰۲۱۹۸۷ است، متولد ۱۴ فروردین ۱۳۶۷."),
            agent("/action refund 49.99"), agent("مبلغ ظرف ۳ تا ۵ روز کاری به حسابتون برمی‌گرده."),
        ],
    ]

    /// A call of `language`: its body, then `close`.
    static func call(_ language: String, _ close: [String]) -> [String] { (body[language] ?? []) + close }

    static let hungUp = "@ended: customer-hung-up"

    static let recap: [RuleCase] = [
        RuleCase(
            rule: "recap", language: "en", verdict: .pass, turn: 7, evidence: "Just to recap, I've refunded the duplicate payment",
            given: "the agent sums up before closing",
            transcript: call("en", [agent("Just to recap, I've refunded the duplicate payment of 49.99."), customer("Great."), agent("Thank you for calling, goodbye."), agent("/end")])),
        RuleCase(
            rule: "recap", language: "en", verdict: .fail, turn: 8,
            given: "the agent closes without a recap",
            transcript: call("en", [customer("Great."), agent("Thank you for calling, goodbye."), agent("/end")])),
        RuleCase(
            rule: "recap", language: "en", verdict: .notApplicable, given: "the customer hung up before the close",
            transcript: [hungUp] + call("en", [customer("Fine, bye.")])),

        RuleCase(
            rule: "recap", language: "ar", verdict: .pass, turn: 7, evidence: "للتلخيص، قمت باسترداد الدفعة المكررة",
            given: "the agent sums up before closing",
            transcript: call("ar", [agent("للتلخيص، قمت باسترداد الدفعة المكررة."), customer("ممتاز."), agent("شكراً لاتصالك، مع السلامة."), agent("/end")])),
        RuleCase(
            rule: "recap", language: "ar", verdict: .fail, turn: 8,
            given: "the agent closes without a recap",
            transcript: call("ar", [customer("ممتاز."), agent("شكراً لاتصالك، مع السلامة."), agent("/end")])),
        RuleCase(
            rule: "recap", language: "ar", verdict: .notApplicable, given: "the customer hung up before the close",
            transcript: [hungUp] + call("ar", [customer("طيب، مع السلامة.")])),

        RuleCase(
            rule: "recap", language: "fa", verdict: .pass, turn: 7, evidence: "به طور خلاصه، مبلغ اضافه را به حسابتان برگرداندم",
            given: "the agent sums up before closing",
            transcript: call("fa", [agent("به طور خلاصه، مبلغ اضافه را به حسابتان برگرداندم."), customer("عالیه."), agent("ممنون از تماستون، روز خوبی داشته باشید."), agent("/end")])),
        RuleCase(
            rule: "recap", language: "fa", verdict: .fail, turn: 8,
            given: "the agent closes without a recap",
            transcript: call("fa", [customer("عالیه."), agent("ممنون از تماستون، روز خوبی داشته باشید."), agent("/end")])),
        RuleCase(
            rule: "recap", language: "fa", verdict: .notApplicable, given: "the customer hung up before the close",
            transcript: [hungUp] + call("fa", [customer("باشه، خداحافظ.")])),
    ]

    static let anythingElse: [RuleCase] = [
        RuleCase(
            rule: "anything-else", language: "en", verdict: .pass, turn: 7, evidence: "Is there anything else I can help you with today",
            given: "the agent asks whether there is anything else",
            transcript: call("en", [agent("Is there anything else I can help you with today?"), customer("No, that's all."), agent("Thank you for calling, goodbye."), agent("/end")])),
        RuleCase(
            rule: "anything-else", language: "en", verdict: .fail, turn: 8,
            advice: "Before you close, ask whether there is anything else you can help with. For example: “Is there anything else I can help you with today?”",
            given: "the agent closes without asking",
            transcript: call("en", [customer("Thanks."), agent("Thank you for calling, goodbye."), agent("/end")])),
        RuleCase(
            rule: "anything-else", language: "en", verdict: .notApplicable, given: "the customer hung up before the close",
            transcript: [hungUp] + call("en", [customer("Fine, bye.")])),

        RuleCase(
            rule: "anything-else", language: "ar", verdict: .pass, turn: 7, evidence: "أي خدمة تانية",
            given: "the agent asks whether there is anything else (Egyptian form)",
            transcript: call("ar", [agent("أي خدمة تانية؟"), customer("لا، شكراً."), agent("شكراً لاتصالك، مع السلامة."), agent("/end")])),
        RuleCase(
            rule: "anything-else", language: "ar", verdict: .pass, turn: 7, evidence: "هل هناك أي شيء آخر يمكنني مساعدتك به",
            given: "the agent asks whether there is anything else",
            transcript: call("ar", [agent("هل هناك أي شيء آخر يمكنني مساعدتك به؟"), customer("لا، شكراً."), agent("شكراً لاتصالك، مع السلامة."), agent("/end")])),
        RuleCase(
            rule: "anything-else", language: "ar", verdict: .fail, turn: 8,
            given: "the agent closes without asking",
            transcript: call("ar", [customer("شكراً."), agent("شكراً لاتصالك، مع السلامة."), agent("/end")])),
        RuleCase(
            rule: "anything-else", language: "ar", verdict: .notApplicable, given: "the customer hung up before the close",
            transcript: [hungUp] + call("ar", [customer("طيب، مع السلامة.")])),

        RuleCase(
            rule: "anything-else", language: "fa", verdict: .pass, turn: 7, evidence: "امر دیگه‌ای هست که بتونم کمکتون کنم",
            given: "the agent asks whether there is anything else",
            transcript: call("fa", [agent("امر دیگه‌ای هست که بتونم کمکتون کنم؟"), customer("نه، ممنون."), agent("ممنون از تماستون، روز خوبی داشته باشید."), agent("/end")])),
        RuleCase(
            rule: "anything-else", language: "fa", verdict: .fail, turn: 8,
            given: "the agent closes without asking",
            transcript: call("fa", [customer("ممنون."), agent("ممنون از تماستون، روز خوبی داشته باشید."), agent("/end")])),
        RuleCase(
            rule: "anything-else", language: "fa", verdict: .notApplicable, given: "the customer hung up before the close",
            transcript: [hungUp] + call("fa", [customer("باشه، خداحافظ.")])),
    ]

    static let farewell: [RuleCase] = [
        RuleCase(
            rule: "farewell", language: "en", verdict: .pass, turn: 9, evidence: "Thank you for calling, have a great day",
            given: "thanks and a goodbye before /end",
            transcript: call("en", [agent("Is there anything else I can help you with today?"), customer("No, that's all."), agent("Thank you for calling, have a great day."), agent("/end")])),
        RuleCase(
            rule: "farewell", language: "en", verdict: .pass, turn: 9, evidence: "have a wonderful rest of your day",
            given: "a goodbye wish for the rest of the day",
            transcript: call("en", [agent("Is there anything else I can help you with today?"), customer("No, that's all."), agent("Thanks for your patience and have a wonderful rest of your day!"), agent("/end")])),
        RuleCase(
            rule: "farewell", language: "en", verdict: .fail, turn: 9,
            given: "the call ends without a goodbye",
            transcript: call("en", [agent("Is there anything else I can help you with today?"), customer("No."), agent("OK, I'll close the request then."), agent("/end")])),
        RuleCase(
            rule: "farewell", language: "en", verdict: .notApplicable, given: "the customer hung up before the close",
            transcript: [hungUp] + call("en", [customer("Fine, bye.")])),

        RuleCase(
            rule: "farewell", language: "ar", verdict: .pass, turn: 9, evidence: "شكراً لاتصالك، مع السلامة",
            given: "thanks and a goodbye before /end",
            transcript: call("ar", [agent("هل هناك أي شيء آخر يمكنني مساعدتك به؟"), customer("لا، شكراً."), agent("شكراً لاتصالك، مع السلامة."), agent("/end")])),
        RuleCase(
            rule: "farewell", language: "ar", verdict: .fail, turn: 9,
            given: "the call ends without a goodbye",
            transcript: call("ar", [agent("هل هناك أي شيء آخر يمكنني مساعدتك به؟"), customer("لا."), agent("طيب، سأغلق الطلب إذن."), agent("/end")])),
        RuleCase(
            rule: "farewell", language: "ar", verdict: .notApplicable, given: "the customer hung up before the close",
            transcript: [hungUp] + call("ar", [customer("طيب، مع السلامة.")])),

        RuleCase(
            rule: "farewell", language: "fa", verdict: .pass, turn: 9, evidence: "ممنون از تماستون، روز خوبی داشته باشید",
            given: "thanks and a goodbye before /end",
            transcript: call("fa", [agent("امر دیگه‌ای هست که بتونم کمکتون کنم؟"), customer("نه، ممنون."), agent("ممنون از تماستون، روز خوبی داشته باشید."), agent("/end")])),
        RuleCase(
            rule: "farewell", language: "fa", verdict: .fail, turn: 9,
            given: "the call ends without a goodbye",
            transcript: call("fa", [agent("امر دیگه‌ای هست که بتونم کمکتون کنم؟"), customer("نه."), agent("باشه، پس درخواست رو می‌بندم."), agent("/end")])),
        RuleCase(
            rule: "farewell", language: "fa", verdict: .notApplicable, given: "the customer hung up before the close",
            transcript: [hungUp] + call("fa", [customer("باشه، خداحافظ.")])),
    ]

    static let wrapUpNotes: [RuleCase] = [
        RuleCase(
            rule: "wrap-up-notes", language: "en", verdict: .pass, turn: 9,
            evidence: "Customer charged twice for the internet bill; refunded 49.99, 3 to 5 …",
            given: "notes with the issue and the outcome",
            transcript: call("en", [agent("Thank you for calling, goodbye."), agent("/end"), agent("/notes Customer charged twice for the internet bill; refunded 49.99, 3 to 5 working days.")])),
        RuleCase(
            rule: "wrap-up-notes", language: "en", verdict: .fail, turn: 9, evidence: "done",
            advice: "Your notes are too short to be useful. Write wrap-up notes with /notes: the customer's issue and what you did, e.g. “Charged twice in November; refunded 49.99, 3–5 days.”",
            given: "a one-word note",
            transcript: call("en", [agent("Thank you for calling, goodbye."), agent("/end"), agent("/notes done")])),
        RuleCase(
            rule: "wrap-up-notes", language: "en", verdict: .fail, given: "no notes",
            transcript: call("en", [agent("Thank you for calling, goodbye."), agent("/end")])),
        disabled("wrap-up-notes", "en", call("en", [agent("Thank you for calling, goodbye."), agent("/end")])),

        RuleCase(
            rule: "wrap-up-notes", language: "ar", verdict: .pass, turn: 9,
            given: "notes with the issue and the outcome",
            transcript: call("ar", [agent("شكراً لاتصالك، مع السلامة."), agent("/end"), agent("/notes انخصم من العميل مبلغ فاتورة الإنترنت مرتين؛ تم استرداد المبلغ خلال ٣ إلى ٥ أيام عمل.")])),
        RuleCase(
            rule: "wrap-up-notes", language: "ar", verdict: .fail, turn: 9,
            advice: "Your notes don't describe this call. Write wrap-up notes with /notes: the customer's issue and what you did, e.g. “Charged twice in November; refunded 49.99, 3–5 days.”",
            given: "notes about something else",
            transcript: call("ar", [agent("شكراً لاتصالك، مع السلامة."), agent("/end"), agent("/notes العميل سأل عن مواعيد عمل الفرع يوم الجمعة.")])),
        disabled("wrap-up-notes", "ar", call("ar", [agent("شكراً لاتصالك، مع السلامة."), agent("/end")])),

        RuleCase(
            rule: "wrap-up-notes", language: "fa", verdict: .pass, turn: 9,
            given: "notes with the issue and the outcome",
            transcript: call("fa", [agent("ممنون از تماستون، خداحافظ."), agent("/end"), agent("/notes مبلغ قبض اینترنت مشتری دو بار کسر شده بود؛ مبلغ اضافه ظرف ۳ تا ۵ روز کاری برمی‌گردد.")])),
        RuleCase(
            rule: "wrap-up-notes", language: "fa", verdict: .fail,
            given: "no notes",
            transcript: call("fa", [agent("ممنون از تماستون، خداحافظ."), agent("/end")])),
        disabled("wrap-up-notes", "fa", call("fa", [agent("ممنون از تماستون، خداحافظ."), agent("/end")])),
    ]
}
