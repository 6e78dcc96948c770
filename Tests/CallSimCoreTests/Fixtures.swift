@testable import CallSimCore

/// A small English phrasebook and a billing scenario, built in code, shared by the tests.
///
/// The phrasebook covers every category id the rules and the scenario use, with a few
/// realistic patterns each; the scenario mirrors `scenarios/en/billing-double-charge.yaml`.
enum Fixtures {
    // MARK: Phrasebook

    static func category(
        _ id: String, kind: CategoryKind = .recommended, mood: Double? = nil, replacement: String? = nil,
        _ patterns: [String]
    ) -> PhraseCategory {
        PhraseCategory(id: id, kind: kind, replacement: replacement, moodEffect: mood, phrases: patterns.map { PhraseEntry(pattern: $0) })
    }

    /// The replacement offered for "calm down" (set on the phrase, not the category).
    static let calmDownReplacement = "I can hear how upsetting this is, and I'm going to help."
    /// The replacement of the `dismissing` category.
    static let dismissingReplacement = "I understand, and here is what I can do for you."
    static let arguingReplacement = "I can see why it looks that way; let's work it out together."
    static let blamingReplacement = "Let's look at what happened together and put it right."

    static let phrasebook = Phrasebook(language: "en", categories: [
        category("greeting", [
            "(hello|hi|good morning|good afternoon)",
            "thank you for (calling|contacting) [{company}]",
            "welcome to {company}",
        ]),
        category("self-introduction", [
            "my name is {agent}",
            "this is {agent} speaking",
            "you are speaking (with|to) {agent}",
        ]),
        category("company-mention", [
            "(thank you|thanks) for (calling|contacting) {company}",
            "welcome to {company}",
            "(from|with) {company}",
        ]),
        category("empathy", mood: -1, [
            "i [completely|totally|really] understand how (frustrating|annoying) (this|that|it) (is|must be)",
            "i understand (your frustration|how you feel)",
            "that must be [so|really] (frustrating|annoying)",
        ]),
        category("regret", mood: -0.5, [
            "i [really] regret (that|the|this)",
            "it is unfortunate that",
            "i wish i could (do more|give you better news)",
        ]),
        category("apology", mood: -1, [
            "i am (so|really|very) sorry",
            "i am sorry",
            "(i|we) [sincerely] (apologise|apologize)",
            "(my|our) apologies",
        ]),
        category("ownership", mood: -1, [
            "i (will|am going to) (sort|fix|resolve|take care of) (this|that|it) [for you]",
            "let me (fix|sort out|take care of) (that|this|it)",
            "leave it with me",
        ]),
        category("reassurance", mood: -0.5, [
            "[please] do not worry",
            "rest assured",
            "you are in good hands",
        ]),
        category("hold-request", [
            "(may|can|could) i (place|put) you on [a brief|a short] hold",
            "bear with me (while|as) i (check|look)",
        ]),
        category("hold-reason", kind: .signal, [
            "while i (check|look|confirm)",
            "so [that] i can (check|look|confirm)",
        ]),
        category("hold-return", [
            "thank you [so much] for (holding|waiting|your patience)",
            "(sorry|apologies) for keeping you waiting",
        ]),
        category("thanks", [
            "thank you",
            "thanks",
            "i [really] appreciate",
        ]),
        category("transfer-explanation", [
            "i (am going to|will) transfer you to",
            "our (billing|technical) (team|specialists) (can|will)",
        ]),
        category("closed-question", [
            "is that (correct|right)",
            "would you like",
            "shall i",
            "can i [just] confirm (that|whether|if)",
        ]),
        category("redirect", [
            "(coming|going|getting) back to (your|the)",
            "let us (get|go) back to (your|the)",
            "(about|regarding) your (bill|refund|account)",
        ]),
        category("verification-request", [
            "(can|could|may) i (have|take) your (account number|date of birth|full name|postcode)",
            "for security (purposes|reasons)",
            "(to|so i can) verify your identity",
        ]),
        category("ask-account-number", kind: .signal, ["[your] account number"]),
        category("ask-date-of-birth", kind: .signal, ["[your] date of birth"]),
        category("ask-postcode", kind: .signal, ["(postcode|post code)"]),
        category("ask-name", kind: .signal, ["(your|the) full name"]),
        category("account-disclosure", kind: .signal, [
            "i can see (two payments|two charges|your balance)",
            "your (current|account) balance is",
            "(your|the) card ending [in]",
        ]),
        category("next-steps", [
            "within * (working|business) days",
            "(3|three) to (5|five) (working|business) days",
            "you (will|should) (receive|get|see)",
            "the refund will",
        ]),
        category("recap", [
            "to (recap|summarise|sum up)",
            "just to (confirm|recap)",
            "i have (refunded|credited|booked|updated)",
        ]),
        category("anything-else", [
            "is there anything else",
            "anything else",
            "(can|could|may) i help [you] with anything else",
        ]),
        category("farewell", [
            "have a (good|great|nice|lovely) (day|evening|afternoon)",
            "goodbye",
            "bye",
            "take care",
            "thank you for calling",
        ]),
        category("good-time-check", [
            "is (this|now) a (good|convenient) time [to (talk|speak)]",
            "do you have a (minute|moment)",
        ]),
        category("alternative-offer", [
            "what i can do (is|for you)",
            "as an alternative",
            "(i|we) can offer you",
        ]),
        category("out-of-hands-explanation", [
            "(this|that|it) is (outside|beyond|out of) (our|my) (control|hands)",
            "it is not something (i|we) can (change|control|fix)",
        ]),
        category("upset", kind: .signal, [
            "this is ridiculous",
            "unacceptable",
            "i want my money back",
            "are you even listening",
            "what kind of (company|service)",
        ]),
        category("off-topic", kind: .signal, [
            "by the way",
            "my (grandson|daughter|cat|dog) (is|was|has|just)",
        ]),
        PhraseCategory(
            id: "dismissing", kind: .discouraged, replacement: dismissingReplacement, moodEffect: 1.5,
            phrases: [
                PhraseEntry(pattern: "calm down", replacement: calmDownReplacement),
                PhraseEntry(pattern: "that is not my (problem|concern)"),
                PhraseEntry(pattern: "(i do not know|no idea)"),
            ]),
        category("arguing", kind: .discouraged, mood: 2, replacement: arguingReplacement, [
            "you are (wrong|mistaken)",
            "(that is|this is) not true",
        ]),
        category("blaming", kind: .discouraged, mood: 1.5, replacement: blamingReplacement, [
            "you should have",
            "(it is|that is) your (fault|mistake)",
        ]),
        category("insult", kind: .abusive, mood: 3, [
            "idiot",
            "stupid",
            "shut up",
        ]),
    ])

