/// The structural problems scenario (`S`), phrasebook (`B`) and test plan (`T`) files share;
/// the number is the same in every family (`S001`, `B001` and `T001` are all an unknown key).
enum StructureProblem: Int {
    case unknownKey = 1
    case wrongType = 2
    case missingKey = 3
    case badValue = 4
    case outOfRange = 5
    case badIdentifier = 6

    /// The code in a family: `S001`, `B002`, ...
    func code(in family: StructureFamily) -> String {
        let number = String(rawValue)
        return family.rawValue + String(repeating: "0", count: max(0, 3 - number.count)) + number
    }
}

/// Which kind of file is being read, which decides the letter of structure codes.
enum StructureFamily: String {
    case scenario = "S"
    case phrasebook = "B"
    case testPlan = "T"
}
