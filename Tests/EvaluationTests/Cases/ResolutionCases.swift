import CallSimCore

/// `resolution`, `no-unauthorised-concessions` and `set-expectations` in en, ar and fa.
extension RuleCases {
    static let concessionAdvice = "Grant only what the policy allows; above your limit, escalate or explain what you can do instead."

    static let resolution: [RuleCase] = [
        RuleCase(
            rule: "resolution", language: "en", verdict: .pass, turn: 5, evidence: "What I can do is",
            given: "an outage out of the agent's hands: explained, regretted, an alternative offered",
            transcript: [
                agent("Good morning, Nile Telecom, Sam speaking."), customer("My internet has been down since yesterday."),
                agent("I'm afraid the outage is caused by a fault at the exchange, and it is outside our control."),
                agent("I'm really sorry about this."), agent("What I can do is add a credit of five pounds to your account."),
            ],
            scenario: TestScenarios.outage("en")),
        RuleCase(
            rule: "resolution", language: "en", verdict: .pass, turn: 3, evidence: "/action refund 49.99",
            given: "the refund that resolves the scenario",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("I was charged twice."), agent("/action refund 49.99")],
            scenario: TestScenarios.billing("en")),
        RuleCase(
            rule: "resolution", language: "en", verdict: .fail, advice: "This issue is out of your hands: offer an alternative.",
            given: "an outage explained and regretted, with no alternative",
            transcript: [
                agent("Good morning, Nile Telecom, Sam speaking."), customer("My internet has been down since yesterday."),
                agent("I'm afraid the outage is caused by a fault at the exchange, and it is outside our control."), agent("I'm really sorry about this."),
            ],
            scenario: TestScenarios.outage("en")),
        RuleCase(
            rule: "resolution", language: "en", verdict: .fail, advice: "The issue was not resolved. Goal: Refund the duplicate payment.",
            given: "the duplicate payment never refunded",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("I was charged twice."), agent("I'm sorry, I'll pass it on.")],
            scenario: TestScenarios.billing("en")),
        RuleCase(
            rule: "resolution", language: "en", verdict: .notApplicable, given: "a generic call (no scenario)",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("I was charged twice."), agent("/action refund 49.99")]),

        RuleCase(
            rule: "resolution", language: "ar", verdict: .pass, turn: 5, evidence: "ما أستطيع فعله هو",
            given: "an outage out of the agent's hands: explained, regretted, an alternative offered",
            transcript: [
                agent("مساء الخير، معك سارة."), customer("الإنترنت مقطوع عندي من أمس."),
                agent("للأسف، سبب الانقطاع هو عطل في السنترال، وهذا الأمر خارج عن إرادتنا."),
                agent("أنا آسفة جداً على هذا الإزعاج."), agent("ما أستطيع فعله هو إضافة رصيد مجاني إلى حسابك."),
            ],
            scenario: TestScenarios.outage("ar")),
        RuleCase(
            rule: "resolution", language: "ar", verdict: .fail, advice: "This issue is out of your hands: offer an alternative.",
            given: "an outage explained and regretted, with no alternative",
            transcript: [
                agent("مساء الخير، معك سارة."), customer("الإنترنت مقطوع عندي من أمس."),
                agent("للأسف، سبب الانقطاع هو عطل في السنترال، وهذا الأمر خارج عن إرادتنا."), agent("أنا آسفة جداً على هذا الإزعاج."),
            ],
            scenario: TestScenarios.outage("ar")),
        RuleCase(
            rule: "resolution", language: "ar", verdict: .notApplicable, given: "a generic call (no scenario)",
            transcript: [agent("مساء الخير، معك سارة."), customer("الإنترنت مقطوع عندي من أمس."), agent("للأسف هذا الأمر خارج عن إرادتنا.")]),

        RuleCase(
            rule: "resolution", language: "fa", verdict: .pass, turn: 5, evidence: "کاری که می‌تونم انجام بدم اینه",
            given: "an outage out of the agent's hands: explained, regretted, an alternative offered",
            transcript: [
                agent("سلام، وقت بخیر، مریم هستم."), customer("از دیروز اینترنتم قطع است."),
                agent("متأسفانه علت قطعی، خرابی در مرکز مخابرات است و این موضوع از اختیار ما خارج است."),
                agent("واقعاً عذرخواهی می‌کنم."), agent("کاری که می‌تونم انجام بدم اینه که یک اعتبار رایگان به حسابتون اضافه کنم."),
            ],
            scenario: TestScenarios.outage("fa")),
        RuleCase(
            rule: "resolution", language: "fa", verdict: .fail, advice: "This issue is out of your hands: offer an alternative.",
            given: "an outage explained and regretted, with no alternative",
            transcript: [
                agent("سلام، وقت بخیر، مریم هستم."), customer("از دیروز اینترنتم قطع است."),
                agent("متأسفانه علت قطعی، خرابی در مرکز مخابرات است و این موضوع از اختیار ما خارج است."), agent("واقعاً عذرخواهی می‌کنم."),
            ],
            scenario: TestScenarios.outage("fa")),
        RuleCase(
            rule: "resolution", language: "fa", verdict: .notApplicable, given: "a generic call (no scenario)",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("از دیروز اینترنتم قطع است."), agent("متأسفانه این موضوع از اختیار ما خارج است.")]),
    ]

    static let noUnauthorisedConcessions: [RuleCase] = [
        RuleCase(
            rule: "no-unauthorised-concessions", language: "en", verdict: .pass, turn: 3, evidence: "/action refund 49.99",
            given: "a refund within the limit of 60",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("I was charged twice."), agent("/action refund 49.99")],
            scenario: TestScenarios.billing("en")),
        RuleCase(
            rule: "no-unauthorised-concessions", language: "en", verdict: .fail, turn: 3, evidence: "/action refund 80",
            advice: "You granted 80 but your refund limit is 60. \(concessionAdvice)",
            given: "a refund over the limit of 60",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("I want eighty back, or I leave."), agent("/action refund 80")],
            scenario: TestScenarios.billing("en")),
        RuleCase(
            rule: "no-unauthorised-concessions", language: "en", verdict: .notApplicable, given: "a generic call: no policy to check",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("I want eighty back."), agent("/action refund 80")]),

        RuleCase(
            rule: "no-unauthorised-concessions", language: "ar", verdict: .pass, turn: 3, evidence: "/action credit 5",
            given: "a goodwill credit within the limit of 10",
            transcript: [agent("مساء الخير، معك سارة."), customer("أريد تعويضاً عن الإزعاج."), agent("/action credit 5")],
            scenario: TestScenarios.billing("ar")),
        RuleCase(
            rule: "no-unauthorised-concessions", language: "ar", verdict: .fail, turn: 3, evidence: "/action credit 25",
            advice: "You granted 25 but your credit limit is 10. \(concessionAdvice)",
            given: "a goodwill credit over the limit of 10",
            transcript: [agent("مساء الخير، معك سارة."), customer("أريد تعويضاً عن الإزعاج."), agent("/action credit 25")],
            scenario: TestScenarios.billing("ar")),
        RuleCase(
            rule: "no-unauthorised-concessions", language: "ar", verdict: .notApplicable, given: "nothing granted",
            transcript: [agent("مساء الخير، معك سارة."), customer("أريد تعويضاً عن الإزعاج."), agent("سأرفع طلبك إلى مشرفي.")],
            scenario: TestScenarios.billing("ar")),

        RuleCase(
            rule: "no-unauthorised-concessions", language: "fa", verdict: .pass, turn: 3, evidence: "/action refund 60",
            given: "a refund exactly at the limit of 60",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("پولم رو پس بدید."), agent("/action refund 60")],
            scenario: TestScenarios.billing("fa")),
        RuleCase(
            rule: "no-unauthorised-concessions", language: "fa", verdict: .fail, turn: 3, evidence: "/action refund 60.5",
            advice: "You granted 60.5 but your refund limit is 60. \(concessionAdvice)",
            given: "a refund just over the limit of 60",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("پولم رو پس بدید."), agent("/action refund 60.5")],
            scenario: TestScenarios.billing("fa")),
        RuleCase(
            rule: "no-unauthorised-concessions", language: "fa", verdict: .notApplicable, given: "a generic call: no policy to check",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("پولم رو پس بدید."), agent("/action refund 60.5")]),
    ]

    static let setExpectations: [RuleCase] = [
        RuleCase(
            rule: "set-expectations", language: "en", verdict: .pass, turn: 4, evidence: "You'll see the refund within 3 to 5 working days",
            given: "a refund followed by when it arrives",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("I was charged twice."), agent("/action refund 49.99"), agent("You'll see the refund within 3 to 5 working days.")]),
        RuleCase(
            rule: "set-expectations", language: "en", verdict: .fail, turn: 3, evidence: "/action refund 49.99",
            given: "a refund with no word on what happens next",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("I was charged twice."), agent("/action refund 49.99"), agent("Is there anything else I can help with?")]),
        RuleCase(
            rule: "set-expectations", language: "en", verdict: .fail, turn: 3, evidence: "I'll look into this for you.",
            given: "a promise with no timeline",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("My bill is wrong."), agent("I'll look into this for you.")]),
        RuleCase(
            rule: "set-expectations", language: "en", verdict: .notApplicable, given: "no action and no promise",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("When is your shop open?"), agent("From nine to six.")]),

        RuleCase(
            rule: "set-expectations", language: "ar", verdict: .pass, turn: 4, evidence: "سيصلك المبلغ خلال ٣ إلى ٥ أيام عمل",
            given: "a refund followed by when it arrives",
            transcript: [agent("مساء الخير، معك سارة."), customer("انسحب مني المبلغ مرتين."), agent("/action refund 49.99"), agent("سيصلك المبلغ خلال ٣ إلى ٥ أيام عمل.")]),
        RuleCase(
            rule: "set-expectations", language: "ar", verdict: .fail, turn: 3, evidence: "سأتابع طلبك بنفسي.",
            given: "a promise with no timeline",
            transcript: [agent("مساء الخير، معك سارة."), customer("الفاتورة فيها خطأ."), agent("سأتابع طلبك بنفسي.")]),
        RuleCase(
            rule: "set-expectations", language: "ar", verdict: .notApplicable, given: "no action and no promise",
            transcript: [agent("مساء الخير، معك سارة."), customer("متى يفتح الفرع؟"), agent("من الساعة التاسعة إلى السادسة.")]),

        RuleCase(
            rule: "set-expectations", language: "fa", verdict: .pass, turn: 4, evidence: "مبلغ ظرف ۳ تا ۵ روز کاری به حسابتون برمی‌گرده",
            given: "a refund followed by when it arrives",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("دو بار از حسابم پول کم شده."), agent("/action refund 49.99"), agent("مبلغ ظرف ۳ تا ۵ روز کاری به حسابتون برمی‌گرده.")]),
        RuleCase(
            rule: "set-expectations", language: "fa", verdict: .fail, turn: 3, evidence: "خودم شخصاً پیگیری می‌کنم.",
            given: "a promise with no timeline",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("قبضم اشتباه است."), agent("خودم شخصاً پیگیری می‌کنم.")]),
        RuleCase(
            rule: "set-expectations", language: "fa", verdict: .notApplicable, given: "no action and no promise",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("شعبه چه ساعتی باز است؟"), agent("از ساعت نه تا شش.")]),
    ]
}
