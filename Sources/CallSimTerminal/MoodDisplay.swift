import CallSimCore

/// How a customer's mood is shown: a word and the number on the 0–10 scale.
public enum MoodDisplay {
    /// A word for the mood: calm, uneasy, annoyed, angry, furious.
    public static func word(_ mood: Double) -> String {
        switch mood {
        case ..<2.5: "calm"
        case ..<4.5: "uneasy"
        case ..<6.5: "annoyed"
        case ..<8.5: "angry"
        default: "furious"
        }
    }

    /// `angry 7/10`.
    public static func label(_ mood: Double) -> String {
        "\(word(mood)) \(Int(mood.rounded(.down)))/10"
    }

    /// The label coloured by how bad the mood is.
    public static func styled(_ mood: Double, style: TerminalStyle) -> String {
        let text = label(mood)
        switch mood {
        case ..<2.5: return style.green(text)
        case ..<6.5: return style.yellow(text)
        default: return style.red(text)
        }
    }
}
