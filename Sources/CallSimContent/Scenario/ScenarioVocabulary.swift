import CallSimCore

/// The fixed words scenario files may use.
enum ScenarioVocabulary {
    /// Languages a scenario may be written in.
    static let languages = ["en", "ar", "fa"]
    /// In-call commands a condition may test.
    static let commands = ["hold", "resume", "transfer", "escalate", "end", "notes"]
    /// Tags a customer line may carry besides `gives:FACT`.
    static let plainTags = ["upset", "calm", "off-topic"]
    /// Identity facts, as written in `facts`, `given` and `gives:FACT`.
    static let facts = IdentityFact.allCases.map(\.rawValue)
}
