import Foundation
@testable import CallSimCore

/// A small question bank, built in code, for the interview and drill tests.
enum InterviewFixtures {
    static func phrases(_ patterns: [String]) -> [PhraseEntry] { patterns.map { PhraseEntry(pattern: $0) } }

    static let aht = InterviewQuestion(
        id: "aht", kind: .knowledge, ask: "What is AHT?", hint: "Name it and list its parts.",
        model: "Average handle time: talk plus hold plus after-call work, per call.",
        rubric: Rubric(
            points: [RubricItem(id: "why", label: "why it matters", phrases: phrases(["(staffing|planning|efficiency)"]))],
            terms: ["aht", "wrap-time"],
            facts: [
                RubricItem(id: "name", label: "average handle time", phrases: phrases(["average (handle|handling) time"])),
                RubricItem(
                    id: "talk", label: "includes talk time", phrases: phrases(["talk time"]),
                    wrong: phrases(["(only|just) [the] talk time"])),
                RubricItem(id: "hold", label: "includes hold time", phrases: phrases(["hold time"])),
            ]))

    static let aboutYou = InterviewQuestion(
        id: "about-you", kind: .general, ask: "Tell me about yourself.", hint: "Who, what, why.", model: "I'm Sam.",
        rubric: Rubric(points: [
            RubricItem(id: "background", label: "who you are", phrases: phrases(["my name is"])),
            RubricItem(id: "experience", label: "experience", phrases: phrases(["i (worked|have worked) (at|in|as)"])),
        ], terms: ["empathy"]))

    static let story = InterviewQuestion(
        id: "story", kind: .behavioural, ask: "Tell me about a difficult customer.", hint: "Use STAR.", model: "At my last job…",
        rubric: Rubric(points: [RubricItem(id: "outcome", label: "the outcome", phrases: phrases(["(thanked|stayed|happy)"]))]))

    static let rolePlay = InterviewQuestion(
        id: "role-play", kind: .rolePlay, ask: "I was charged twice!", hint: "Acknowledge.", model: "I'm sorry…",
        rubric: Rubric(points: [RubricItem(id: "sorry", label: "apologise", phrases: phrases(["sorry"]))]))

    static let star = StarCues(phrases: [
        .situation: phrases(["(at|in) my (last|previous) (job|role)", "a customer called"]),
        .task: phrases(["i (had|needed) to"]),
        .action: phrases(["so i", "i (checked|explained|offered)"]),
        .result: phrases(["(in the end|as a result)", "the customer (thanked|stayed)"]),
    ])

    static let bank = QuestionBank(
        id: "test-bank", title: "Test interview", language: "en", interviewer: "Dana", intro: "Welcome.",
        closing: "Thank you.",
        terms: [
            JobTerm(id: "aht", label: "AHT", phrases: phrases(["AHT", "average (handle|handling) time"])),
            JobTerm(id: "wrap-time", label: "wrap time", phrases: phrases(["wrap [up] time", "after call work"])),
            JobTerm(id: "empathy", label: "empathy", phrases: phrases(["empathy", "empathise"])),
            JobTerm(id: "handle-time", label: "handle time", phrases: phrases(["handle time"])),
        ],
        star: star, questions: [aboutYou, aht, story, rolePlay])

    /// `count` words of filler-free text.
    static func words(_ count: Int) -> String {
        Array(repeating: "customers", count: count).joined(separator: " ")
    }
}
