#!/usr/bin/env bash
# Startup benchmark of the release binary, with hyperfine.
#
# Budget: `callsim --help` and the start of a practice call (menu printed, waiting for
# input) take well under 50 ms. Measured here:
#   help          callsim --help
#   menu          callsim practice --db DB </dev/null       (prints the menu, reads end of
#                                                             input, exits 1: -i ignores that)
#   named call    printf '/quit\n' | callsim practice billing-double-charge --seed 1 --db DB
#                 (brief, greeting prompt, then /quit: the call is also scored and recorded)
#
# Usage: scripts/bench-startup.sh [RUNS]     (RUNS defaults to 30; warmup is 3)
# Figures vary with the machine's load; the script prints /proc/loadavg beside them.
set -euo pipefail

cd "$(dirname "$0")/.."
runs="${1:-30}"
warmup=3

scripts/setup.sh hyperfine jq

echo "bench-startup: swift build -c release"
build_log="$(mktemp)"
if ! swift build -c release >"$build_log" 2>&1; then
  cat "$build_log" >&2
  echo "bench-startup: the release build failed" >&2
  exit 1
fi
rm -f "$build_log"
bin="$(swift build -c release --show-bin-path)/callsim"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
db="$tmp/x.sqlite"

common=(--warmup "$warmup" --runs "$runs" --style basic --time-unit millisecond)

# No shell for a plain command (-N); bash for the redirection and the pipe (hyperfine
# subtracts the shell's own start-up time from those).
hyperfine "${common[@]}" -N --export-json "$tmp/help.json" \
  -n 'callsim --help' "$bin --help" >/dev/null
if ! hyperfine "${common[@]}" --shell=bash -i --export-json "$tmp/menu.json" \
  -n 'callsim practice </dev/null (menu)' "'$bin' practice --db '$db' </dev/null" >/dev/null 2>"$tmp/menu.err"; then
  cat "$tmp/menu.err" >&2
  exit 1
fi
grep -v 'Ignoring non-zero exit code' "$tmp/menu.err" >&2 || true  # the menu's exit 1 is expected
hyperfine "${common[@]}" --shell=bash --export-json "$tmp/call.json" \
  -n "printf '/quit\\n' | callsim practice billing-double-charge" \
  "printf '/quit\\n' | '$bin' practice billing-double-charge --seed 1 --db '$db'" >/dev/null

echo
echo "startup, release build ($bin), hyperfine $(hyperfine --version | cut -d' ' -f2), warmup $warmup, $runs runs"
echo "load average: $(cat /proc/loadavg)"
printf '%-58s %18s %9s %9s\n' "command" "mean ± σ (ms)" "min (ms)" "max (ms)"
for name in help menu call; do
  jq -r '.results[] | [.command, (.mean*1000), (.stddev*1000), (.min*1000), (.max*1000)] | map(tostring) | join("\t")' "$tmp/$name.json" |
    while IFS=$'\t' read -r command mean sd min max; do
      printf '%-58s %9.1f ± %6.1f %9.1f %9.1f\n' "$command" "$mean" "$sd" "$min" "$max"
    done
done
echo "budget: well under 50 ms each"
