/// Completion data: in-call commands and, per command, their argument words.
///
/// A line is split on blanks (space and tab). The first word is completed
/// from `commands`; the second word (the command's first argument) is
/// completed from `arguments[command]` when the first word is exactly a known
/// argument-taking command. Later words are not completed. Matching is by
/// case-sensitive prefix; results keep the catalog's order, without duplicates.
public struct CompletionCatalog: Sendable, Equatable {
    /// The in-call commands, for example `/transfer`.
    public let commands: [String]
    /// Per command, the words its argument can take.
    public let arguments: [String: [String]]

    /// A catalog of `commands` and, per command, the words of its argument.
    public init(commands: [String], arguments: [String: [String]]) {
        self.commands = commands
        self.arguments = arguments
    }

    /// A catalog that completes nothing.
    public static let empty = CompletionCatalog(commands: [], arguments: [:])

    /// The candidates for the word that ends at the cursor.
    ///
    /// - Parameter lineBeforeCursor: the line typed so far, up to the cursor.
    /// - Returns: whole words (not suffixes) that start with the partial
    ///   word, e.g. `"/tra"` → `["/transfer"]`,
    ///   `"/transfer bil"` → `["billing-tier2"]`. A word that is already
    ///   complete is its own only candidate when nothing longer matches.
    public func completions(for lineBeforeCursor: String) -> [String] {
        let (completeWords, partialWord) = Self.split(lineBeforeCursor)
        switch completeWords.count {
        case 0:
            return Self.matching(partialWord, in: commands)
        case 1:
            guard let words = arguments[completeWords[0]] else { return [] }
            return Self.matching(partialWord, in: words)
        default:
            return []
        }
    }

    /// Splits a line into the words before the cursor's word and the
    /// (possibly empty) word the cursor is in.
    static func split(_ line: String) -> (complete: [String], partial: String) {
        var words: [String] = []
        var current = ""
        for character in line {
            if character == " " || character == "\t" {
                if !current.isEmpty {
                    words.append(current)
                    current = ""
                }
            } else {
                current.append(character)
            }
        }
        return (words, current)
    }

    private static func matching(_ prefix: String, in candidates: [String]) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for candidate in candidates where candidate.hasPrefix(prefix) && !candidate.isEmpty {
            if seen.insert(candidate).inserted {
                result.append(candidate)
            }
        }
        return result
    }
}
