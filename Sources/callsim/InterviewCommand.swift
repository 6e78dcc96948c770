import ArgumentParser
import CallSimCore

/// `callsim interview [--as NAME] [--questions N] [--mode practice|mock] [--lang L] [--seed N]`,
/// and `callsim interview lint [PATH...]`.
struct InterviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Rehearse a contact-centre job interview, or check question banks.",
        subcommands: [InterviewRunCommand.self, InterviewLintCommand.self],
        defaultSubcommand: InterviewRunCommand.self)
}

/// The interview itself (the default of `callsim interview`).
struct InterviewRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Rehearse a job interview: questions, your answers, and what each answer covered.",
        discussion: """
            An answer may span several lines; an empty line or /done ends it. /skip moves on, \
            /repeat asks again, /quit ends the interview (what you answered is kept). In practice \
            mode /hint and /model help, and feedback follows each answer; in mock mode a report \
            comes at the end. Every answer is recorded as it is typed: see it with callsim history \
            and callsim show. Pipe lines in for a scripted run: the same lines and --seed give the \
            same interview.
            """)

    @OptionGroup var trainee: TraineeOption

    @Option(help: ArgumentHelp("How many questions to ask (the bank's first question always opens).", valueName: "n"))
    var questions: Int = 8

    @Option(help: "practice: hints, model answers and feedback after each answer; mock: a report at the end.")
    var mode: InterviewMode = .practice

    @Option(help: ArgumentHelp("The interview's language (en, ar, fa).", valueName: "lang"))
    var lang: String = "en"

    @Option(help: ArgumentHelp("The seed for choosing the questions; the same seed asks the same questions.", valueName: "n"))
    var seed: UInt64?

    @Option(help: ArgumentHelp("A question bank by id, instead of the first one in the language.", valueName: "id"))
    var bank: String?

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        guard questions >= 1 else { throw ValidationError("--questions must be 1 or more") }
        guard ["en", "ar", "fa"].contains(lang) else { throw ValidationError("--lang must be en, ar or fa") }
    }

    func run() throws {
        try reportingErrors {
            let runner = InterviewRunner(
                trainee: trainee.name, questionCount: questions, mode: mode, language: lang,
                seed: seed ?? UInt64.random(in: 1...999_999), bankID: bank, global: global)
            try runner.run()
        }
    }
}

extension InterviewMode: ExpressibleByArgument {}
