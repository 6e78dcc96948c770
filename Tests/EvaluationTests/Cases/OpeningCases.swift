import CallSimCore

/// `greeting`, `agent-name`, `company-name` and `good-time-check` in en, ar and fa.
extension RuleCases {
    static let greeting: [RuleCase] = [
        RuleCase(
            rule: "greeting", language: "en", verdict: .pass, turn: 1, evidence: "Good morning, thank you for calling Nile Telecom",
            given: "the first line says good morning",
            transcript: [agent("Good morning, thank you for calling Nile Telecom, my name is Sam."), customer("Hi, I've been charged twice.")]),
        RuleCase(
            rule: "greeting", language: "en", verdict: .fail, turn: 1, evidence: "Can I have your account number, please?",
            advice: "Open every call with a greeting before anything else. For example: “Good morning, thank you for calling Nile Telecom”",
            given: "the first line asks for the account; a later line says hello",
            transcript: [agent("Can I have your account number, please?"), customer("It's 40021987."), agent("Hello, thanks.")]),
        RuleCase(
            rule: "greeting", language: "en", verdict: .fail, turn: 1, evidence: "How can I help you today?",
            given: "the first line only offers help (a phrase of weight 0.5)",
            transcript: [agent("How can I help you today?")]),
        disabled("greeting", "en", [agent("Can I have your account number, please?")]),

        RuleCase(
            rule: "greeting", language: "ar", verdict: .pass, turn: 1, evidence: "مساء الخير",
            given: "the first line says good evening",
            transcript: [agent("مساء الخير، شكراً لاتصالك بنايل تيليكوم، معك سارة."), customer("مرحبا، انسحب مني المبلغ مرتين.")]),
        RuleCase(
            rule: "greeting", language: "ar", verdict: .fail, turn: 1, evidence: "ممكن رقم حسابك من فضلك؟",
            advice: "Open every call with a greeting before anything else. For example: “أهلاً وسهلاً، شكراً لاتصالك بـ نايل تيليكوم”",
            given: "the first line asks for the account; a later line says hello",
            transcript: [agent("ممكن رقم حسابك من فضلك؟"), customer("٤٠٠٢١٩٨٧"), agent("أهلاً، شكراً.")]),
        RuleCase(
            rule: "greeting", language: "ar", verdict: .fail, turn: 1, evidence: "كيف أقدر أساعدك؟",
            given: "the first line only offers help (a phrase of weight 0.5)",
            transcript: [agent("كيف أقدر أساعدك؟")]),
        disabled("greeting", "ar", [agent("ممكن رقم حسابك من فضلك؟")]),

        RuleCase(
            rule: "greeting", language: "fa", verdict: .pass, turn: 1, evidence: "سلام، وقت بخیر",
            given: "the first line says hello, good day",
            transcript: [agent("سلام، وقت بخیر. از تماس شما با نیل تلکام سپاسگزاریم، مریم هستم."), customer("سلام، دو بار از حسابم پول کم شده.")]),
        RuleCase(
            rule: "greeting", language: "fa", verdict: .fail, turn: 1, evidence: "لطفاً شماره اشتراکتون رو بفرمایید.",
            advice: "Open every call with a greeting before anything else. For example: “سلام، وقت بخیر”",
            given: "the first line asks for the subscription number; a later line says hello",
            transcript: [agent("لطفاً شماره اشتراکتون رو بفرمایید."), customer("۴۰۰۲۱۹۸۷"), agent("سلام، ممنون.")]),
        RuleCase(
            rule: "greeting", language: "fa", verdict: .fail, turn: 1, evidence: "چطور می‌تونم کمکتون کنم؟",
            given: "the first line only offers help (a phrase of weight 0.5)",
            transcript: [agent("چطور می‌تونم کمکتون کنم؟")]),
        disabled("greeting", "fa", [agent("لطفاً شماره اشتراکتون رو بفرمایید.")]),
    ]

