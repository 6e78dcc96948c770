import CallSimCore
import Foundation

/// The made-up contact centre that `callsim bench-db` fills a database with: names, teams,
/// scenarios and how often each rule applies and fails, so reports run on realistic data.
enum ScaleDataProfile {
    /// A scenario of the made-up library: how popular, how hard, and which rules it exercises.
    struct ScenarioProfile {
        var id: String
        var title: String
        var weight: Double
        /// Added to the chance of failing each rule.
        var difficulty: Double
        var outbound: Bool
        var chatty: Bool
        var angry: Bool
    }

    static let firstNames = [
        "Amira", "Sam", "Noor", "Karim", "Leila", "Omar", "Sara", "Yusuf", "Dina", "Tariq", "Maya", "Hassan",
        "Rana", "Ali", "Farah", "Ziad", "Lina", "Reza", "Nadia", "Kian", "Hana", "Sami", "Mona", "Youssef",
        "Shirin", "Adam", "Layla", "Bilal", "Yasmin", "Darius", "Salma", "Idris", "Mariam", "Nabil", "Zahra",
        "Fadi", "Parisa", "Khaled", "Aya", "Majid",
    ]
    static let lastNames = [
        "Haddad", "Karimi", "Nasser", "Rahimi", "Saleh", "Tehrani", "Aziz", "Farouk", "Mansour", "Jafari",
        "Khalil", "Moradi", "Yousef", "Hosseini", "Darwish", "Amini", "Sabri", "Ahmadi", "Fakhoury", "Rostami",
        "Hamdan", "Sadeghi", "Bishara", "Kazemi", "Qasim", "Najafi", "Issa", "Ebrahimi", "Matar", "Zand",
    ]
    static let teams = [
        "North", "South", "East", "West", "Billing", "Tech Support", "Retention", "Sales", "Nights", "Weekend",
        "Arabic Desk", "Persian Desk",
    ]

    static let scenarios: [ScenarioProfile] = [
        .init(id: "billing-double-charge", title: "Charged twice for the internet bill", weight: 14, difficulty: 0.05, outbound: false, chatty: false, angry: true),
        .init(id: "technician-visit-chatty", title: "Booking a technician for a chatty caller", weight: 12, difficulty: -0.05, outbound: false, chatty: true, angry: false),
        .init(id: "password-reset", title: "Locked out of the online account", weight: 10, difficulty: -0.08, outbound: false, chatty: false, angry: false),
        .init(id: "late-fee-dispute", title: "Disputing a late-payment fee", weight: 9, difficulty: 0.08, outbound: false, chatty: false, angry: true),
        .init(id: "broadband-outage", title: "Internet down for two days", weight: 9, difficulty: 0.1, outbound: false, chatty: false, angry: true),
        .init(id: "plan-upgrade-offer", title: "Offering a plan upgrade", weight: 8, difficulty: 0.06, outbound: true, chatty: false, angry: false),
        .init(id: "contract-cancellation", title: "A customer wants to cancel", weight: 8, difficulty: 0.12, outbound: false, chatty: false, angry: true),
        .init(id: "address-change", title: "Moving house", weight: 7, difficulty: -0.1, outbound: false, chatty: true, angry: false),
        .init(id: "satisfaction-survey", title: "A satisfaction survey call", weight: 6, difficulty: -0.02, outbound: true, chatty: true, angry: false),
        .init(id: "debt-reminder", title: "A friendly reminder about an overdue bill", weight: 6, difficulty: 0.15, outbound: true, chatty: false, angry: true),
        .init(id: "roaming-charges", title: "Unexpected roaming charges", weight: 6, difficulty: 0.09, outbound: false, chatty: false, angry: true),
        .init(id: "new-line-order", title: "Ordering a new mobile line", weight: 5, difficulty: 0, outbound: false, chatty: true, angry: false),
    ]

