import CallSimCore

/// `steer-chatty-caller`, `hold-etiquette`, `transfer-etiquette`, `dead-air` and
/// `concise-turns` in en, ar and fa.
extension RuleCases {
    static let steerChattyCaller: [RuleCase] = [
        RuleCase(
            rule: "steer-chatty-caller", language: "en", verdict: .pass, turn: 3, evidence: "Coming back to your bill, can I just check one thing",
            given: "the customer drifts and the agent redirects politely",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("By the way, my grandson just started university."), agent("That's lovely! Coming back to your bill, can I just check one thing?")]),
        RuleCase(
            rule: "steer-chatty-caller", language: "en", verdict: .fail, turn: 2, evidence: "By the way, my grandson just started university.",
            given: "the customer drifts and the agent follows the drift",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("By the way, my grandson just started university."), agent("Oh really? What is he studying?"), agent("How lovely.")]),
        RuleCase(
            rule: "steer-chatty-caller", language: "en", verdict: .notApplicable, given: "the customer stays on topic",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("I have a question about my bill."), agent("Of course.")]),

        RuleCase(
            rule: "steer-chatty-caller", language: "ar", verdict: .pass, turn: 3, evidence: "بالعودة إلى فاتورتك، هل يمكنني التأكد من شيء واحد",
            given: "the customer drifts and the agent redirects politely",
            transcript: [agent("مساء الخير، معك سارة."), customer("على فكرة، حفيدي دخل الجامعة هذه السنة."), agent("ما شاء الله! بالعودة إلى فاتورتك، هل يمكنني التأكد من شيء واحد؟")]),
        RuleCase(
            rule: "steer-chatty-caller", language: "ar", verdict: .fail, turn: 2, evidence: "على فكرة، حفيدي دخل الجامعة هذه السنة.",
            given: "the customer drifts and the agent follows the drift",
            transcript: [agent("مساء الخير، معك سارة."), customer("على فكرة، حفيدي دخل الجامعة هذه السنة."), agent("صحيح؟ وماذا يدرس؟"), agent("جميل جداً.")]),
        RuleCase(
            rule: "steer-chatty-caller", language: "ar", verdict: .notApplicable, given: "the customer stays on topic",
            transcript: [agent("مساء الخير، معك سارة."), customer("عندي سؤال عن الفاتورة."), agent("أكيد، تفضل.")]),

        RuleCase(
            rule: "steer-chatty-caller", language: "fa", verdict: .pass, turn: 3, evidence: "برگردیم سر موضوع قبضتون، اجازه بدید یک مورد را بررسی کنم",
            given: "the customer drifts and the agent redirects politely",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("راستی، نوه‌ام تازه دانشگاه قبول شده."), agent("چه عالی! برگردیم سر موضوع قبضتون، اجازه بدید یک مورد را بررسی کنم.")]),
        RuleCase(
            rule: "steer-chatty-caller", language: "fa", verdict: .fail, turn: 2, evidence: "راستی، نوه‌ام تازه دانشگاه قبول شده.",
            given: "the customer drifts and the agent follows the drift",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("راستی، نوه‌ام تازه دانشگاه قبول شده."), agent("واقعاً؟ چه رشته‌ای می‌خونه؟"), agent("چه خوب.")]),
        RuleCase(
            rule: "steer-chatty-caller", language: "fa", verdict: .notApplicable, given: "the customer stays on topic",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("یک سؤال درباره قبضم داشتم."), agent("حتماً، بفرمایید.")]),
    ]

    static let holdEtiquette: [RuleCase] = [
        RuleCase(
            rule: "hold-etiquette", language: "en", verdict: .pass, turn: 5, evidence: "May I place you on hold",
            given: "permission and a reason before the hold, thanks after it",
            transcript: [
                agent("Good morning, Nile Telecom, Sam speaking."), customer("I was charged twice."),
                agent("May I place you on hold for a moment while I check your payments?"), customer("Sure."),
                agent("/hold 30"), agent("Thank you for holding."),
            ]),
        RuleCase(
            rule: "hold-etiquette", language: "en", verdict: .fail, turn: 3, evidence: "/hold 30",
            advice: "You put the customer on hold without asking first. Ask before you put the customer on hold, say why, and thank them when you come back.",
            given: "a hold without asking",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("I was charged twice."), agent("/hold 30"), agent("Thanks for waiting.")]),
        RuleCase(
            rule: "hold-etiquette", language: "en", verdict: .fail, turn: 5, evidence: "/hold 90",
            advice: "The hold lasted 90 s; keep holds under 60 s, or come back and update the customer.",
            given: "a hold longer than the scenario's hold limit of 60 s",
            transcript: [
                agent("Good morning, Nile Telecom, Sam speaking."), customer("I was charged twice."),
                agent("May I place you on hold for a moment while I check your payments?"), customer("Sure."),
                agent("/hold 90"), agent("Thank you for holding."),
            ],
            scenario: TestScenarios.billing("en") { $0.policy.holdLimit = 60 }),
        RuleCase(
            rule: "hold-etiquette", language: "en", verdict: .notApplicable, given: "no hold",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("I was charged twice."), agent("I'm sorry, let me check.")]),

        RuleCase(
            rule: "hold-etiquette", language: "ar", verdict: .pass, turn: 5, evidence: "هل تسمح لي أن أضعك على الانتظار",
            given: "permission and a reason before the hold, thanks after it",
            transcript: [
                agent("مساء الخير، معك سارة."), customer("انسحب مني المبلغ مرتين."),
                agent("هل تسمح لي أن أضعك على الانتظار لحظة حتى أتحقق من المدفوعات؟"), customer("تفضلي."),
                agent("/hold 30"), agent("شكراً على الانتظار."),
            ]),
        RuleCase(
            rule: "hold-etiquette", language: "ar", verdict: .fail, turn: 3, evidence: "/hold 30",
            given: "a hold without asking",
            transcript: [agent("مساء الخير، معك سارة."), customer("انسحب مني المبلغ مرتين."), agent("/hold 30"), agent("شكراً على الانتظار.")]),
        RuleCase(
            rule: "hold-etiquette", language: "ar", verdict: .notApplicable, given: "no hold",
            transcript: [agent("مساء الخير، معك سارة."), customer("انسحب مني المبلغ مرتين."), agent("آسفة، خليني أتحقق.")]),

        RuleCase(
            rule: "hold-etiquette", language: "fa", verdict: .pass, turn: 5, evidence: "اجازه می‌دید چند لحظه پشت خط باشید",
            given: "permission and a reason before the hold, thanks after it",
            transcript: [
                agent("سلام، وقت بخیر، مریم هستم."), customer("دو بار از حسابم پول کم شده."),
                agent("اجازه می‌دید چند لحظه پشت خط باشید تا پرداخت‌ها رو بررسی کنم؟"), customer("بله، بفرمایید."),
                agent("/hold 30"), agent("ممنون از صبر و شکیبایی شما."),
            ]),
        RuleCase(
            rule: "hold-etiquette", language: "fa", verdict: .fail, turn: 3, evidence: "/hold 30",
            given: "a hold without asking",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("دو بار از حسابم پول کم شده."), agent("/hold 30"), agent("ممنون از صبرتون.")]),
        RuleCase(
            rule: "hold-etiquette", language: "fa", verdict: .notApplicable, given: "no hold",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("دو بار از حسابم پول کم شده."), agent("متأسفم، الان بررسی می‌کنم.")]),
    ]

    static let transferEtiquette: [RuleCase] = [
        RuleCase(
            rule: "transfer-etiquette", language: "en", verdict: .pass, turn: 3, evidence: "I'm going to transfer you to",
            given: "the agent says to whom and why before the transfer",
            transcript: [
                agent("Good morning, Nile Telecom, Sam speaking."), customer("My invoice has the wrong address on it."),
                agent("I'm going to transfer you to our billing specialists because they can correct the invoice."), agent("/transfer billing-specialists"),
            ]),
        RuleCase(
            rule: "transfer-etiquette", language: "en", verdict: .fail, turn: 3, evidence: "/transfer billing-specialists",
            advice: "You transferred without telling the customer why and to whom. Before you transfer, tell the customer who you are transferring them to and why.",
            given: "a transfer without a word",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("My invoice has the wrong address on it."), agent("/transfer billing-specialists")]),
        RuleCase(
            rule: "transfer-etiquette", language: "en", verdict: .notApplicable, given: "no transfer or escalation",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("My invoice has the wrong address on it."), agent("I can correct that for you now.")]),

        RuleCase(
            rule: "transfer-etiquette", language: "ar", verdict: .pass, turn: 3, evidence: "سأرفع طلبك إلى مشرفي",
            given: "the agent says to whom and why before escalating",
            transcript: [
                agent("مساء الخير، معك سارة."), customer("أريد تعويضاً عن انقطاع الخدمة أسبوعاً كاملاً."),
                agent("سأرفع طلبك إلى مشرفي لأنه يستطيع الموافقة على التعويض."), agent("/escalate"),
            ]),
        RuleCase(
            rule: "transfer-etiquette", language: "ar", verdict: .fail, turn: 3, evidence: "/transfer billing-specialists",
            given: "a transfer without a word",
            transcript: [agent("مساء الخير، معك سارة."), customer("العنوان في الفاتورة غلط."), agent("/transfer billing-specialists")]),
        RuleCase(
            rule: "transfer-etiquette", language: "ar", verdict: .notApplicable, given: "no transfer or escalation",
            transcript: [agent("مساء الخير، معك سارة."), customer("العنوان في الفاتورة غلط."), agent("أكيد، سأصححه لك الآن.")]),

        RuleCase(
            rule: "transfer-etiquette", language: "fa", verdict: .pass, turn: 3, evidence: "به واحد مالی وصل",
            given: "the agent says to whom and why before the transfer",
            transcript: [
                agent("سلام، وقت بخیر، مریم هستم."), customer("آدرس روی قبضم اشتباه است."),
                agent("تماس شما را به واحد مالی وصل می‌کنم، چون همکارانم آنجا می‌توانند صورتحساب را اصلاح کنند."), agent("/transfer billing-specialists"),
            ]),
        RuleCase(
            rule: "transfer-etiquette", language: "fa", verdict: .fail, turn: 3, evidence: "/transfer billing-specialists",
            given: "a transfer without a word",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("آدرس روی قبضم اشتباه است."), agent("/transfer billing-specialists")]),
        RuleCase(
            rule: "transfer-etiquette", language: "fa", verdict: .notApplicable, given: "no transfer or escalation",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("آدرس روی قبضم اشتباه است."), agent("حتماً، الان اصلاحش می‌کنم.")]),
    ]

    static let deadAir: [RuleCase] = [
        RuleCase(
            rule: "dead-air", language: "en", verdict: .pass, given: "timed lines with short gaps",
            transcript: ["[00:00] agent: Good morning, Nile Telecom, Sam speaking.", "[00:04] customer: I was charged twice.", "[00:08] agent: I'm sorry about that, let me look."]),
        RuleCase(
            rule: "dead-air", language: "en", verdict: .pass, given: "a long silence the agent announced",
            transcript: ["[00:00] agent: Good morning, Nile Telecom, Sam speaking.", "[00:04] customer: I was charged twice.", "[00:08] agent: Bear with me while I check your payments.", "[00:45] agent: Thanks for waiting, I can see the problem."]),
        RuleCase(
            rule: "dead-air", language: "en", verdict: .fail, turn: 3, evidence: "Right, I see.",
            given: "over half a minute of unexplained silence",
            transcript: ["[00:00] agent: Good morning, Nile Telecom, Sam speaking.", "[00:04] customer: I was charged twice.", "[00:45] agent: Right, I see."]),
        RuleCase(
            rule: "dead-air", language: "en", verdict: .notApplicable, given: "no timestamps",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("I was charged twice."), agent("Right, I see.")]),

        RuleCase(
            rule: "dead-air", language: "ar", verdict: .pass, given: "a long silence the agent announced",
            transcript: ["[00:00] agent: مساء الخير، معك سارة.", "[00:04] customer: انسحب مني المبلغ مرتين.", "[00:08] agent: لحظة من فضلك حتى أتحقق من المدفوعات.", "[00:45] agent: شكراً على الانتظار، وجدت المشكلة."]),
        RuleCase(
            rule: "dead-air", language: "ar", verdict: .fail, turn: 3, evidence: "طيب، فهمت.",
            given: "over half a minute of unexplained silence",
            transcript: ["[00:00] agent: مساء الخير، معك سارة.", "[00:04] customer: انسحب مني المبلغ مرتين.", "[00:45] agent: طيب، فهمت."]),
        RuleCase(
            rule: "dead-air", language: "ar", verdict: .notApplicable, given: "no timestamps",
            transcript: [agent("مساء الخير، معك سارة."), customer("انسحب مني المبلغ مرتين."), agent("طيب، فهمت.")]),

        RuleCase(
            rule: "dead-air", language: "fa", verdict: .pass, given: "a long silence the agent announced",
            transcript: ["[00:00] agent: سلام، وقت بخیر، مریم هستم.", "[00:04] customer: دو بار از حسابم پول کم شده.", "[00:08] agent: چند لحظه اجازه بدید تا بررسی کنم.", "[00:45] agent: ممنون از صبرتون، مشکل رو پیدا کردم."]),
        RuleCase(
            rule: "dead-air", language: "fa", verdict: .fail, turn: 3, evidence: "بله، متوجه شدم.",
            given: "over half a minute of unexplained silence",
            transcript: ["[00:00] agent: سلام، وقت بخیر، مریم هستم.", "[00:04] customer: دو بار از حسابم پول کم شده.", "[00:45] agent: بله، متوجه شدم."]),
        RuleCase(
            rule: "dead-air", language: "fa", verdict: .notApplicable, given: "no timestamps",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("دو بار از حسابم پول کم شده."), agent("بله، متوجه شدم.")]),
    ]

    static let longEnglishLine = "I completely understand, and let me explain in detail what happened on your account this month: at the start of the month our payment system had a technical fault during an update, and it took the bill twice from a large number of customers, not only from you, and our technical team is fixing it now, and the duplicate amount will be back on your card within three to five working days."
    static let longArabicLine = "أفهم تماماً ما تقوله، ودعني أشرح لك بالتفصيل ما حدث في حسابك هذا الشهر، فقد قام النظام بخصم قيمة الفاتورة مرتين بسبب خلل تقني حدث أثناء تحديث أنظمة الدفع لدينا في بداية الشهر، وقد أثر هذا الخلل على عدد كبير من العملاء وليس عليك وحدك، وفريقنا الفني يعمل الآن على إصلاحه، وسنقوم بإعادة المبلغ المخصوم مرة ثانية إلى بطاقتك خلال ثلاثة إلى خمسة أيام عمل، وستصلك رسالة نصية عند اكتمال العملية، ويمكنك أيضاً متابعة الطلب من خلال التطبيق في أي وقت تريده."
    static let longPersianLine = "کاملاً متوجه هستم و اجازه بدید با جزئیات توضیح بدم که این ماه در حساب شما چه اتفاقی افتاده، در ابتدای ماه هنگام به‌روزرسانی سامانه پرداخت یک خطای فنی رخ داد و مبلغ قبض برای تعداد زیادی از مشترکان دو بار کسر شد، همکاران فنی ما در حال رفع این مشکل هستند و مبلغ اضافه ظرف سه تا پنج روز کاری به کارت شما برمی‌گردد و پس از انجام این کار یک پیامک تأیید هم برایتان ارسال خواهد شد که می‌توانید آن را در هر زمان در برنامه هم پیگیری کنید."

    static let conciseTurns: [RuleCase] = [
        RuleCase(
            rule: "concise-turns", language: "en", verdict: .pass, given: "short lines",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("I was charged twice."), agent("I'm sorry, let me check.")]),
        RuleCase(
            rule: "concise-turns", language: "en", verdict: .fail, turn: 3,
            evidence: "I completely understand, and let me explain in detail what happened on …",
            advice: "This line has 72 words (limit 60). Keep each line short: one idea at a time, then let the customer answer.",
            given: "a 72-word line",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("I was charged twice."), agent(longEnglishLine)]),
        RuleCase(
            rule: "concise-turns", language: "en", verdict: .fail, turn: 3, evidence: "I'm sorry, let me check what happened.",
            given: "a 7-word line against the scenario's word limit of 5",
            transcript: [agent("Good morning."), customer("I was charged twice."), agent("I'm sorry, let me check what happened.")],
            scenario: TestScenarios.billing("en") { $0.scorecard.wordLimit = 5 }),
        disabled("concise-turns", "en", [agent(longEnglishLine)]),

        RuleCase(
            rule: "concise-turns", language: "ar", verdict: .pass, given: "short lines",
            transcript: [agent("مساء الخير، معك سارة."), customer("انسحب مني المبلغ مرتين."), agent("آسفة، خليني أتحقق.")]),
        RuleCase(
            rule: "concise-turns", language: "ar", verdict: .fail, turn: 3,
            advice: "This line has 82 words (limit 60). Keep each line short: one idea at a time, then let the customer answer.",
            given: "an 82-word line",
            transcript: [agent("مساء الخير، معك سارة."), customer("انسحب مني المبلغ مرتين."), agent(longArabicLine)]),
        disabled("concise-turns", "ar", [agent(longArabicLine)]),

        RuleCase(
            rule: "concise-turns", language: "fa", verdict: .pass, given: "short lines",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("دو بار از حسابم پول کم شده."), agent("متأسفم، الان بررسی می‌کنم.")]),
        RuleCase(
            rule: "concise-turns", language: "fa", verdict: .fail, turn: 3,
            advice: "This line has 91 words (limit 60). Keep each line short: one idea at a time, then let the customer answer.",
            given: "a 91-word line (half-spaced words count once)",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("دو بار از حسابم پول کم شده."), agent(longPersianLine)]),
        disabled("concise-turns", "fa", [agent(longPersianLine)]),
    ]
}
