import CallSimTerminal

/// Two texts in two columns, wrapped at word boundaries: how a test failure shows what was
/// expected beside what happened.
enum SideBySide {
    /// The lines of the two columns under the headings `expected` and `actual`.
    static func lines(expected: String, actual: String, width: Int = 44, indent: String = "        ") -> [String] {
        let left = wrap(expected, width: width)
        let right = wrap(actual, width: width)
        var lines = [indent + "expected".padded(to: width) + " │ actual"]
        for index in 0..<max(left.count, right.count) {
            let cell = index < left.count ? left[index] : ""
            let other = index < right.count ? right[index] : ""
            lines.append((indent + cell.padded(to: width) + " │ " + other).trimmingSideBySideSpaces())
        }
        return lines
    }

    /// `text` cut into lines of at most `width` scalars, breaking between words (a longer
    /// word is cut).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            var word = word
            while word.unicodeScalars.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                let scalars = Array(word.unicodeScalars)
                lines.append(String(String.UnicodeScalarView(scalars[..<width])))
                word = String(String.UnicodeScalarView(scalars[width...]))
            }
            if current.isEmpty {
                current = word
            } else if current.unicodeScalars.count + 1 + word.unicodeScalars.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}

extension String {
    /// The string without trailing spaces.
    fileprivate func trimmingSideBySideSpaces() -> String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