    /// How often a rule applies in a call of `scenario` (0 to 1).
    static func applicability(_ rule: String, _ scenario: ScenarioProfile) -> Double {
        switch rule {
        case "good-time-check": scenario.outbound ? 1 : 0
        case "company-name": 0.97
        case "identity-verification": scenario.outbound ? 0.7 : 0.92
        case "acknowledge-feelings": scenario.angry ? 0.95 : 0.25
        case "steer-chatty-caller": scenario.chatty ? 0.9 : 0.08
        case "hold-etiquette": 0.35
        case "transfer-etiquette": 0.12
        case "dead-air": 0.3
        case "no-unauthorised-concessions": 0.55
        case "set-expectations": 0.85
        default: 1
        }
    }

    /// The base chance of failing a rule for an average trainee.
    static func baseFailure(_ rule: String) -> Double {
        switch rule {
        case "greeting", "farewell": 0.06
        case "agent-name", "company-name": 0.14
        case "good-time-check": 0.3
        case "identity-verification": 0.07
        case "acknowledge-feelings": 0.32
        case "no-arguing": 0.1
        case "no-repeat-questions": 0.18
        case "steer-chatty-caller": 0.35
        case "hold-etiquette": 0.38
        case "transfer-etiquette": 0.33
        case "dead-air": 0.2
        case "concise-turns": 0.15
        case "discouraged-phrases": 0.22
        case "no-abuse": 0.01
        case "resolution": 0.2
        case "no-unauthorised-concessions": 0.12
        case "set-expectations": 0.3
        case "recap": 0.36
        case "anything-else": 0.25
        case "wrap-up-notes": 0.28
        default: 0.2
        }
    }

    /// Words a failing agent might have said, by rule.
    static func failingWords(_ rule: String) -> [String] {
        switch rule {
        case "greeting": ["What?", "Yeah, go on.", "Billing."]
        case "agent-name", "company-name": ["Hello, how can I help?", "Hi there, what's up?"]
        case "acknowledge-feelings": ["OK, what's the account number?", "Right. Next question."]
        case "no-arguing": ["No, that's wrong, you paid late.", "That's not what happened."]
        case "no-repeat-questions": ["What was your account number again?", "Can you repeat your postcode?"]
        case "steer-chatty-caller": ["Oh really? Tell me more about your holiday.", "Ha, my cousin has that dog too."]
        case "hold-etiquette": ["/hold 200", "/hold"]
        case "transfer-etiquette": ["/transfer billing-specialists", "/escalate"]
        case "concise-turns": ["So basically what happens is that the system looks at your account and then it decides whether the charge is valid and if it is not valid then we usually refund it but sometimes it takes a while because the other team has to approve it first and they are very busy this week"]
        case "discouraged-phrases": ["Calm down.", "That's not my problem.", "I don't know."]
        case "no-abuse": ["Are you stupid?"]
        case "no-unauthorised-concessions": ["/action refund 120", "/action credit 50"]
        case "set-expectations": ["Done.", "OK, it's sorted."]
        case "identity-verification": ["/action refund 49.99"]
        default: []
        }
    }

    static let agentLines = [
        "Thank you for calling Nile Telecom, my name is Sam. How can I help you today?",
        "I'm really sorry about that, I understand how frustrating it is.",
        "May I have your account number and date of birth, please?",
        "Thank you. Let me check that for you.",
        "May I put you on hold for a moment while I check your bill?",
        "Thank you for holding.",
        "I have sorted that out for you; you will see it within three to five working days.",
        "To recap, the refund is on its way. Is there anything else I can help you with?",
        "Thank you for calling Nile Telecom, have a good evening. Goodbye!",
        "/end",
        "/notes Customer issue resolved; follow-up not needed.",
    ]
    static let customerLines = [
        "I've been charged twice and I want my money back!",
        "It's 40021987, and my date of birth is 14 March 1988.",
        "OK, fine.",
        "How long will that take?",
        "By the way, did I tell you about my neighbour's new car?",
        "No, that's everything, thanks.",
        "Right, thanks, bye.",
    ]
}
