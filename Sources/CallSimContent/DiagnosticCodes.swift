/// Every diagnostic code CallSimContent reports, with its meaning.
///
/// Codes are stable: trainers search for them and `docs/diagnostics.md` is generated from
/// ``DiagnosticCodes/all``. Add new codes; never renumber or reuse one.
///
/// | code | meaning |
/// |------|---------|
/// | Y001 | The file is not valid YAML (a syntax error). |
/// | Y002 | The file is not UTF-8 text. |
/// | Y003 | The file is empty or holds only comments. |
/// | Y004 | The file cannot be read: it does not exist, is a folder, or is not readable. |
/// | Y005 | The file is larger than 4 MB. |
/// | Y006 | The document holds more than 100,000 values (aliases can multiply a small file). |
/// | Y007 | Lists and mappings are nested too deeply. |
/// | Y008 | A key appears twice in one mapping. |
/// | Y009 | An alias is used in a mapping key. |
/// | S001 | Unknown key in a scenario (with the closest known key). |
/// | S002 | A scenario value has the wrong type (text, number, list, mapping, true/false). |
/// | S003 | A required scenario key is missing or empty. |
/// | S004 | A scenario value is not one of the allowed words. |
/// | S005 | A scenario number is out of range. |
/// | S006 | A scenario id, action name or category may use only lowercase letters, digits and hyphens. |
/// | S007 | Two beats have the same id. |
/// | S008 | `start`, `goto` or a condition's `beat` names a beat that does not exist. |
/// | S009 | A condition's `action` or `verify-before` names an action that is not declared. |
/// | S010 | A condition's `transfer` names a transfer target that is not declared. |
/// | S011 | A customer line has an unknown tag. |
/// | S012 | An unknown identity fact in `facts`, `given` or a `gives:` tag. |
/// | S013 | Two actions have the same name, or two transfer targets the same id. |
/// | B001 | Unknown key in a phrasebook (with the closest known key). |
/// | B002 | A phrasebook value has the wrong type. |
/// | B003 | A required phrasebook key is missing or empty. |
/// | B004 | A phrasebook value is not one of the allowed words. |
/// | B005 | A phrasebook number is out of range. |
/// | B006 | A category id may use only lowercase letters, digits and hyphens. |
/// | B007 | Two categories in one file have the same id. |
/// | B008 | Phrasebook files merged into one phrasebook are in different languages. |
/// | B009 | Warning: a category has no phrases. |
/// | P001 | A phrase pattern's brackets do not balance. |
/// | P002 | A phrase pattern has `\|` outside brackets. |
/// | P003 | A phrase pattern has empty alternatives `()` or an empty optional part `[]`. |
/// | P004 | A phrase pattern has no words. |
/// | P005 | A phrase pattern has only wildcards and slots, no plain word. |
/// | P006 | A phrase pattern expands to too many phrases. |
/// | P007 | A phrase pattern uses an unknown slot. |
/// | L001 | A library folder does not exist. |
/// | L002 | Warning: a library folder cannot be read; its files are skipped. |
/// | L003 | Two scenario files have the same id. |
/// | L004 | No scenario has the requested id. |
/// | L005 | No phrasebook files were found for a language. |
/// | L006 | Warning: the bundled scenarios and phrasebooks were not found. |
public enum DiagnosticCodes {
    /// Code → one-line meaning, for every code reported.
    public static let all: [String: String] = [
        "Y001": "The file is not valid YAML (a syntax error).",
        "Y002": "The file is not UTF-8 text.",
        "Y003": "The file is empty or holds only comments.",
        "Y004": "The file cannot be read: it does not exist, is a folder, or is not readable.",
        "Y005": "The file is larger than 4 MB.",
        "Y006": "The document holds more than 100,000 values (aliases can multiply a small file).",
        "Y007": "Lists and mappings are nested too deeply.",
        "Y008": "A key appears twice in one mapping.",
        "Y009": "An alias is used in a mapping key.",
        "S001": "Unknown key in a scenario (with the closest known key).",
        "S002": "A scenario value has the wrong type (text, number, list, mapping, true/false).",
        "S003": "A required scenario key is missing or empty.",
        "S004": "A scenario value is not one of the allowed words.",
        "S005": "A scenario number is out of range.",
        "S006": "A scenario id, action name or category may use only lowercase letters, digits and hyphens.",
        "S007": "Two beats have the same id.",
        "S008": "`start`, `goto` or a condition's `beat` names a beat that does not exist.",
        "S009": "A condition's `action` or `verify-before` names an action that is not declared.",
        "S010": "A condition's `transfer` names a transfer target that is not declared.",
        "S011": "A customer line has an unknown tag.",
        "S012": "An unknown identity fact in `facts`, `given` or a `gives:` tag.",
        "S013": "Two actions have the same name, or two transfer targets the same id.",
        "B001": "Unknown key in a phrasebook (with the closest known key).",
        "B002": "A phrasebook value has the wrong type.",
        "B003": "A required phrasebook key is missing or empty.",
        "B004": "A phrasebook value is not one of the allowed words.",
        "B005": "A phrasebook number is out of range.",
        "B006": "A category id may use only lowercase letters, digits and hyphens.",
        "B007": "Two categories in one file have the same id.",
        "B008": "Phrasebook files merged into one phrasebook are in different languages.",
        "B009": "Warning: a category has no phrases.",
        "P001": "A phrase pattern's brackets do not balance.",
        "P002": "A phrase pattern has `|` outside brackets.",
        "P003": "A phrase pattern has empty alternatives `()` or an empty optional part `[]`.",
        "P004": "A phrase pattern has no words.",
        "P005": "A phrase pattern has only wildcards and slots, no plain word.",
        "P006": "A phrase pattern expands to too many phrases.",
        "P007": "A phrase pattern uses an unknown slot.",
        "L001": "A library folder does not exist.",
        "L002": "Warning: a library folder cannot be read; its files are skipped.",
        "L003": "Two scenario files have the same id.",
        "L004": "No scenario has the requested id.",
        "L005": "No phrasebook files were found for a language.",
        "L006": "Warning: the bundled scenarios and phrasebooks were not found.",
    ]
}
