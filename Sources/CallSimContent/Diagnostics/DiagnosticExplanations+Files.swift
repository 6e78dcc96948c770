/// Explanations of the Y (reading files) and L (libraries) codes.
extension DiagnosticExplanations {
    static let files: [String: String] = [
        "Y001": """
            The YAML parser stopped here. The caret shows where it noticed the problem, which is often \
            just after the real mistake: an unclosed `[` or `{`, a missing space after `:` or `-`, a tab \
            used for indentation, or a line indented differently from its neighbours. Text that holds a \
            `:` followed by a space, or starts with `{`, `[`, `*`, `&`, `!` or `%`, must be quoted.

            ```yaml
            title: "Refund: charged twice"   # quoted because of the colon
            ```
            """,
        "Y002": """
            Files must be saved as UTF-8. The message gives the first byte that is not, with its line and \
            column. In most editors, use "Save with encoding" and choose UTF-8 (Windows-1252 and \
            UTF-16 are the usual culprits).
            """,
        "Y003": "The file holds nothing but spaces or comments. Write the scenario's keys, or delete the file.",
        "Y004": "The path does not exist, is a folder, or you may not read it. Check the spelling and the file's permissions.",
        "Y005": "Files larger than 4 MB are not read, so a mistaken file cannot exhaust the program. A scenario is a few kilobytes; split anything larger.",
        "Y006": """
            The document holds more than 100,000 values. A small file can do this with anchors and aliases \
            that repeat each other (a "billion laughs" file); reading stops so the program does not hang.
            """,
        "Y007": "Lists and mappings are nested more than 64 levels deep. No scenario needs that; flatten the structure.",
        "Y008": "A key appears twice in one mapping; the second is ignored. Keep one, or merge their values. The message gives the line of the first.",
        "Y009": "An alias (`*name`) is used as a mapping key. Keys must be plain words; aliases may only stand for values.",
        "L001": "A folder given with `--library` or in `CALLSIM_LIBRARY` does not exist. Check the path; a library folder holds `scenarios/` and `phrasebooks/`.",
        "L002": "A folder in a library cannot be read (permissions), so its files are skipped. The other folders are still read.",
        "L003": """
            Two scenario files use the same `id`, so `callsim practice ID` could mean either. Ids must be \
            unique across the bundled library and yours. The message names the other file; the first \
            one found (bundled first, then `--library` folders, then `CALLSIM_LIBRARY`) keeps the id, \
            so rename the one in your library.
            """,
        "L004": "No scenario has the id asked for. The message suggests the closest id; `callsim scenario list` lists them all.",
        "L005": "No phrasebook files were found for the scenario's language, so its lines cannot be judged. Phrasebooks live in `phrasebooks/LANGUAGE/*.yaml`.",
        "L006": "The bundled scenarios and phrasebooks were not found next to the program. Set `CALLSIM_HOME` to the folder that holds `scenarios/` and `phrasebooks/`.",
    ]
}
