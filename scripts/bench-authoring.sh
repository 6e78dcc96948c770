#!/usr/bin/env bash
# Authoring benchmark: `callsim scenario lint` and `callsim scenario test` of 200 scenarios
# (with their test plans), release build, timed by hyperfine.
#
# Budget: lint and test of 200 scenarios each in under a second.
#
# The 200 scenarios are copies of the bundled scenarios that have a test plan which passes,
# renamed (id and file) so each is its own scenario, in a temporary library folder:
#   callsim scenario lint TMP/scenarios     200 scenarios and 200 test plans, every check
#                                           (and their ids against the whole library)
#   callsim scenario test TMP/scenarios     every run of the 200 plans
#
# Usage: scripts/bench-authoring.sh [SCENARIOS] [RUNS]   (defaults: 200 scenarios, 10 runs, warmup 2)
# SCRATCH=DIR builds in DIR (swift build --scratch-path) instead of .build.
# Figures vary with the machine's load; the script prints /proc/loadavg beside them, and
# hyperfine's user time (CPU time) is steadier than the wall-clock mean on a busy machine.
set -euo pipefail

cd "$(dirname "$0")/.."
count="${1:-200}"
runs="${2:-10}"
warmup=2

scripts/setup.sh hyperfine jq

build=(swift build -c release)
[ -n "${SCRATCH:-}" ] && build+=(--scratch-path "$SCRATCH")
echo "bench-authoring: ${build[*]}"
"${build[@]}" --product callsim >/dev/null
bin="$("${build[@]}" --show-bin-path)/callsim"
export CALLSIM_HOME="$PWD"
unset CALLSIM_LIBRARY

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/lib/scenarios"

# The bundled scenarios whose test plan passes.
sources=()
while IFS= read -r plan; do
  scenario="${plan%.testplan.yaml}.yaml"
  if [ -f "$scenario" ] && "$bin" scenario test "$scenario" >/dev/null 2>&1; then sources+=("$scenario"); fi
done < <(find scenarios -name '*.testplan.yaml' | sort)
if [ ${#sources[@]} -eq 0 ]; then
  echo "bench-authoring: no bundled scenario with a passing test plan to copy" >&2
  exit 1
fi

for ((i = 0; i < count; i++)); do
  source="${sources[$((i % ${#sources[@]}))]}"
  id="$(sed -n 's/^id: *//p' "$source" | head -1)"
  new="$id-copy-$i"
  sed "s/^id: *$id *\$/id: $new/" "$source" > "$tmp/lib/scenarios/$new.yaml"
  sed "s/^scenario: *$id *\$/scenario: $new/" "${source%.yaml}.testplan.yaml" > "$tmp/lib/scenarios/$new.testplan.yaml"
done

runs_total="$(cat "$tmp"/lib/scenarios/*.testplan.yaml | grep -c '^  - name:')"

# Both commands must succeed on the copies before they are timed.
"$bin" scenario lint "$tmp/lib/scenarios" --library "$tmp/lib"
"$bin" scenario test "$tmp/lib/scenarios" --library "$tmp/lib" | tail -1

common=(--warmup "$warmup" --runs "$runs" --style basic --time-unit millisecond -N)
hyperfine "${common[@]}" --export-json "$tmp/lint.json" \
  -n "callsim scenario lint ($count scenarios + plans)" "$bin scenario lint $tmp/lib/scenarios --library $tmp/lib" >/dev/null
hyperfine "${common[@]}" --export-json "$tmp/test.json" \
  -n "callsim scenario test ($count scenarios, $runs_total runs)" "$bin scenario test $tmp/lib/scenarios --library $tmp/lib" >/dev/null

echo
echo "authoring, release build ($bin), hyperfine $(hyperfine --version | cut -d' ' -f2), warmup $warmup, $runs runs"
echo "copies of: ${sources[*]}"
echo "machine: $(nproc) cores; load average: $(cat /proc/loadavg)"
printf '%-52s %18s %9s %9s %9s\n' "command" "mean ± σ (ms)" "min (ms)" "max (ms)" "user (ms)"
for name in lint test; do
  jq -r '.results[] | [.command, (.mean*1000), (.stddev*1000), (.min*1000), (.max*1000), (.user*1000)] | map(tostring) | join("\t")' "$tmp/$name.json" |
    while IFS=$'\t' read -r command mean sd min max user; do
      printf '%-52s %9.1f ± %6.1f %9.1f %9.1f %9.1f\n' "$command" "$mean" "$sd" "$min" "$max" "$user"
    done
done
echo "budget: under 1000 ms each"
