import CallSimCore

/// `acknowledge-feelings`, `no-arguing` and `no-repeat-questions` in en, ar and fa. Customer
/// lines are untagged: upset customers and details given are inferred from the words.
extension RuleCases {
    static let acknowledgeFeelings: [RuleCase] = [
        RuleCase(
            rule: "acknowledge-feelings", language: "en", verdict: .pass, turn: 3, evidence: "I'm so sorry",
            given: "an upset customer (complaint words) gets an apology",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("This is ridiculous, you've charged me twice!"), agent("I'm so sorry, I understand how frustrating this is.")]),
        RuleCase(
            rule: "acknowledge-feelings", language: "en", verdict: .pass, turn: 3, evidence: "I'm sorry",
            given: "an upset customer (?!) gets an apology",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("Why did you take the money twice?!"), agent("I'm sorry to hear that, let me look at it.")]),
        RuleCase(
            rule: "acknowledge-feelings", language: "en", verdict: .fail, turn: 2, evidence: "This is ridiculous, you've charged me twice!",
            given: "an upset customer gets two questions and no acknowledgement",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("This is ridiculous, you've charged me twice!"), agent("What's your account number?"), agent("And your date of birth?")]),
        RuleCase(
            rule: "acknowledge-feelings", language: "en", verdict: .notApplicable, given: "a calm customer",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("Hello, I have a question about my bill."), agent("Of course, go ahead.")]),

        RuleCase(
            rule: "acknowledge-feelings", language: "ar", verdict: .pass, turn: 3, evidence: "أعتذر منك على هذا الإزعاج",
            given: "an upset customer (complaint words) gets an apology",
            transcript: [agent("مساء الخير، معك سارة."), customer("هذا غير مقبول! خصمتوا المبلغ مرتين."), agent("أعتذر منك على هذا الإزعاج، وأتفهم تماماً شعورك.")]),
        RuleCase(
            rule: "acknowledge-feelings", language: "ar", verdict: .pass, turn: 3, evidence: "آسفة",
            given: "an upset customer (؟!) gets an apology",
            transcript: [agent("مساء الخير، معك سارة."), customer("ليش انسحب المبلغ مرتين؟!"), agent("أنا آسفة جداً على ما حصل، خليني أشوف.")]),
        RuleCase(
            rule: "acknowledge-feelings", language: "ar", verdict: .fail, turn: 2, evidence: "هذا غير مقبول! خصمتوا المبلغ مرتين.",
            given: "an upset customer gets two questions and no acknowledgement",
            transcript: [agent("مساء الخير، معك سارة."), customer("هذا غير مقبول! خصمتوا المبلغ مرتين."), agent("ما هو رقم حسابك؟"), agent("وتاريخ ميلادك؟")]),
        RuleCase(
            rule: "acknowledge-feelings", language: "ar", verdict: .notApplicable, given: "a calm customer",
            transcript: [agent("مساء الخير، معك سارة."), customer("مرحبا، عندي سؤال عن الفاتورة."), agent("أكيد، تفضل.")]),

        RuleCase(
            rule: "acknowledge-feelings", language: "fa", verdict: .pass, turn: 3, evidence: "کاملاً درک می‌کنم",
            given: "an upset customer (complaint words) gets understanding and an apology",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("واقعاً عصبانی هستم، دو بار از حسابم پول کم شده!"), agent("کاملاً درک می‌کنم، بابت این مشکل عذرخواهی می‌کنم.")]),
        RuleCase(
            rule: "acknowledge-feelings", language: "fa", verdict: .pass, turn: 3, evidence: "متأسفم",
            given: "an upset customer (?!) gets an apology",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("چرا دو بار از حسابم پول برداشتید؟!"), agent("واقعاً متأسفم، الان بررسی می‌کنم.")]),
        RuleCase(
            rule: "acknowledge-feelings", language: "fa", verdict: .fail, turn: 2, evidence: "واقعاً عصبانی هستم، دو بار از حسابم پول کم شده!",
            given: "an upset customer gets two questions and no acknowledgement",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("واقعاً عصبانی هستم، دو بار از حسابم پول کم شده!"), agent("شماره اشتراکتون چیه؟"), agent("تاریخ تولدتون؟")]),
        RuleCase(
            rule: "acknowledge-feelings", language: "fa", verdict: .notApplicable, given: "a calm customer",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("سلام، یک سؤال درباره قبضم داشتم."), agent("حتماً، بفرمایید.")]),
    ]

    static let noArguing: [RuleCase] = [
        RuleCase(
            rule: "no-arguing", language: "en", verdict: .pass, given: "the agent apologises and checks",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("You charged me twice."), agent("I'm sorry, let me check that for you.")]),
        RuleCase(
            rule: "no-arguing", language: "en", verdict: .fail, turn: 3, evidence: "You're wrong",
            advice: "Don't argue or blame. Instead: “I can see why it looks that way. Let me show you what I'm seeing, and we'll work it out together.”",
            given: "the agent contradicts the customer",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("You charged me twice."), agent("You're wrong, we only charged you once.")]),
        disabled("no-arguing", "en", [agent("You're wrong, we only charged you once.")]),

        RuleCase(
            rule: "no-arguing", language: "ar", verdict: .pass, given: "the agent apologises and checks",
            transcript: [agent("مساء الخير، معك سارة."), customer("خصمتوا المبلغ مرتين."), agent("آسفة على الإزعاج، خليني أتحقق من ذلك.")]),
        RuleCase(
            rule: "no-arguing", language: "ar", verdict: .fail, turn: 3, evidence: "أنت غلطان",
            advice: "Don't argue or blame. Instead: “أفهم لماذا يبدو الأمر هكذا، دعني أوضح لك ما أراه ونحلها معاً.”",
            given: "the agent contradicts the customer",
            transcript: [agent("مساء الخير، معك سارة."), customer("خصمتوا المبلغ مرتين."), agent("أنت غلطان، ما خصمنا المبلغ إلا مرة وحدة.")]),
        disabled("no-arguing", "ar", [agent("أنت غلطان، ما خصمنا المبلغ إلا مرة وحدة.")]),

        RuleCase(
            rule: "no-arguing", language: "fa", verdict: .pass, given: "the agent apologises and checks",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("دو بار از حسابم پول کم کردید."), agent("عذرخواهی می‌کنم، اجازه بدید بررسی کنم.")]),
        RuleCase(
            rule: "no-arguing", language: "fa", verdict: .fail, turn: 3, evidence: "شما اشتباه می‌کنید",
            advice: "Don't argue or blame. Instead: “می‌فهمم چرا این‌طور به نظر می‌رسه؛ اجازه بدید چیزی که من می‌بینم رو توضیح بدم تا با هم حلش کنیم.”",
            given: "the agent contradicts the customer",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("دو بار از حسابم پول کم کردید."), agent("شما اشتباه می‌کنید، فقط یک بار کسر شده.")]),
        disabled("no-arguing", "fa", [agent("شما اشتباه می‌کنید، فقط یک بار کسر شده.")]),
    ]

    static let noRepeatQuestions: [RuleCase] = [
        RuleCase(
            rule: "no-repeat-questions", language: "en", verdict: .pass, given: "the agent asks for each detail once",
            transcript: [agent("Can I have your account number?"), customer("40021987"), agent("Thank you, and your date of birth?")]),
        RuleCase(
            rule: "no-repeat-questions", language: "en", verdict: .fail, turn: 3, evidence: "your account number",
            advice: "The customer already gave their account number; confirm it instead of asking again.",
            given: "the agent asks again for the account number just given",
            transcript: [agent("Can I have your account number?"), customer("40021987"), agent("OK. What's your account number?")]),
        RuleCase(
            rule: "no-repeat-questions", language: "en", verdict: .notApplicable, given: "the customer gives no details",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("When is your shop open?"), agent("From nine to six.")]),

        RuleCase(
            rule: "no-repeat-questions", language: "ar", verdict: .pass, given: "the agent asks for each detail once",
            transcript: [agent("ممكن رقم حسابك؟"), customer("٤٠٠٢١٩٨٧"), agent("شكراً، وتاريخ ميلادك؟")]),
        RuleCase(
            rule: "no-repeat-questions", language: "ar", verdict: .fail, turn: 3, evidence: "رقم حسابك",
            advice: "The customer already gave their account number; confirm it instead of asking again.",
            given: "the agent asks again for the account number just given",
            transcript: [agent("ممكن رقم حسابك؟"), customer("٤٠٠٢١٩٨٧"), agent("طيب، ما هو رقم حسابك؟")]),
        RuleCase(
            rule: "no-repeat-questions", language: "ar", verdict: .notApplicable, given: "the customer gives no details",
            transcript: [agent("مساء الخير، معك سارة."), customer("متى يفتح الفرع؟"), agent("من الساعة التاسعة إلى السادسة.")]),

        RuleCase(
            rule: "no-repeat-questions", language: "fa", verdict: .pass, given: "the agent asks for each detail once",
            transcript: [agent("شماره اشتراکتون رو بفرمایید."), customer("۴۰۰۲۱۹۸۷"), agent("ممنون، تاریخ تولدتون رو هم بفرمایید.")]),
        RuleCase(
            rule: "no-repeat-questions", language: "fa", verdict: .fail, turn: 3, evidence: "شماره اشتراکتون",
            advice: "The customer already gave their account number; confirm it instead of asking again.",
            given: "the agent asks again for the subscription number just given",
            transcript: [agent("شماره اشتراکتون رو بفرمایید."), customer("۴۰۰۲۱۹۸۷"), agent("باشه، شماره اشتراکتون چند بود؟")]),
        RuleCase(
            rule: "no-repeat-questions", language: "fa", verdict: .notApplicable, given: "the customer gives no details",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("شعبه چه ساعتی باز است؟"), agent("از ساعت نه تا شش.")]),
    ]
}
