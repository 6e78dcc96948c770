#!/usr/bin/env bash
# Every performance benchmark of callsim, with where the numbers came from.
#   1. scripts/bench-startup.sh: the release binary's start-up, timed by hyperfine
#      (budget: `callsim --help` and the start of a practice call well under 50 ms).
#   2. Benchmarks/: a SwiftPM package of its own (ordo-one/benchmark), so the main build
#      never fetches it: a trainee's turn (budget: under 1 ms), normalising, matching,
#      and the scorecard of a 20-turn call. Its first build takes a few minutes.
# Extra arguments go to the benchmark plugin, e.g. `scripts/bench.sh --filter 'turn.*'`.
set -euo pipefail

cd "$(dirname "$0")/.."

echo "== where these numbers come from"
echo "commit:   $(git rev-parse --short HEAD 2>/dev/null || echo 'no commit')$(git status --porcelain 2>/dev/null | grep -q . && echo ' (with uncommitted changes)' || true)"
echo "machine:  $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(uname -sr)"
echo "swift:    $(swift --version 2>/dev/null | head -1)"
echo "load:     $(cat /proc/loadavg)   (a shared machine: compare runs made under similar load)"
echo

echo "== start-up: scripts/bench-startup.sh (hyperfine, release build)"
scripts/bench-startup.sh
echo

echo "== hot paths: cd Benchmarks && swift package --allow-writing-to-package-directory benchmark (release build)"
echo "load:     $(cat /proc/loadavg)"
(cd Benchmarks && swift package --allow-writing-to-package-directory benchmark --no-progress "$@")
echo "load after: $(cat /proc/loadavg)"
