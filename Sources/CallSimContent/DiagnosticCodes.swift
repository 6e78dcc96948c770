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
/// | S014 | Warning: nothing reaches a beat. |
/// | S015 | The call has no way to end: no reachable beat or trigger has `end`. |
/// | S016 | The customer's issue can never be resolved. |
/// | S017 | A condition's `said` names a phrase category the language's phrasebooks do not have. |
/// | S018 | A variable is read but never set. |
/// | S019 | Warning: a variable is set but never read. |
/// | S020 | A condition can never hold. |
/// | S021 | Warning: a trigger never fires because an earlier trigger of the same list always fires first. |
/// | S022 | A customer line uses a placeholder that nothing fills. |
/// | S023 | Warning: a brief, hint or model line names an `/action` or `/transfer` target the scenario does not declare. |
/// | S024 | Warning: a beat that is not an end has no way out. |
/// | S025 | `scorecard.disabled` names a rule that is not on the scorecard. |
/// | S026 | An extra phrasebook in `phrasebooks` is missing, has errors or is in another language. |
/// | S027 | Warning: a customer line's mood range is empty, so mood never chooses it. |
/// | S028 | The policy asks for verification, but no customer lines give two identity details. |
/// | S029 | Warning: the customer says nothing when the call starts or reaches a beat. |
/// | B001 | Unknown key in a phrasebook (with the closest known key). |
/// | B002 | A phrasebook value has the wrong type. |
/// | B003 | A required phrasebook key is missing or empty. |
/// | B004 | A phrasebook value is not one of the allowed words. |
/// | B005 | A phrasebook number is out of range. |
/// | B006 | A category id may use only lowercase letters, digits and hyphens. |
/// | B007 | Two categories in one file have the same id. |
/// | B008 | Phrasebook files merged into one phrasebook are in different languages. |
/// | B009 | Warning: a category has no phrases. |
/// | B010 | Warning: a phrase stands for the same words as an earlier phrase of its category. |
/// | B011 | Warning: every wording of a phrase contains another phrase of its category, so it adds nothing. |
/// | B012 | Warning: a discouraged or abusive phrase always contains a recommended one. |
/// | B013 | Warning: a recommended phrase always contains a discouraged or abusive one. |
/// | B014 | Warning: a word of a phrase has no letters or digits, so it can never be matched. |
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
/// | T001 | Unknown key in a test plan (with the closest known key). |
/// | T002 | A test plan value has the wrong type. |
/// | T003 | A required test plan key is missing or empty. |
/// | T004 | A test plan value is not one of the allowed words. |
/// | T005 | A test plan number is out of range. |
/// | T006 | A test plan's `scenario` id may use only lowercase letters, digits and hyphens. |
/// | T007 | A test plan has no scenario beside it, or names another scenario. |
/// | T008 | A test plan names a beat its scenario does not have. |
/// | T009 | A test plan names a rule that is not on the scorecard. |
/// | T010 | Warning: a scenario has no test plan beside it. |
/// | Q001 | Unknown key in a question bank or deck (with the closest known key). |
/// | Q002 | A question bank or deck value has the wrong type. |
/// | Q003 | A required key of a question bank or deck is missing or empty. |
/// | Q004 | A question bank or deck value is not one of the allowed words. |
/// | Q005 | A question bank or deck number is out of range. |
/// | Q006 | An id in a question bank or deck may use only lowercase letters, digits and hyphens. |
/// | Q007 | Two questions, terms, talking points, facts or cards share an id. |
/// | Q008 | A rubric refers to a job term the bank does not declare. |
/// | Q009 | A behavioural question in a bank whose `star` cues lack a part. |
/// | Q010 | A knowledge question's rubric has no facts. |
/// | Q011 | A question's rubric has no talking points and no facts. |
/// | Q012 | A "say it better" card's front matches no discouraged phrase of the phrasebook. |
/// | Q013 | A "say it better" card's `better` names a category that is not a recommended one. |
/// | Q014 | A meaning card has no key ideas. |
/// | Q015 | Two question banks, or two decks of one language, share an id. |
/// | Q016 | No question bank or deck was found for the language or name asked for. |
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
        "S014": "Warning: nothing reaches a beat.",
        "S015": "The call has no way to end: no reachable beat or trigger has `end`.",
        "S016": "The customer's issue can never be resolved.",
        "S017": "A condition's `said` names a phrase category the language's phrasebooks do not have.",
        "S018": "A variable is read but never set.",
        "S019": "Warning: a variable is set but never read.",
        "S020": "A condition can never hold.",
        "S021": "Warning: a trigger never fires because an earlier trigger of the same list always fires first.",
        "S022": "A customer line uses a placeholder that nothing fills.",
        "S023": "Warning: a brief, hint or model line names an `/action` or `/transfer` target the scenario does not declare.",
        "S024": "Warning: a beat that is not an end has no way out.",
        "S025": "`scorecard.disabled` names a rule that is not on the scorecard.",
        "S026": "An extra phrasebook in `phrasebooks` is missing, has errors or is in another language.",
        "S027": "Warning: a customer line's mood range is empty, so mood never chooses it.",
        "S028": "The policy asks for verification, but no customer lines give two identity details.",
        "S029": "Warning: the customer says nothing when the call starts or reaches a beat.",
        "B001": "Unknown key in a phrasebook (with the closest known key).",
        "B002": "A phrasebook value has the wrong type.",
        "B003": "A required phrasebook key is missing or empty.",
        "B004": "A phrasebook value is not one of the allowed words.",
        "B005": "A phrasebook number is out of range.",
        "B006": "A category id may use only lowercase letters, digits and hyphens.",
        "B007": "Two categories in one file have the same id.",
        "B008": "Phrasebook files merged into one phrasebook are in different languages.",
        "B009": "Warning: a category has no phrases.",
        "B010": "Warning: a phrase stands for the same words as an earlier phrase of its category.",
        "B011": "Warning: every wording of a phrase contains another phrase of its category, so it adds nothing.",
        "B012": "Warning: a discouraged or abusive phrase always contains a recommended one.",
        "B013": "Warning: a recommended phrase always contains a discouraged or abusive one.",
        "B014": "Warning: a word of a phrase has no letters or digits, so it can never be matched.",
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
        "T001": "Unknown key in a test plan (with the closest known key).",
        "T002": "A test plan value has the wrong type.",
        "T003": "A required test plan key is missing or empty.",
        "T004": "A test plan value is not one of the allowed words.",
        "T005": "A test plan number is out of range.",
        "T006": "A test plan's `scenario` id may use only lowercase letters, digits and hyphens.",
        "T007": "A test plan has no scenario beside it, or names another scenario.",
        "T008": "A test plan names a beat its scenario does not have.",
        "T009": "A test plan names a rule that is not on the scorecard.",
        "T010": "Warning: a scenario has no test plan beside it.",
        "Q001": "Unknown key in a question bank or deck (with the closest known key).",
        "Q002": "A question bank or deck value has the wrong type.",
        "Q003": "A required key of a question bank or deck is missing or empty.",
        "Q004": "A question bank or deck value is not one of the allowed words.",
        "Q005": "A question bank or deck number is out of range.",
        "Q006": "An id in a question bank or deck may use only lowercase letters, digits and hyphens.",
        "Q007": "Two questions, terms, talking points, facts or cards share an id.",
        "Q008": "A rubric refers to a job term the bank does not declare.",
        "Q009": "A behavioural question in a bank whose `star` cues lack a part.",
        "Q010": "A knowledge question's rubric has no facts.",
        "Q011": "A question's rubric has no talking points and no facts.",
        "Q012": "A \"say it better\" card's front matches no discouraged phrase of the phrasebook.",
        "Q013": "A \"say it better\" card's `better` names a category that is not a recommended one.",
        "Q014": "A meaning card has no key ideas.",
        "Q015": "Two question banks, or two decks of one language, share an id.",
        "Q016": "No question bank or deck was found for the language or name asked for.",
    ]
}