    static let agentName: [RuleCase] = [
        RuleCase(
            rule: "agent-name", language: "en", verdict: .pass, turn: 1, evidence: "my name is Sam",
            given: "the agent gives their name in the first line",
            transcript: [agent("Good morning, Nile Telecom, my name is Sam.")]),
        RuleCase(
            rule: "agent-name", language: "en", verdict: .pass, turn: 3, evidence: "this is Sam speaking",
            given: "the agent gives their name in the second line",
            transcript: [agent("Hello."), customer("I've been charged twice."), agent("Sorry to hear that, this is Sam speaking.")]),
        RuleCase(
            rule: "agent-name", language: "en", verdict: .fail, turn: 1, evidence: "Hello.",
            advice: "Introduce yourself by name in your first line. For example: “My name is Sam”",
            given: "the agent gives their name only in the third line",
            transcript: [agent("Hello."), customer("I've been charged twice."), agent("I see."), agent("My name is Sam.")]),
        disabled("agent-name", "en", [agent("Hello.")]),

        RuleCase(
            rule: "agent-name", language: "ar", verdict: .pass, turn: 1, evidence: "معك سارة من خدمة العملاء",
            given: "the agent gives their name in the first line",
            transcript: [agent("أهلاً وسهلاً، معك سارة من خدمة العملاء.")]),
        RuleCase(
            rule: "agent-name", language: "ar", verdict: .pass, turn: 3, evidence: "اسمي سارة",
            given: "the agent gives their name in the second line",
            transcript: [agent("مرحبا."), customer("عندي مشكلة في الفاتورة."), agent("أنا آسفة لسماع ذلك، اسمي سارة وسأساعدك.")]),
        RuleCase(
            rule: "agent-name", language: "ar", verdict: .fail, turn: 1, evidence: "مرحبا.",
            advice: "Introduce yourself by name in your first line. For example: “معك سارة من خدمة العملاء”",
            given: "the agent gives their name only in the third line",
            transcript: [agent("مرحبا."), customer("عندي مشكلة في الفاتورة."), agent("تفضل."), agent("اسمي سارة.")]),
        disabled("agent-name", "ar", [agent("مرحبا.")]),

        RuleCase(
            rule: "agent-name", language: "fa", verdict: .pass, turn: 1, evidence: "مریم هستم از نیل تلکام",
            given: "the agent gives their name in the first line",
            transcript: [agent("سلام، مریم هستم از نیل تلکام.")]),
        RuleCase(
            rule: "agent-name", language: "fa", verdict: .pass, turn: 3, evidence: "مریم هستم",
            given: "the agent gives their name in the second line",
            transcript: [agent("سلام."), customer("با قبضم مشکل دارم."), agent("متأسفم، مریم هستم و در خدمتتون هستم.")]),
        RuleCase(
            rule: "agent-name", language: "fa", verdict: .fail, turn: 1, evidence: "سلام.",
            advice: "Introduce yourself by name in your first line. For example: “مریم هستم از نیل تلکام”",
            given: "the agent gives their name only in the third line",
            transcript: [agent("سلام."), customer("با قبضم مشکل دارم."), agent("بفرمایید."), agent("مریم هستم.")]),
        disabled("agent-name", "fa", [agent("سلام.")]),
    ]

    static let companyName: [RuleCase] = [
        RuleCase(
            rule: "company-name", language: "en", verdict: .pass, turn: 1, evidence: "Thank you for calling Nile Telecom",
            given: "the first line thanks the customer for calling the company",
            transcript: [agent("Thank you for calling Nile Telecom, how can I help?")]),
        RuleCase(
            rule: "company-name", language: "en", verdict: .pass, turn: 1, evidence: "AcmeBrands",
            given: "the company AcmeCorp is named by its brand, AcmeBrands",
            transcript: ["@company: AcmeCorp", agent("AcmeBrands, good morning, how can I help?")]),
        RuleCase(
            rule: "company-name", language: "en", verdict: .fail, turn: 1, evidence: "Hello, my name is Sam.",
            advice: "Name the company in your opening line. For example: “Thank you for calling Nile Telecom”",
            given: "the opening never names the company",
            transcript: [agent("Hello, my name is Sam."), customer("Hi."), agent("How can I help?")]),
        RuleCase(
            rule: "company-name", language: "en", verdict: .notApplicable, given: "no company is known",
            transcript: ["-@company", agent("Hello, my name is Sam.")]),

        RuleCase(
            rule: "company-name", language: "ar", verdict: .pass, turn: 1, evidence: "بنايل تيليكوم",
            given: "the company's name is written with the preposition ب joined to it",
            transcript: [agent("شكراً لاتصالك بنايل تيليكوم، معك سارة.")]),
        RuleCase(
            rule: "company-name", language: "ar", verdict: .pass, turn: 1, evidence: "أهلاً بك في نايل تيليكوم",
            given: "the first line welcomes the customer to the company",
            transcript: [agent("أهلاً بك في نايل تيليكوم، كيف أقدر أساعدك؟")]),
        RuleCase(
            rule: "company-name", language: "ar", verdict: .fail, turn: 1, evidence: "مرحبا، معك سارة.",
            advice: "Name the company in your opening line. For example: “شكراً لاتصالك بـ نايل تيليكوم”",
            given: "the opening never names the company",
            transcript: [agent("مرحبا، معك سارة."), customer("أهلين."), agent("كيف أقدر أساعدك؟")]),
        RuleCase(
            rule: "company-name", language: "ar", verdict: .notApplicable, given: "no company is known",
            transcript: ["-@company", agent("مرحبا، معك سارة.")]),

        RuleCase(
            rule: "company-name", language: "fa", verdict: .pass, turn: 1, evidence: "با نیل تلکام تماس گرفتید",
            given: "the first line says the customer has called the company",
            transcript: [agent("سلام، با نیل تلکام تماس گرفتید، مریم هستم.")]),
        RuleCase(
            rule: "company-name", language: "fa", verdict: .fail, turn: 1, evidence: "سلام، مریم هستم.",
            advice: "Name the company in your opening line. For example: “با نیل تلکام تماس گرفتید”",
            given: "the opening never names the company",
            transcript: [agent("سلام، مریم هستم."), customer("سلام."), agent("بفرمایید، در خدمتم.")]),
        RuleCase(
            rule: "company-name", language: "fa", verdict: .notApplicable, given: "no company is known",
            transcript: ["-@company", agent("سلام، مریم هستم.")]),
    ]

