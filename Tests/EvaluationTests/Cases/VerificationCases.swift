import CallSimCore

/// `identity-verification` in en, ar and fa, on generic calls: every `/action` touches the
/// account, and so do lines that disclose account details or report a change to the account.
/// Customer lines are untagged: the details given are inferred from the words.
extension RuleCases {
    static let identityAdvice = "Ask for two identity details (such as account number and date of birth) before you act on or read out the account."

    static let identityVerification: [RuleCase] = [
        RuleCase(
            rule: "identity-verification", language: "en", verdict: .pass, turn: 3,
            evidence: "Can I have your account number and date of birth, please",
            given: "two details given before the refund",
            transcript: [
                agent("Good morning, Nile Telecom, Sam speaking."), customer("Hi, I was charged twice this month."),
                agent("Sorry to hear that. Can I have your account number and date of birth, please?"),
                customer("Sure, it's 40021987, and I was born on 14 March 1988."), agent("/action refund 49.99"),
            ]),
        RuleCase(
            rule: "identity-verification", language: "en", verdict: .pass, turn: 3, evidence: "phone number",
            given: "name and a phone number spoken digit by digit before the balance is read out",
            transcript: [
                agent("Hello, this is Nile Telecom, my name is Sam."), customer("hi my name is mary smith i need my balance"),
                agent("what is your phone number"), customer("my phone number is four six one"), customer("four two five eight six six eight"),
                agent("thank you, your current balance is forty seven dollars"),
            ]),
        RuleCase(
            rule: "identity-verification", language: "en", verdict: .fail, turn: 3, evidence: "/action refund 49.99",
            advice: "You used /action refund 49.99 without asking for identity details. \(identityAdvice)",
            given: "a refund with no identity question",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("I was charged twice."), agent("/action refund 49.99")]),
        RuleCase(
            rule: "identity-verification", language: "en", verdict: .fail, turn: 5, evidence: "I can see two payments on your account this month.",
            advice: "You disclosed account details after only 1 identity detail. \(identityAdvice)",
            given: "payments read out after one detail",
            transcript: [
                agent("Good morning, Nile Telecom, Sam speaking."), customer("I was charged twice."),
                agent("Can I have your account number?"), customer("40021987"),
                agent("I can see two payments on your account this month."),
            ]),
        RuleCase(
            rule: "identity-verification", language: "en", verdict: .fail, turn: 3, evidence: "I've transferred the money to your savings account.",
            advice: "You changed the account without asking for identity details. \(identityAdvice)",
            given: "a change to the account reported in words, with no identity question",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("Please move fifty to savings."), agent("I've transferred the money to your savings account.")]),
        RuleCase(
            rule: "identity-verification", language: "en", verdict: .notApplicable,
            given: "a question about opening hours: no account touched",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("When is your shop open?"), agent("From nine to six, Monday to Saturday.")]),
        RuleCase(
            rule: "identity-verification", language: "en", verdict: .notApplicable,
            given: "a call that has been transferred, which is no change to the account",
            transcript: [agent("Hello, you've been transferred to the billing team, Sam speaking."), customer("Hi, when is my next bill due?"), agent("Bills go out on the first of the month.")]),

        RuleCase(
            rule: "identity-verification", language: "ar", verdict: .pass, turn: 3, evidence: "ممكن رقم حسابك وتاريخ ميلادك من فضلك",
            given: "two details given before the refund",
            transcript: [
                agent("مساء الخير، معك سارة."), customer("انسحب مني المبلغ مرتين."),
                agent("ممكن رقم حسابك وتاريخ ميلادك من فضلك؟"), customer("رقم حسابي ٤٠٠٢١٩٨٧، ومواليد ١٤ مارس ١٩٨٨."),
                agent("/action refund 49.99"),
            ]),
        RuleCase(
            rule: "identity-verification", language: "ar", verdict: .fail, turn: 3, evidence: "أرى دفعتين على حسابك هذا الشهر.",
            advice: "You disclosed account details without asking for identity details. \(identityAdvice)",
            given: "payments read out with no identity question",
            transcript: [agent("مساء الخير، معك سارة."), customer("انسحب مني المبلغ مرتين."), agent("أرى دفعتين على حسابك هذا الشهر.")]),
        RuleCase(
            rule: "identity-verification", language: "ar", verdict: .fail, turn: 3, evidence: "تم تحويل المبلغ إلى حساب التوفير.",
            advice: "You changed the account without asking for identity details. \(identityAdvice)",
            given: "a transfer reported in words, with no identity question",
            transcript: [agent("مساء الخير، معك سارة."), customer("أريد تحويل خمسين دينار إلى حساب التوفير."), agent("تم تحويل المبلغ إلى حساب التوفير.")]),
        RuleCase(
            rule: "identity-verification", language: "ar", verdict: .notApplicable,
            given: "a question about opening hours: no account touched",
            transcript: [agent("مساء الخير، معك سارة."), customer("متى يفتح الفرع؟"), agent("من الساعة التاسعة إلى السادسة، من السبت إلى الخميس.")]),
        RuleCase(
            rule: "identity-verification", language: "ar", verdict: .notApplicable,
            given: "a call that has been transferred, which is no change to the account",
            transcript: [agent("مرحبا، تم تحويل مكالمتك إلى قسم الفواتير، معك سارة."), customer("متى تصدر الفاتورة القادمة؟"), agent("تصدر الفواتير في أول كل شهر.")]),

        RuleCase(
            rule: "identity-verification", language: "fa", verdict: .pass, turn: 3, evidence: "لطفاً شماره اشتراک",
            given: "two details given before the refund",
            transcript: [
                agent("سلام، وقت بخیر، مریم هستم."), customer("دو بار از حسابم پول کم شده."),
                agent("لطفاً شماره اشتراک و تاریخ تولدتون رو بفرمایید."), customer("شماره اشتراکم ۴۰۰۲۱۹۸۷ است، متولد ۱۴ فروردین ۱۳۶۷."),
                agent("/action refund 49.99"),
            ]),
        RuleCase(
            rule: "identity-verification", language: "fa", verdict: .fail, turn: 3, evidence: "در حساب شما دو پرداخت ثبت شده.",
            advice: "You disclosed account details without asking for identity details. \(identityAdvice)",
            given: "payments read out with no identity question",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("دو بار از حسابم پول کم شده."), agent("در حساب شما دو پرداخت ثبت شده.")]),
        RuleCase(
            rule: "identity-verification", language: "fa", verdict: .fail, turn: 3, evidence: "مبلغ به حساب پس‌اندازتون منتقل شد.",
            advice: "You changed the account without asking for identity details. \(identityAdvice)",
            given: "a transfer reported in words, with no identity question",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("پنجاه هزار تومان به حساب پس‌اندازم بریزید."), agent("مبلغ به حساب پس‌اندازتون منتقل شد.")]),
        RuleCase(
            rule: "identity-verification", language: "fa", verdict: .notApplicable,
            given: "a question about opening hours: no account touched",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("شعبه چه ساعتی باز است؟"), agent("از ساعت نه تا شش، شنبه تا پنج‌شنبه.")]),
        RuleCase(
            rule: "identity-verification", language: "fa", verdict: .notApplicable,
            given: "a call that has been transferred, which is no change to the account",
            transcript: [agent("سلام، تماس شما به واحد مالی منتقل شد، مریم هستم."), customer("قبض بعدی کی صادر می‌شه؟"), agent("قبض‌ها اول هر ماه صادر می‌شن.")]),
    ]
}
