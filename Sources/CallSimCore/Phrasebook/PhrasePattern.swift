/// One step of an expanded phrase pattern.
public enum PatternElement: Hashable, Sendable {
    /// A normalised word that must appear.
    case word(String)
    /// Any words, at least `min` and at most `max` of them.
    case wildcard(min: Int, max: Int)
    /// A value supplied per call: `agent`, `company`, `customer`.
    case slot(String)
}

/// A problem in a phrase pattern, with the column it was found at (1-based, in the pattern).
public struct PatternError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Stable code, documented in docs/diagnostics.md.
    public var code: String
    /// What is wrong, and what to do.
    public var message: String
    /// 1-based column inside the pattern.
    public var column: Int

    /// Creates an error.
    public init(code: String, message: String, column: Int) {
        self.code = code
        self.message = message
        self.column = column
    }

    public var description: String { message }
}

/// Parses the phrasebook's pattern syntax, in the spirit of RiveScript:
/// `(a|b)` alternatives, `[x]` optional words, `*` for one to three words, `{slot}` values.
///
/// A pattern expands into every word sequence it stands for, each compiled into the matcher.
public enum PhrasePattern {
    /// The most sequences one pattern may expand to.
    public static let expansionLimit = 512
    /// The slots a pattern may use.
    public static let knownSlots: Set<String> = ["agent", "company", "customer"]

    /// The words of `pattern` that normalise to nothing (punctuation or symbols only, such as
    /// `—` or `👍`), with their 1-based columns: the matcher drops them, so they can never be
    /// matched, and an alternative made of one of them makes its group optional.
    public static func silentWords(in pattern: String) -> [(word: String, column: Int)] {
        var found: [(word: String, column: Int)] = []
        var word = String.UnicodeScalarView()
        var wordColumn = 0
        var inSlot = false
        func endWord() {
            if !word.isEmpty, Normalizer.normalize(String(word)).tokens.isEmpty { found.append((String(word), wordColumn)) }
            word = String.UnicodeScalarView()
        }
        for (index, scalar) in pattern.unicodeScalars.enumerated() {
            if inSlot {
                if scalar == "}" { inSlot = false }
                continue
            }
            switch scalar {
            case " ", "\t", "(", ")", "[", "]", "|", "*":
                endWord()
            case "{":
                endWord()
                inSlot = true
            default:
                if word.isEmpty { wordColumn = index + 1 }
                word.append(scalar)
            }
        }
        endWord()
        return found
    }

    indirect enum Node {
        case sequence([Node])
        case choice([Node])
        case optional(Node)
        case word(String)
        case wildcard
        case slot(String)
    }

    /// Every sequence of elements `pattern` stands for.
    public static func expand(_ pattern: String) throws(PatternError) -> [[PatternElement]] {
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        let node = try parser.parseSequence(closing: nil)
        var sequences: [[PatternElement]] = [[]]
        try expand(node, into: &sequences)
        sequences = sequences.filter { !$0.isEmpty }
        if sequences.isEmpty {
            throw PatternError(code: "P004", message: "the pattern has no words", column: 1)
        }
        if sequences.allSatisfy({ $0.allSatisfy { if case .word = $0 { false } else { true } } }) {
            throw PatternError(code: "P005", message: "the pattern needs at least one plain word besides wildcards and slots", column: 1)
        }
        return sequences
    }

