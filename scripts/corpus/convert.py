#!/usr/bin/env python3
"""Convert public agent-customer dialogues to callsim transcripts (CONTRACTS.md section 3).

Usage:
    convert.py OUT_DIR INPUT...

Each INPUT is one of (the format is recognised from the content, not the name):
  * ABCD curated subset (JSONL; objects with "abcd_convo_id", "actions_taken", "turns")
  * ABCD original form (JSON; a list of conversations with "original" and "delexed", as in
    abcd_sample.json, or the full corpus's {"train": [...], "dev": [...], "test": [...]})
  * Harper Valley Bank curated subset (JSONL; objects with "hvb_sid" and "turns")

One transcript per call is written to OUT_DIR as CALL-ID.txt, in the text form: headers
(@language, @direction, @channel, @company), then `agent:` and `customer:` lines. Customer
lines carry no tags, so callsim infers them from the words. The data stays where it is: write
OUT_DIR outside the repository (or in a git-ignored folder).

Decisions (documented in docs/evaluation.md):
  * ABCD actions (system_action rows, named by the corpus's own action labels) become
    `agent: /action NAME` lines at the row's position when ABCD's ontology files them under
    "kb_query" or "interaction" (they read or change the customer's account); FAQ and policy
    searches ("faq_policy": search-faq, select-faq, membership, ...) touch no account and
    become `# faq/policy lookup: NAME` comments.
  * Harper Valley Bank has no action rows (the task the agent logged has no time), so the
    task becomes a comment; non-speech marks ([noise], <unk>, ...) are removed, and a line
    left empty is dropped.
  * No @agent or @customer header: callsim must find names in the words, as a trainer's
    recording would give it nothing else.

Python 3 standard library only.
"""

import json
import os
import re
import sys

ABCD_COMPANY = "AcmeCorp"  # the company named in ABCD's agent guidelines (guidelines.json)
HVB_COMPANY = "Harper Valley National Bank"  # the bank named in the corpus's agent script

# ABCD ontology.json, "actions": the two groups that read or change the customer's account.
# Used when no ontology.json is found next to the input.
ABCD_ACCOUNT_ACTIONS = {
    "verify-identity", "ask-the-oracle", "validate-purchase", "make-password", "promo-code",
    "subscription-status", "offer-refund", "make-purchase", "record-reason", "enter-details",
    "shipping-status", "update-order", "pull-up-account", "update-account", "send-link",
    "notify-team",
}

NON_SPEECH = re.compile(r"\[[^\]]*\]|<[^>]*>")


def clean(text):
    """One line of text that the transcript parser reads back unchanged."""
    text = " ".join(text.split())
    # Braces would be read as tags; a leading slash as an in-call command.
    text = text.replace("{", "(").replace("}", ")")
    return text.lstrip("/").strip()


def account_actions(input_path):
    """The ABCD action names that touch the account, from ontology.json beside the input."""
    folder = os.path.dirname(os.path.abspath(input_path))
    for candidate in (folder, os.path.dirname(folder)):
        path = os.path.join(candidate, "ontology.json")
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as handle:
                actions = json.load(handle).get("actions", {})
            return set(actions.get("kb_query", {})) | set(actions.get("interaction", {}))
    return set(ABCD_ACCOUNT_ACTIONS)


def header(source, channel, company, extra=()):
    lines = ["# converted by scripts/corpus/convert.py from %s" % source]
    lines += ["# %s" % note for note in extra]
    lines += ["@language: en", "@direction: inbound", "@channel: %s" % channel, "@company: %s" % company]
    return lines


def action_line(name, account):
    if name in account:
        return "agent: /action %s" % name
    return "# faq/policy lookup: %s" % name


