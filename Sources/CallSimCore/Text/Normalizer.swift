/// Turns a line of text into normalised tokens: case-folded, compatibility forms composed,
/// punctuation and spacing collapsed, contractions expanded, Arabic and Persian letters
/// unified (alef forms, yeh forms, kaf forms, teh marbuta as heh, diacritics and tatweel
/// removed, ZWNJ joining a word), and Arabic-Indic and Persian digits read as ASCII.
///
/// It works on Unicode scalars, never on `Character`, and keeps every token's UTF-8 offsets
/// into the original text.
public enum Normalizer {
    /// Normalises one line.
    public static func normalize(_ text: String) -> NormalizedText {
        var tokens: [Token] = []
        tokens.reserveCapacity(16)
        var word = String.UnicodeScalarView()
        var hasApostrophe = false
        var wordStart = -1
        var wordEnd = 0
        var letterEnd = 0  // end of the word's last letter, before any closing quote mark
        var offset = 0

        func flush() {
            guard wordStart >= 0 else { return }
            // An apostrophe at the end of a word is a closing quote, not a contraction.
            if word.last == "'" {
                while let last = word.last, last == "'" { word.removeLast() }
                wordEnd = letterEnd
            }
            if !word.isEmpty {
                let text = String(word)
                if hasApostrophe {
                    for part in Contractions.expand(text) where !part.isEmpty {
                        tokens.append(Token(text: part, start: wordStart, end: wordEnd))
                    }
                } else {
                    tokens.append(Token(text: text, start: wordStart, end: wordEnd))
                }
            }
            word = String.UnicodeScalarView()
            hasApostrophe = false
            wordStart = -1
        }

        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            switch ScalarFolding.fold(scalar) {
            case .letters(let letters):
                if wordStart < 0 { wordStart = offset }
                word.append(contentsOf: letters)
                wordEnd = offset + width
                letterEnd = wordEnd
            case .ignored:
                if wordStart >= 0 {
                    wordEnd = offset + width
                    letterEnd = wordEnd
                }
            case .apostrophe:
                if wordStart >= 0 {
                    word.append("'")
                    hasApostrophe = true
                    wordEnd = offset + width
                }
            case .separator:
                flush()
            }
            offset += width
        }
        flush()
        return NormalizedText(original: text, tokens: tokens)
    }

    /// The normalised words of `text`, joined by single spaces.
    public static func normalizedString(_ text: String) -> String {
        normalize(text).joined
    }
}
