/// The structural problems both scenario (`S`) and phrasebook (`B`) files share; the
/// number is the same in both families (`S001` and `B001` are both an unknown key).
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
}