def abcd_curated(record, account, source):
    """An ABCD curated-subset call: system_action rows take the action labels in order."""
    actions = list(record.get("actions_taken", []))
    rows = [turn for turn in record["turns"] if turn["speaker"] == "system_action"]
    if len(rows) != len(actions):
        raise ValueError("%s: %d action rows but %d action labels" % (record["id"], len(rows), len(actions)))
    notes = ["ABCD convo_id %s, flow %s/%s (MIT, ASAPP Research)" % (
        record.get("abcd_convo_id"), record.get("flow"), record.get("subflow"))]
    lines = header(source, "chat", ABCD_COMPANY, notes)
    names = iter(actions)
    for turn in record["turns"]:
        speaker = turn["speaker"]
        if speaker == "system_action":
            lines.append(action_line(next(names), account))
            continue
        text = clean(turn["text"])
        if text and speaker in ("agent", "customer"):
            lines.append("%s: %s" % (speaker, text))
    return record["id"], lines


def abcd_original(convo, account, source):
    """An ABCD call in the corpus's own form: the k-th action row is the k-th delexed action."""
    names = [row["targets"][2] for row in convo["delexed"] if row["speaker"] == "action"]
    rows = [row for row in convo["original"] if row[0] == "action"]
    if len(rows) != len(names):
        raise ValueError("convo %s: %d action rows but %d action labels" % (convo["convo_id"], len(rows), len(names)))
    scenario = convo.get("scenario", {})
    notes = ["ABCD convo_id %s, flow %s/%s (MIT, ASAPP Research)" % (
        convo["convo_id"], scenario.get("flow"), scenario.get("subflow"))]
    lines = header(source, "chat", ABCD_COMPANY, notes)
    labels = iter(names)
    for speaker, text in convo["original"]:
        if speaker == "action":
            lines.append(action_line(next(labels), account))
            continue
        text = clean(text)
        if text and speaker in ("agent", "customer"):
            lines.append("%s: %s" % (speaker, text))
    return "ABCD-%s" % convo["convo_id"], lines


def hvb(record, source):
    """A Harper Valley Bank call: speech only, the logged task as a comment."""
    tasks = ", ".join(record.get("task_logged_by_agent") or record.get("task_assigned") or [])
    notes = ["Harper Valley Bank sid %s (Gridspace, Apache 2.0)" % record.get("hvb_sid"),
             "task logged by agent: %s" % (tasks or "none")]
    lines = header(source, "phone", HVB_COMPANY, notes)
    for turn in record["turns"]:
        text = clean(NON_SPEECH.sub(" ", turn["text"]))
        if text and turn["speaker"] in ("agent", "customer"):
            lines.append("%s: %s" % (turn["speaker"], text))
    return record["id"], lines


def calls(path):
    """Every (id, lines) of one input file."""
    source = os.path.basename(path)
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    stripped = text.lstrip()
    if stripped.startswith("[") or (stripped.startswith("{") and '"train"' in stripped[:200]):
        data = json.loads(text)
        convos = data if isinstance(data, list) else [c for split in data.values() for c in split]
        account = account_actions(path)
        return [abcd_original(convo, account, source) for convo in convos]
    records = [json.loads(line) for line in text.splitlines() if line.strip()]
    result = []
    account = None
    for record in records:
        if "hvb_sid" in record:
            result.append(hvb(record, source))
        elif "abcd_convo_id" in record:
            account = account if account is not None else account_actions(path)
            result.append(abcd_curated(record, account, source))
        else:
            raise ValueError("%s: a record that is neither ABCD nor Harper Valley Bank" % path)
    return result


def main(argv):
    if len(argv) < 3 or argv[1] in ("-h", "--help"):
        sys.stderr.write(__doc__)
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    count = 0
    for path in argv[2:]:
        for call_id, lines in calls(path):
            with open(os.path.join(out, "%s.txt" % call_id), "w", encoding="utf-8") as handle:
                handle.write("\n".join(lines) + "\n")
            count += 1
    sys.stderr.write("converted %d calls into %s\n" % (count, out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
