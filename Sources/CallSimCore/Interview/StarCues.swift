/// The four parts of a STAR answer to a behavioural question.
public enum StarPart: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    /// Where and when: the context of the story.
    case situation
    /// What the candidate had to achieve.
    case task
    /// What the candidate did, in the first person.
    case action
    /// How it ended, ideally with a figure or the customer's reaction.
    case result

    /// Parts compare in STAR order.
    public static func < (left: StarPart, right: StarPart) -> Bool {
        allCases.firstIndex(of: left) ?? 0 < allCases.firstIndex(of: right) ?? 0
    }
}

/// The phrases that signal each STAR part in one language ("at my last job", "I had to",
/// "so I", "in the end").
public struct StarCues: Sendable, Hashable {
    /// Cue phrases per part.
    public var phrases: [StarPart: [PhraseEntry]]

    /// Creates cues.
    public init(phrases: [StarPart: [PhraseEntry]] = [:]) {
        self.phrases = phrases
    }

    /// True when every part has at least one cue.
    public var isComplete: Bool { StarPart.allCases.allSatisfy { !(phrases[$0] ?? []).isEmpty } }
}
