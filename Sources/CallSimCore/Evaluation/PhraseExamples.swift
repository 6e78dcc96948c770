/// Example phrases for advice, taken from the call's own phrasebook so an Arabic or Persian
/// trainee is shown a phrase in their language.
public enum PhraseExamples {
    /// The first phrase of `category`, written out plainly (first alternative, optional words
    /// kept, slots filled or left as ellipses).
    public static func example(_ category: String, in phrasebook: Phrasebook, agent: String?, company: String?) -> String? {
        guard let entry = phrasebook.category(category)?.phrases.first else { return nil }
        let sentence = plain(entry.pattern, agent: agent, company: company)
        return phrasebook.language == "en" ? capitalisingI(sentence) : sentence
    }

    /// English "i" as a word ("i", "i'm", "i'll") written "I".
    static func capitalisingI(_ sentence: String) -> String {
        sentence.split(separator: " ", omittingEmptySubsequences: false).map { word in
            word == "i" || word.hasPrefix("i'") || word.hasPrefix("i’") ? "I" + word.dropFirst() : String(word)
        }.joined(separator: " ")
    }

    /// A pattern written out as a sentence.
    public static func plain(_ pattern: String, agent: String?, company: String?) -> String {
        var out = ""
        var depth = 0
        var skipping = false
        var skipDepth = 0
        var slot: String?
        for character in pattern {
            if var name = slot {
                if character == "}" {
                    switch name {
                    case "agent": out += (agent?.isEmpty == false ? agent ?? "" : "[your name]")
                    case "company": out += (company?.isEmpty == false ? company ?? "" : "[company]")
                    default: out += "[name]"
                    }
                    slot = nil
                } else {
                    name.append(character)
                    slot = name
                }
                continue
            }
            switch character {
            case "(", "[":
                depth += 1
            case ")", "]":
                if skipping, depth == skipDepth { skipping = false }
                depth -= 1
            case "|":
                if !skipping {
                    skipping = true
                    skipDepth = depth
                }
            case "*":
                if !skipping { out += "…" }
            case "{":
                if !skipping { slot = "" }
            default:
                if !skipping { out.append(character) }
            }
        }
        let words = out.split(separator: " ")
        guard let first = words.first else { return "" }
        let sentence = ([first.prefix(1).uppercased() + first.dropFirst()] + words.dropFirst().map(String.init)).joined(separator: " ")
        return sentence
    }
}