    /// Every category id the rules and the scenario refer to.
    static let ruleCategoryIDs = [
        "greeting", "self-introduction", "company-mention", "empathy", "regret", "apology", "ownership",
        "reassurance", "hold-request", "hold-reason", "hold-return", "thanks", "transfer-explanation",
        "closed-question", "redirect", "verification-request", "ask-account-number", "ask-date-of-birth",
        "account-disclosure", "next-steps", "recap", "anything-else", "farewell", "good-time-check",
        "alternative-offer", "out-of-hands-explanation", "upset", "off-topic", "dismissing", "arguing",
        "blaming", "insult",
    ]

    // MARK: Scenario

    static let goal = "Calm the caller, verify his identity, refund the duplicate payment of 49.99 and close the call properly."

    static func line(_ text: String, _ tags: [String] = [], atLeast: Double? = nil, below: Double? = nil) -> CustomerLine {
        CustomerLine(text: text, tags: tags, moodAtLeast: atLeast, moodBelow: below)
    }

    static func trigger(
        _ when: Condition, goto: String? = nil, reply: [CustomerLine] = [], mood: Double? = nil, once: Bool = false,
        set: [String: String] = [:], end: BeatEnd? = nil
    ) -> Trigger {
        var trigger = Trigger(when: when)
        trigger.goto = goto
        trigger.reply = reply
        trigger.mood = mood
        trigger.once = once
        trigger.set = set
        trigger.end = end
        return trigger
    }

