/// Chooses the questions of one interview from a bank.
///
/// The bank's first question opens every interview ("Tell me about yourself"); the others
/// are drawn with the seed, one of each kind first (general, knowledge, behavioural,
/// role-play) so that even a short interview mixes them, and asked in the bank's order, so
/// an interview flows from the candidate to knowledge, stories and role-play. The same seed
/// gives the same questions.
public enum QuestionSelection {
    /// `count` questions of `bank` (all of them when it has no more), in bank order.
    public static func choose(_ count: Int, from bank: QuestionBank, seed: UInt64) -> [InterviewQuestion] {
        let questions = bank.questions
        guard count < questions.count else { return questions }
        guard count > 0, let first = questions.first else { return [] }
        var generator = SeededGenerator(seed: seed)
        var rest = Array(questions.indices.dropFirst())
        // Fisher–Yates with the seeded generator: the standard library's shuffle may change between releases.
        if rest.count > 1 {
            for index in stride(from: rest.count - 1, to: 0, by: -1) {
                let other = Int(generator.next() % UInt64(index + 1))
                rest.swapAt(index, other)
            }
        }
        // One question of each kind first, so a short interview still mixes them; then the rest.
        var kinds: Set<QuestionKind> = [first.kind]
        var chosen: [Int] = []
        for index in rest where chosen.count < count - 1 && kinds.insert(questions[index].kind).inserted {
            chosen.append(index)
        }
        for index in rest where chosen.count < count - 1 && !chosen.contains(index) {
            chosen.append(index)
        }
        return [first] + chosen.sorted().map { questions[$0] }
    }
}
