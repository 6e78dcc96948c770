#!/usr/bin/env bash
# Regenerates the parts of the authoring docs that come from the program, so they match it:
#   docs/diagnostics.md                  callsim scenario lint --explain all
#   docs/scenarios.md  (key reference)   callsim scenario schema --format markdown
#   docs/testplans.md  (key reference)   callsim scenario schema --testplan --format markdown
# The tests in Tests/CallSimContentTests/DocsUpToDateTests.swift fail until this is run after
# a change to the diagnostic codes or the file formats.
#
# Usage: scripts/update-authoring-docs.sh [CALLSIM]   (default: builds and uses .build/debug/callsim)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ge 1 ]; then
  callsim="$1"
else
  swift build --product callsim >/dev/null
  callsim="$(swift build --show-bin-path)/callsim"
fi

"$callsim" scenario lint --explain all > docs/diagnostics.md

replace_reference() {  # FILE, then the callsim arguments that print the reference
  local file="$1"; shift
  local generated
  generated="$(mktemp)"
  "$callsim" "$@" > "$generated"
  python3 - "$file" "$generated" <<'PY'
import sys
path, generated = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
text = open(path, encoding="utf-8").read()
begin, end = "<!-- BEGIN GENERATED KEY REFERENCE -->\n", "<!-- END GENERATED KEY REFERENCE -->"
start, stop = text.index(begin) + len(begin), text.index(end)
open(path, "w", encoding="utf-8").write(text[:start] + generated + text[stop:])
PY
  rm -f "$generated"
}

replace_reference docs/scenarios.md scenario schema --format markdown
replace_reference docs/testplans.md scenario schema --testplan --format markdown
echo "updated docs/diagnostics.md, docs/scenarios.md and docs/testplans.md"