    static func said(_ categories: String...) -> Condition {
        var condition = Condition()
        condition.said = categories
        return condition
    }

    static func action(_ name: String, verified: Bool? = nil) -> Condition {
        var condition = Condition()
        condition.action = name
        condition.verified = verified
        return condition
    }

    static func command(_ name: String) -> Condition {
        var condition = Condition()
        condition.command = name
        return condition
    }

    static let complaintLines = [
        line("Finally! I've been charged twice for my internet this month and I want my money back. Today.", ["upset"]),
        line("You people took 49.99 from my card twice. Twice! What kind of company does that?", ["upset"]),
        line("I've been on hold for twenty minutes to tell you that you charged me twice. Fix it.", ["upset"]),
    ]
    static let complaintFallback = [
        line("Are you even listening? I was charged twice!", ["upset"], atLeast: 6),
        line("So? What are you going to do about it?", ["upset"]),
    ]
    static let listenedLines = [
        line("Well... thank you. It's just that this is the second time this year.", below: 7),
        line("Fine. At least someone's listening. So how do we fix it?"),
    ]
    static let verifyingLines = [
        line("Karim Haddad. Account {account-number}, date of birth {date-of-birth}.", ["gives:name", "gives:account-number", "gives:date-of-birth"]),
        line("It's Karim Haddad, born {date-of-birth}. The account number is {account-number}.", ["gives:name", "gives:date-of-birth", "gives:account-number"]),
    ]
    static let verifyingFallback = [
        line("You've got my details. Can you see the two payments or not?", ["upset"], atLeast: 6),
        line("So can you see the two payments?"),
    ]
    static let refundedLines = [
        line("Right. And when do I actually get the money back?"),
        line("Okay. How long until it's back on my card?"),
    ]
    static let anytimeAbuseReplies = [
        line("Don't tell me to calm down! You took my money!", ["upset"]),
        line("Excuse me? This is your company's mistake, not mine.", ["upset"]),
    ]
    static let unverifiedRefundReply = "Wait, you haven't even checked who I am?"
    static let holdReply = "Fine. Don't be long."
    static let verifyingEmpathyReply = "Okay. I just want it sorted."