    private static func expand(_ node: Node, into sequences: inout [[PatternElement]]) throws(PatternError) {
        switch node {
        case .word(let word):
            let words = Normalizer.normalize(word).tokens.map(\.text)
            for index in sequences.indices { sequences[index].append(contentsOf: words.map(PatternElement.word)) }
        case .wildcard:
            for index in sequences.indices { sequences[index].append(.wildcard(min: 1, max: 3)) }
        case .slot(let name):
            for index in sequences.indices { sequences[index].append(.slot(name)) }
        case .sequence(let parts):
            for part in parts { try expand(part, into: &sequences) }
        case .optional(let inner):
            var with = sequences
            try expand(inner, into: &with)
            sequences += with
        case .choice(let options):
            var all: [[PatternElement]] = []
            for option in options {
                var branch = sequences
                try expand(option, into: &branch)
                all += branch
            }
            sequences = all
        }
        if sequences.count > expansionLimit {
            throw PatternError(
                code: "P006",
                message: "the pattern expands to more than \(expansionLimit) phrases; split it into several phrases",
                column: 1)
        }
        // Remove duplicates that optional parts and choices can create ("[a] [b]" with both
        // empty). Appending words, wildcards or slots to distinct sequences keeps them
        // distinct, so only those two kinds of node need the check.
        switch node {
        case .optional, .choice:
            guard sequences.count > 1 else { return }
            var seen = Set<[PatternElement]>()
            sequences = sequences.filter { seen.insert($0).inserted }
        case .word, .wildcard, .slot, .sequence:
            return
        }
    }

    struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0

        init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var column: Int { position + 1 }

        mutating func parseSequence(closing: Unicode.Scalar?) throws(PatternError) -> Node {
            var alternatives: [[Node]] = [[]]
            var word = String.UnicodeScalarView()
            func endWord() {
                if !word.isEmpty { alternatives[alternatives.count - 1].append(.word(String(word))) }
                word = String.UnicodeScalarView()
            }
            while position < scalars.count {
                let scalar = scalars[position]
                switch scalar {
                case " ", "\t":
                    endWord()
                    position += 1
                case "(":
                    endWord()
                    let start = position
                    position += 1
                    let inner = try parseSequence(closing: ")")
                    guard case .choice = inner else {
                        if case .sequence(let parts) = inner, parts.isEmpty {
                            throw PatternError(code: "P003", message: "empty alternatives `()`", column: start + 1)
                        }
                        alternatives[alternatives.count - 1].append(inner)
                        continue
                    }
                    alternatives[alternatives.count - 1].append(inner)
                case "[":
                    endWord()
                    let start = position
                    position += 1
                    let inner = try parseSequence(closing: "]")
                    if case .sequence(let parts) = inner, parts.isEmpty {
                        throw PatternError(code: "P003", message: "empty optional part `[]`", column: start + 1)
                    }
                    alternatives[alternatives.count - 1].append(.optional(inner))
                case "|":
                    guard closing != nil else {
                        throw PatternError(
                            code: "P002", message: "`|` outside brackets; write alternatives as `(a|b)`", column: column)
                    }
                    endWord()
                    alternatives.append([])
                    position += 1
                case ")", "]":
                    guard scalar == closing else {
                        throw PatternError(code: "P001", message: "unexpected `\(scalar)`; brackets do not balance", column: column)
                    }
                    endWord()
                    position += 1
                    return makeNode(alternatives)
                case "*":
                    endWord()
                    alternatives[alternatives.count - 1].append(.wildcard)
                    position += 1
                case "{":
                    endWord()
                    let start = position
                    var name = String.UnicodeScalarView()
                    position += 1
                    while position < scalars.count, scalars[position] != "}" {
                        name.append(scalars[position])
                        position += 1
                    }
                    guard position < scalars.count else {
                        throw PatternError(code: "P001", message: "`{` is never closed", column: start + 1)
                    }
                    position += 1
                    let slot = String(name).lowercased()
                    guard PhrasePattern.knownSlots.contains(slot) else {
                        throw PatternError(
                            code: "P007",
                            message: "unknown slot `{\(String(name))}`; use {agent}, {company} or {customer}",
                            column: start + 1)
                    }
                    alternatives[alternatives.count - 1].append(.slot(slot))
                default:
                    word.append(scalar)
                    position += 1
                }
            }
            if let closing {
                throw PatternError(code: "P001", message: "missing `\(closing)`; brackets do not balance", column: column)
            }
            endWord()
            return makeNode(alternatives)
        }

        private func makeNode(_ alternatives: [[Node]]) -> Node {
            if alternatives.count == 1 { return .sequence(alternatives[0]) }
            return .choice(alternatives.map { Node.sequence($0) })
        }
    }
}
