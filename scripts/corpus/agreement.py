#!/usr/bin/env python3
"""Agreement between callsim's verdicts and reference labels, as Markdown.

Usage:
    agreement.py LABELS.tsv RESULTS.jsonl [EXPLANATIONS.tsv]

LABELS.tsv      call, rule, label (pass|fail|not-applicable), note; `#` lines are comments.
RESULTS.jsonl   `callsim grade --format jsonl` output; a call's id is its file name
                without the extension.
EXPLANATIONS    optional: call, rule, explanation of a disagreement.

Prints, for each rule: calls, agreements, agreement %, precision and recall of "pass"
(not-applicable counts as not pass), the verdict counts; then every disagreement with the
reference note, callsim's verdict, turn and evidence, and the explanation. Exits 1 when a
labelled call has no result, or when EXPLANATIONS is given and a disagreement has none.

Python 3 standard library only.
"""

import json
import os
import sys

RULES = ["greeting", "agent-name", "company-name", "identity-verification", "anything-else", "farewell"]


def read_tsv(path, width):
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if fields[0] == "call":
                continue
            rows.append((fields + [""] * width)[:width])
    return rows


def read_results(path):
    results = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            report = json.loads(line)
            call = os.path.splitext(os.path.basename(report["file"]))[0]
            results[call] = {rule["id"]: rule for rule in report["rules"]}
    return results


def percent(part, whole):
    return "–" if whole == 0 else "%.0f%%" % (100.0 * part / whole)


def main(argv):
    if len(argv) not in (3, 4):
        sys.stderr.write(__doc__)
        return 2
    labels = read_tsv(argv[1], 4)
    results = read_results(argv[2])
    explanations = {}
    if len(argv) == 4:
        explanations = {(call, rule): text for call, rule, text in read_tsv(argv[3], 3)}
    missing = sorted({call for call, _, _, _ in labels if call not in results})
    if missing:
        sys.stderr.write("no result for: %s\n" % ", ".join(missing))
        return 1

    print("| rule | calls | agree | agreement | precision (pass) | recall (pass) | reference pass/fail/n-a | callsim pass/fail/n-a |")
    print("|---|---:|---:|---:|---:|---:|---|---|")
    disagreements = []
    for rule in RULES:
        rows = [(call, label, note) for call, r, label, note in labels if r == rule]
        agree = both_pass = said_pass = ref_pass = 0
        ref_counts = {"pass": 0, "fail": 0, "not-applicable": 0}
        our_counts = {"pass": 0, "fail": 0, "not-applicable": 0}
        for call, label, note in rows:
            finding = results[call][rule]
            verdict = finding["verdict"]
            ref_counts[label] += 1
            our_counts[verdict] += 1
            said_pass += verdict == "pass"
            ref_pass += label == "pass"
            both_pass += verdict == "pass" and label == "pass"
            if verdict == label:
                agree += 1
            else:
                disagreements.append((rule, call, label, note, finding))
        print("| `%s` | %d | %d | %s | %s | %s | %d/%d/%d | %d/%d/%d |" % (
            rule, len(rows), agree, percent(agree, len(rows)), percent(both_pass, said_pass),
            percent(both_pass, ref_pass), ref_counts["pass"], ref_counts["fail"],
            ref_counts["not-applicable"], our_counts["pass"], our_counts["fail"],
            our_counts["not-applicable"]))

    print()
    print("Disagreements: %d" % len(disagreements))
    print()
    unexplained = 0
    for rule, call, label, note, finding in disagreements:
        said = finding["verdict"]
        where = " at turn %s" % finding["turn"] if finding.get("turn") else ""
        evidence = " (“%s”)" % finding["evidence"] if finding.get("evidence") else ""
        why = explanations.get((call, rule))
        if why is None:
            unexplained += 1
            why = "UNEXPLAINED"
        print("- `%s` %s — reference **%s** (%s); callsim **%s**%s%s. %s" % (
            rule, call, label, note, said, where, evidence, why))
    if explanations and unexplained:
        sys.stderr.write("%d disagreement(s) without an explanation\n" % unexplained)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