    static let scenario: Scenario = {
        var resolution = Condition()
        resolution.variables = ["refunded": "yes"]
        return Scenario(
            id: "billing-double-charge", title: "Charged twice for the internet bill",
            summary: "An angry customer has paid this month's internet bill twice.", language: "en",
            channel: .phone, direction: .inbound, department: "billing", difficulty: .medium,
            company: "Nile Telecom",
            brief: Brief(
                situation: "A customer calls the billing line.",
                visible: ["Account 40021987 — Karim Haddad, date of birth 14 March 1988"],
                goal: goal),
            persona: Persona(name: "Karim Haddad", temperament: .angry, mood: 7, patience: 4, style: "Short, sharp sentences."),
            facts: [
                "name": "Karim Haddad", "account-number": "40021987", "date-of-birth": "14 March 1988",
                "phone": "0100 555 0142", "card-digits": "4417",
            ],
            policy: Policy(refundLimit: 60, creditLimit: 10, holdLimit: 120, verifyBefore: ["refund", "credit"]),
            actions: [
                ActionDefinition(name: "refund", summary: "Refund a payment", arguments: ["amount"], grants: .refund, sets: ["refunded": "yes"]),
                ActionDefinition(name: "credit", summary: "Add a goodwill credit", arguments: ["amount"], grants: .credit, sets: ["credited": "yes"]),
                ActionDefinition(name: "send-leaflet", summary: "Post the tariff leaflet"),
            ],
            transfers: [
                TransferTarget(id: "billing-specialists", summary: "Billing specialists"),
                TransferTarget(id: "team-leader", summary: "Your team leader"),
            ],
            start: "complaint",
            beats: [
                Beat(
                    id: "complaint", say: complaintLines,
                    triggers: [
                        trigger(said("verification-request"), goto: "verifying", mood: -0.5),
                        trigger(said("empathy", "apology", "ownership"), goto: "listened", once: true),
                    ],
                    fallback: complaintFallback,
                    hint: "Let him vent, then acknowledge how annoying this is before asking for anything."),
                Beat(
                    id: "listened", say: listenedLines,
                    triggers: [trigger(said("verification-request"), goto: "verifying")],
                    fallback: [line("I've told you what happened. Can you look at my account or not?")],
                    hint: "He is ready to cooperate; ask for two identity details."),
                Beat(
                    id: "verifying", say: verifyingLines,
                    triggers: [
                        trigger(action("refund"), goto: "refunded"),
                        trigger(command("hold"), reply: [line(holdReply)]),
                        trigger(said("empathy", "apology", "ownership", "reassurance"), reply: [line(verifyingEmpathyReply)], once: true),
                    ],
                    fallback: verifyingFallback,
                    hint: "Two details are enough. Then refund the duplicate."),
                Beat(
                    id: "refunded", say: refundedLines,
                    triggers: [
                        trigger(said("next-steps"), reply: [line("Three to five days. Fine. Thanks for sorting it out.")], once: true),
                        trigger(said("anything-else"), reply: [line("No, that's everything. Thanks.")]),
                        trigger(said("farewell"), reply: [line("Bye.")]),
                    ],
                    fallback: [line("Okay.")],
                    end: .resolved,
                    hint: "Say when the money arrives, recap, ask if there is anything else, then thank him and /end."),
            ],
            anytime: [
                trigger(said("dismissing", "arguing", "blaming"), reply: anytimeAbuseReplies),
                trigger(action("refund", verified: false), reply: [line(unverifiedRefundReply)]),
            ],
            resolution: resolution,
            modelLines: ["Thank you for calling Nile Telecom, my name is Sam. How can I help you today?"],
            path: "scenarios/en/billing-double-charge.yaml", fileHash: "test")
    }()

    /// The scenario with a few changes.
    static func scenario(_ change: (inout Scenario) -> Void) -> Scenario {
        var copy = scenario
        change(&copy)
        return copy
    }

    // MARK: Sessions

    /// A live practice call of `scenario`.
    static func practice(
        _ scenario: Scenario = Fixtures.scenario, mode: PracticeMode = .exam, seed: UInt64 = 7, agent: String? = "Sam"
    ) -> CallSession {
        CallSession(configuration: SessionConfiguration(practice: scenario, phrasebook: phrasebook, mode: mode, seed: seed, agentName: agent))
    }

    /// A grading session, with or without a scenario.
    static func grading(
        _ scenario: Scenario? = Fixtures.scenario, agent: String? = "Sam", company: String? = "Nile Telecom",
        customer: String? = nil, direction: CallDirection = .inbound, channel: CallChannel = .phone
    ) -> CallSession {
        CallSession(configuration: SessionConfiguration(
            grading: scenario, phrasebook: phrasebook, agentName: agent, company: company, customerName: customer,
            direction: direction, channel: channel, language: "en"))
    }

    /// One line of a call to grade.
    enum Line {
        /// The agent's line or command, as typed.
        case agent(String, at: Double? = nil)
        /// The customer's line; `tags: nil` lets the grader infer them.
        case customer(String, tags: [String]? = [], at: Double? = nil)
    }

    /// Feeds `lines` to `session` in grading mode.
    static func play(_ lines: [Line], into session: inout CallSession) throws {
        for line in lines {
            switch line {
            case .agent(let text, let at):
                _ = session.replay(try TraineeInput.parse(text), at: at)
            case .customer(let text, let tags, let at):
                _ = session.hear(text, tags: tags, at: at)
            }
        }
    }

