/// Who starts the call.
public enum CallDirection: String, Sendable, CaseIterable, Codable {
    /// The customer calls the contact centre.
    case inbound
    /// The agent calls the customer.
    case outbound
}

/// How the conversation happens.
public enum CallChannel: String, Sendable, CaseIterable, Codable {
    /// A voice call: talk time follows speaking speed.
    case phone
    /// Typed chat: response times and written tone matter.
    case chat
}

/// How hard the scenario is for a new hire.
public enum Difficulty: String, Sendable, CaseIterable, Codable, Comparable {
    case easy, medium, hard

    private var rank: Int {
        switch self {
        case .easy: 0
        case .medium: 1
        case .hard: 2
        }
    }

    public static func < (lhs: Difficulty, rhs: Difficulty) -> Bool { lhs.rank < rhs.rank }
}

/// The customer's disposition, which shapes how their mood moves.
public enum Temperament: String, Sendable, CaseIterable, Codable {
    case angry, chatty, confused, calm, manipulative

    /// How strongly bad handling inflames this customer.
    public var inflameFactor: Double {
        switch self {
        case .angry: 1.5
        case .manipulative: 1.2
        case .chatty, .confused: 1.0
        case .calm: 0.6
        }
    }

    /// How strongly good handling calms this customer.
    public var calmFactor: Double {
        switch self {
        case .angry: 1.0
        case .manipulative: 0.6
        case .chatty, .confused, .calm: 1.0
        }
    }
}

/// Identity details a customer can give, as named in transcripts (`gives:FACT`).
public enum IdentityFact: String, Sendable, CaseIterable, Codable {
    case name
    case accountNumber = "account-number"
    case dateOfBirth = "date-of-birth"
    case phone, email, address, postcode
    case orderNumber = "order-number"
    case cardDigits = "card-digits"
}
