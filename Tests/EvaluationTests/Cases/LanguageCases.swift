import CallSimCore

/// `discouraged-phrases` and `no-abuse` in en, ar and fa.
extension RuleCases {
    static let discouragedPhrases: [RuleCase] = [
        RuleCase(
            rule: "discouraged-phrases", language: "en", verdict: .pass, given: "calm, positive wording",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("I was charged twice!"), agent("Certainly, I'd be happy to look into that.")]),
        RuleCase(
            rule: "discouraged-phrases", language: "en", verdict: .fail, turn: 3, evidence: "Calm down",
            advice: "Avoid this phrase. Instead: “I can hear how upsetting this is, and I'm going to help.”",
            given: "the agent tells the customer to calm down",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("I was charged twice!"), agent("Calm down, please, I'll look.")]),
        disabled("discouraged-phrases", "en", [agent("Calm down, please, I'll look.")]),

        RuleCase(
            rule: "discouraged-phrases", language: "ar", verdict: .pass, given: "calm, positive wording",
            transcript: [agent("مساء الخير، معك سارة."), customer("انسحب مني المبلغ مرتين!"), agent("بكل سرور، سأتحقق من ذلك فوراً.")]),
        RuleCase(
            rule: "discouraged-phrases", language: "ar", verdict: .fail, turn: 3, evidence: "اهدأ",
            advice: "Avoid this phrase. Instead: “أسمع كم هذا مزعج لك، وسأساعدك في حله.”",
            given: "the agent tells the customer to calm down",
            transcript: [agent("مساء الخير، معك سارة."), customer("انسحب مني المبلغ مرتين!"), agent("اهدأ من فضلك، سأرى ما يمكن فعله.")]),
        disabled("discouraged-phrases", "ar", [agent("اهدأ من فضلك، سأرى ما يمكن فعله.")]),

        RuleCase(
            rule: "discouraged-phrases", language: "fa", verdict: .pass, given: "calm, positive wording",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("دو بار از حسابم پول کم شده!"), agent("حتماً، با کمال میل بررسی می‌کنم.")]),
        RuleCase(
            rule: "discouraged-phrases", language: "fa", verdict: .fail, turn: 3, evidence: "آروم باشید",
            advice: "Avoid this phrase. Instead: “کاملاً درک می‌کنم چقدر ناراحت‌کننده است، و کمکتون می‌کنم.”",
            given: "the agent tells the customer to calm down",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("دو بار از حسابم پول کم شده!"), agent("آروم باشید، بررسی می‌کنم.")]),
        disabled("discouraged-phrases", "fa", [agent("آروم باشید، بررسی می‌کنم.")]),
    ]

    static let noAbuse: [RuleCase] = [
        RuleCase(
            rule: "no-abuse", language: "en", verdict: .pass, given: "a courteous agent",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("You people are useless!"), agent("I'm sorry you feel that way, let me help.")]),
        RuleCase(
            rule: "no-abuse", language: "en", verdict: .fail, turn: 3, evidence: "Are you stupid",
            given: "the agent insults the customer",
            transcript: [agent("Good morning, Nile Telecom, Sam speaking."), customer("You people are useless!"), agent("Are you stupid? I told you already.")]),
        disabled("no-abuse", "en", [agent("Are you stupid? I told you already.")]),

        RuleCase(
            rule: "no-abuse", language: "ar", verdict: .pass, given: "a courteous agent",
            transcript: [agent("مساء الخير، معك سارة."), customer("خدمتكم زفت!"), agent("آسفة أنك تشعر بهذا، خليني أساعدك.")]),
        RuleCase(
            rule: "no-abuse", language: "ar", verdict: .fail, turn: 3, evidence: "غبي",
            given: "the agent insults the customer",
            transcript: [agent("مساء الخير، معك سارة."), customer("خدمتكم زفت!"), agent("أنت غبي؟ قلت لك هذا من قبل.")]),
        disabled("no-abuse", "ar", [agent("أنت غبي؟ قلت لك هذا من قبل.")]),

        RuleCase(
            rule: "no-abuse", language: "fa", verdict: .pass, given: "a courteous agent",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("خدماتتون افتضاحه!"), agent("متأسفم که این حس رو دارید، اجازه بدید کمکتون کنم.")]),
        RuleCase(
            rule: "no-abuse", language: "fa", verdict: .fail, turn: 3, evidence: "احمق",
            given: "the agent insults the customer",
            transcript: [agent("سلام، وقت بخیر، مریم هستم."), customer("خدماتتون افتضاحه!"), agent("مگه احمق هستید؟ قبلاً بهتون گفتم.")]),
        disabled("no-abuse", "fa", [agent("مگه احمق هستید؟ قبلاً بهتون گفتم.")]),
    ]
}
