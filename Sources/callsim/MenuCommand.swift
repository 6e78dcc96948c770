import ArgumentParser
import CallSimTerminal

/// `callsim` on its own: a short menu of what to do.
struct MenuCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "menu",
        abstract: "A short menu: practise, interview, drill, reports.",
        shouldDisplay: false)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let style = TerminalStyle.detect()
        Output.out([
            style.bold("callsim") + " — contact-centre call practice",
            "",
            "  callsim practice            practise a call (a menu of scenarios)",
            "  callsim practice ID         practise one scenario",
            "  callsim interview           rehearse a contact-centre job interview",
            "  callsim drill               flashcards: terms, metrics, better phrases",
            "  callsim history             your recorded calls",
            "  callsim show SESSION        one call: transcript and scorecard",
            "  callsim scenario list       the scenarios installed",
            "  callsim report              progress reports for trainers",
            "  callsim next                what to practise next",
            "",
            style.dim("callsim --help lists every command and option."),
        ])
    }
}