    static let goodTimeCheck: [RuleCase] = [
        RuleCase(
            rule: "good-time-check", language: "en", verdict: .pass, turn: 1, evidence: "Is this a good time",
            given: "an outbound call that asks whether it is a good time",
            transcript: ["@direction: outbound", agent("Good afternoon, this is Sam from Nile Telecom. Is this a good time to talk?")]),
        RuleCase(
            rule: "good-time-check", language: "en", verdict: .fail, turn: 1, evidence: "Hello, this is Sam from Nile Telecom.",
            given: "an outbound call that goes straight to the pitch",
            transcript: [
                "@direction: outbound", agent("Hello, this is Sam from Nile Telecom."), customer("Yes?"),
                agent("I'm calling about our new fibre offer, it's twenty percent cheaper."), agent("Shall I switch you today?"),
            ]),
        RuleCase(
            rule: "good-time-check", language: "en", verdict: .notApplicable, given: "an inbound call",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking.")]),

        RuleCase(
            rule: "good-time-check", language: "ar", verdict: .pass, turn: 1, evidence: "هل هذا وقت مناسب",
            given: "an outbound call that asks whether it is a good time",
            transcript: ["@direction: outbound", agent("مساء الخير، معك سارة من نايل تيليكوم. هل هذا وقت مناسب للحديث؟")]),
        RuleCase(
            rule: "good-time-check", language: "ar", verdict: .fail, turn: 1, evidence: "مرحبا، معك سارة من نايل تيليكوم.",
            given: "an outbound call that goes straight to the pitch",
            transcript: [
                "@direction: outbound", agent("مرحبا، معك سارة من نايل تيليكوم."), customer("نعم؟"),
                agent("أتصل بك بخصوص عرض الإنترنت الجديد، وهو أرخص بعشرين بالمئة."), agent("هل تحب أن أفعّله لك اليوم؟"),
            ]),
        RuleCase(
            rule: "good-time-check", language: "ar", verdict: .notApplicable, given: "an inbound call",
            transcript: [agent("صباح الخير، معك سارة من نايل تيليكوم.")]),

        RuleCase(
            rule: "good-time-check", language: "fa", verdict: .pass, turn: 1, evidence: "الان وقت مناسبی برای صحبت",
            given: "an outbound call that asks whether it is a good time",
            transcript: ["@direction: outbound", agent("سلام، مریم هستم از نیل تلکام. الان وقت مناسبی برای صحبت دارید؟")]),
        RuleCase(
            rule: "good-time-check", language: "fa", verdict: .fail, turn: 1, evidence: "سلام، مریم هستم از نیل تلکام.",
            given: "an outbound call that goes straight to the pitch",
            transcript: [
                "@direction: outbound", agent("سلام، مریم هستم از نیل تلکام."), customer("بله؟"),
                agent("برای معرفی طرح جدید اینترنت تماس گرفتم که بیست درصد ارزان‌تره."), agent("مایلید همین امروز فعالش کنیم؟"),
            ]),
        RuleCase(
            rule: "good-time-check", language: "fa", verdict: .notApplicable, given: "an inbound call",
            transcript: [agent("سلام، وقت بخیر، مریم هستم از نیل تلکام.")]),
    ]
}
