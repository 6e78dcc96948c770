/// A new scenario and its test plan, for `callsim scenario new`: a short, complete call
/// (problem, verification, fix, close) that lints clean and whose test plan passes, for a
/// trainer to rewrite. The great agent's lines come from the phrasebook of the scenario's
/// language, so the plan passes in English, Arabic and Persian alike.
public struct ScenarioScaffold: Sendable {
    /// What the new scenario is.
    public struct Options: Sendable {
        /// The new scenario's id (and file name).
        public var id: String
        /// `en`, `ar` or `fa`: the phrasebook the great agent's lines come from.
        public var language: String
        /// Inbound calls start with the agent; outbound ones with the customer answering.
        public var direction: CallDirection
        /// Phone or chat.
        public var channel: CallChannel
        /// How hard the call is.
        public var difficulty: Difficulty
        /// The customer's temperament.
        public var temperament: Temperament
        /// The team taking the call.
        public var department: String
        /// The company the agent works for.
        public var company: String

        /// Options with the defaults of `scenario new`.
        public init(
            id: String, language: String = "en", direction: CallDirection = .inbound, channel: CallChannel = .phone,
            difficulty: Difficulty = .medium, temperament: Temperament = .calm, department: String = "customer service",
            company: String = "Example Telecom"
        ) {
            self.id = id
            self.language = language
            self.direction = direction
            self.channel = channel
            self.difficulty = difficulty
            self.temperament = temperament
            self.department = department
            self.company = company
        }
    }

    /// The options.
    public let options: Options
    /// The phrasebook of the scenario's language, for the great agent's lines.
    public let phrasebook: Phrasebook

    /// A scaffold of `options`, with example lines from `phrasebook`.
    public init(options: Options, phrasebook: Phrasebook) {
        self.options = options
        self.phrasebook = phrasebook
    }

    /// "Billing double charge" from `billing-double-charge`.
    var title: String {
        let words = options.id.split(separator: "-").map(String.init)
        guard let first = words.first else { return options.id }
        return ([first.prefix(1).uppercased() + first.dropFirst()] + words.dropFirst()).joined(separator: " ")
    }

    var outbound: Bool { options.direction == .outbound }

    /// The example phrase of `category`, for the agent named Sam.
    func example(_ category: String) -> String {
        PhraseExamples.example(category, in: phrasebook, agent: "Sam", company: options.company) ?? category
    }

    /// Text as a double-quoted YAML scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }

    /// The great agent's lines, from the phrasebook.
    var greatAgentLines: [String] {
        var opening = "\(example("greeting")). \(example("self-introduction"))."
        if !opening.contains(options.company) { opening += " \(example("company-mention"))." }
        var lines = [opening]
        let question = options.language == "en" ? "?" : "؟"
        if outbound { lines.append(example("good-time-check") + question) }
        lines += [
            example("empathy") + ".",
            example("verification-request"),
            "/action fix",
            example("next-steps") + ".",
            "\(example("recap")). \(example("anything-else"))",
            example("farewell") + ".",
            "/end",
            "/notes Customer reported a problem with the account; verified identity, fixed the problem and explained what happens next.",
        ]
        return lines
    }
}