    /// Grades `lines` and returns the scorecard.
    static func grade(
        _ lines: [Line], scenario: Scenario? = Fixtures.scenario, agent: String? = "Sam", company: String? = "Nile Telecom",
        customer: String? = nil, direction: CallDirection = .inbound, channel: CallChannel = .phone,
        finish reason: EndReason = .transcriptEnded
    ) throws -> Scorecard {
        var session = grading(scenario, agent: agent, company: company, customer: customer, direction: direction, channel: channel)
        try play(lines, into: &session)
        return session.finish(reason: reason)
    }

    /// A model call of the scenario, as transcript lines: every rule that can apply passes.
    static let goodCall: [Line] = [
        .agent("Good morning, thank you for calling Nile Telecom, my name is Sam."),
        .customer("I've been charged twice and I want my money back!", tags: ["upset"]),
        .agent("I'm so sorry, I understand how frustrating this is."),
        .customer("Well, thank you."),
        .agent("Can I have your account number and date of birth, please?"),
        .customer("40021987, 14 March 1988.", tags: ["gives:account-number", "gives:date-of-birth"]),
        .agent("/action refund 49.99"),
        .agent("You'll see the refund within 3 to 5 working days."),
        .customer("Fine."),
        .agent("To recap, I have refunded the duplicate payment. Is there anything else?"),
        .customer("No, that's everything."),
        .agent("Thank you for calling, have a good day."),
        .agent("/end"),
        .agent("/notes Customer charged twice; refunded the duplicate payment of 49.99, 3 to 5 working days."),
    ]

    // MARK: Helpers

    /// The verdict of `rule` on `scorecard`.
    static func verdict(_ rule: String, _ scorecard: Scorecard) -> Verdict? { scorecard.finding(rule)?.verdict }

    /// The turns of `events`.
    static func turns(_ events: [SessionEvent]) -> [CallTurn] {
        events.compactMap { if case .turn(let turn) = $0 { turn } else { nil } }
    }

    /// The customer's lines in `events`.
    static func customerTexts(_ events: [SessionEvent]) -> [String] {
        turns(events).filter { $0.speaker == .customer }.map(\.text)
    }

    /// The problems in `events`.
    static func problems(_ events: [SessionEvent]) -> [String] {
        events.compactMap { if case .problem(let text) = $0 { text } else { nil } }
    }

    /// The nudges in `events`.
    static func nudges(_ events: [SessionEvent]) -> [Nudge] {
        events.compactMap { if case .nudge(let nudge) = $0 { nudge } else { nil } }
    }

    /// The end-of-call event in `events`, if any.
    static func callEnded(_ events: [SessionEvent]) -> (CallOutcome, EndReason)? {
        for event in events { if case .callEnded(let outcome, let reason) = event { return (outcome, reason) } }
        return nil
    }

    /// The agent's side of a model live call of the scenario.
    static let goodLiveScript = [
        "Good morning, thank you for calling Nile Telecom, my name is Sam.",
        "I'm so sorry, I understand how frustrating this is.",
        "Can I have your account number and date of birth, please?",
        "/action refund 49.99",
        "You'll see the refund within 3 to 5 working days.",
        "To recap, I have refunded the duplicate payment. Is there anything else?",
        "Thank you for calling, have a good day.",
        "/end",
        "/notes Customer charged twice; refunded the duplicate payment of 49.99, 3 to 5 working days.",
    ]

    /// Plays `script` in a live practice call; returns the session and each line's events.
    static func run(
        _ script: [String], scenario: Scenario = Fixtures.scenario, mode: PracticeMode = .exam, seed: UInt64 = 7
    ) throws -> (session: CallSession, events: [[SessionEvent]]) {
        var session = practice(scenario, mode: mode, seed: seed)
        var events = [session.start()]
        for line in script { events.append(try type(line, into: &session)) }
        return (session, events)
    }

    /// Sends a typed line to a live session.
    @discardableResult
    static func type(_ line: String, into session: inout CallSession) throws -> [SessionEvent] {
        session.advance(try TraineeInput.parse(line))
    }
}
