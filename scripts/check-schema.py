#!/usr/bin/env python3
"""Validates YAML files against a JSON Schema (draft 2020-12).

Usage: scripts/check-schema.py SCHEMA.json FILE.yaml...
       callsim scenario schema > /tmp/s.json && scripts/check-schema.py /tmp/s.json scenarios/en/*[!n].yaml

Needs the python3 modules `yaml` and `jsonschema` (Debian: python3-yaml python3-jsonschema,
e.g. `scripts/setup.sh python3-yaml python3-jsonschema`). Exits 1 when a file does not validate.
"""
import datetime
import json
import sys

import jsonschema
import yaml


def plain(value):
    """YAML values as JSON ones: dates (YAML's timestamps) become the text they were."""
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def main(arguments):
    if len(arguments) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(arguments[0], encoding="utf-8") as handle:
        schema = json.load(handle)
    validator = jsonschema.Draft202012Validator(schema)
    failed = 0
    for path in arguments[1:]:
        with open(path, encoding="utf-8") as handle:
            document = plain(yaml.safe_load(handle))
        errors = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
        for error in errors:
            place = "/".join(str(part) for part in error.absolute_path) or "(top)"
            print(f"{path}: {place}: {error.message}")
        failed += bool(errors)
        if not errors:
            print(f"{path}: valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
