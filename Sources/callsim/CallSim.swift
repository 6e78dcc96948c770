import ArgumentParser

/// The `callsim` root command.
@main
struct CallSim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "callsim",
        abstract: "Practise contact-centre calls against scripted customers, and get a QA scorecard.",
        discussion: "Run without a command for a short menu.",
        version: "0.1.0",
        subcommands: [
            MenuCommand.self, PracticeCommand.self, HistoryCommand.self, ShowCommand.self, ScenarioCommand.self, PhrasebookCommand.self, GradeCommand.self,
            InterviewCommand.self, DrillCommand.self,
            ReportCommand.self, ReplayCommand.self, ReviewCommand.self, CalibrateCommand.self, NextCommand.self,
            TraineeCommand.self, BenchDBCommand.self,
        ],
        defaultSubcommand: MenuCommand.self
    )
}
