/// NFKC for the compatibility characters that reach a contact-centre transcript: Arabic
/// presentation forms (as pasted from PDFs and old keyboards), Latin ligatures, and
/// superscript and circled digits. Everything else is already in composed form when typed.
enum CompatibilityForms {
    /// The letters a compatibility scalar stands for, or nil when it is not one of them.
    static func letters(for value: UInt32) -> [Unicode.Scalar]? {
        switch value {
        case 0xFB00: return ["f", "f"]
        case 0xFB01: return ["f", "i"]
        case 0xFB02: return ["f", "l"]
        case 0xFB03: return ["f", "f", "i"]
        case 0xFB04: return ["f", "f", "l"]
        case 0x00B2: return ["2"]
        case 0x00B3: return ["3"]
        case 0x00B9: return ["1"]
        case 0x2070: return ["0"]
        case 0x2074...0x2079: return [Unicode.Scalar(UInt8(value - 0x2070) + 0x30)]
        case 0x2460...0x2468: return [Unicode.Scalar(UInt8(value - 0x2460) + 0x31)]
        case 0xFE80...0xFEFC: return arabicPresentationB(value)
        case 0xFB8E...0xFB95: return ["\u{0643}"]  // keheh forms
        case 0xFBFC...0xFBFF: return ["\u{064A}"]  // Farsi yeh forms
        case 0xFB56...0xFB59: return ["\u{067E}"]  // peh
        case 0xFB7A...0xFB7D: return ["\u{0686}"]  // tcheh
        case 0xFB8A...0xFB8B: return ["\u{0698}"]  // jeh
        default: return nil
        }
    }

    /// Arabic Presentation Forms-B (isolated, final, initial and medial letter shapes).
    private static func arabicPresentationB(_ value: UInt32) -> [Unicode.Scalar]? {
        // Ranges of shapes for each base letter, in the order of the Unicode block.
        let table: [(ClosedRange<UInt32>, UInt32)] = [
            (0xFE80...0xFE80, 0x0621), (0xFE81...0xFE84, 0x0627), (0xFE85...0xFE86, 0x0648), (0xFE87...0xFE88, 0x0627), (0xFE89...0xFE8C, 0x064A),
            (0xFE8D...0xFE8E, 0x0627), (0xFE8F...0xFE92, 0x0628), (0xFE93...0xFE94, 0x0647),
            (0xFE95...0xFE98, 0x062A), (0xFE99...0xFE9C, 0x062B), (0xFE9D...0xFEA0, 0x062C),
            (0xFEA1...0xFEA4, 0x062D), (0xFEA5...0xFEA8, 0x062E), (0xFEA9...0xFEAA, 0x062F),
            (0xFEAB...0xFEAC, 0x0630), (0xFEAD...0xFEAE, 0x0631), (0xFEAF...0xFEB0, 0x0632),
            (0xFEB1...0xFEB4, 0x0633), (0xFEB5...0xFEB8, 0x0634), (0xFEB9...0xFEBC, 0x0635),
            (0xFEBD...0xFEC0, 0x0636), (0xFEC1...0xFEC4, 0x0637), (0xFEC5...0xFEC8, 0x0638),
            (0xFEC9...0xFECC, 0x0639), (0xFECD...0xFED0, 0x063A), (0xFED1...0xFED4, 0x0641),
            (0xFED5...0xFED8, 0x0642), (0xFED9...0xFEDC, 0x0643), (0xFEDD...0xFEE0, 0x0644),
            (0xFEE1...0xFEE4, 0x0645), (0xFEE5...0xFEE8, 0x0646), (0xFEE9...0xFEEC, 0x0647),
            (0xFEED...0xFEEE, 0x0648), (0xFEEF...0xFEF4, 0x064A),
        ]
        if (0xFEF5...0xFEFC).contains(value) { return ["\u{0644}", "\u{0627}"] }  // lam-alef ligatures
        for (range, base) in table where range.contains(value) {
            return Unicode.Scalar(base).map { [$0] }
        }
        return nil
    }
}
