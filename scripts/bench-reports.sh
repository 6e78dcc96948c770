#!/usr/bin/env bash
# Reports at scale: builds the release binary, generates (once) a database of 1,000 trainees,
# 100,000 calls and 2,000,000 turns with the hidden `callsim bench-db` command, then times
# every report view on it with hyperfine (scripts/setup.sh hyperfine), or with `time` when
# hyperfine is missing. The database is cached in bench-data/ (git-ignored); delete it to
# generate a new one. Budget: every view under one second.
#   scripts/bench-reports.sh [TRAINEES CALLS TURNS]
set -euo pipefail
cd "$(dirname "$0")/.."

trainees=${1:-1000}
calls=${2:-100000}
turns=${3:-2000000}
db="bench-data/reports-${trainees}x${calls}x${turns}.sqlite"
bin=.build/release/callsim

echo "== where these numbers come from"
echo "commit:   $(git rev-parse --short HEAD 2>/dev/null || echo 'no commit')$(git status --porcelain 2>/dev/null | grep -q . && echo ' (with uncommitted changes)' || true)"
echo "machine:  $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(uname -sr)"
echo "swift:    $(swift --version 2>/dev/null | head -1)"
echo "load:     $(cat /proc/loadavg)"
echo

echo "== release build"
swift build -c release --product callsim >/dev/null
mkdir -p bench-data
if [ ! -s "$db" ]; then
  echo "== generating $db (once; takes a few minutes)"
  rm -f "$db" "$db-wal" "$db-shm"
  start=$(date +%s)
  "$bin" bench-db --db "$db" --trainees "$trainees" --calls "$calls" --turns "$turns"
  echo "generated in $(( $(date +%s) - start )) s, $(du -h "$db" | cut -f1)"
fi
echo

busiest=$("$bin" report --db "$db" --format csv | sed -n 2p | cut -d, -f2)
since=$(date -d '90 days ago' +%Y-%m-%d)
views=(
  "report --cohort"
  "report --cohort --format html"
  "report --cohort --since $since --team North"
  "report --trainee '$busiest'"
  "report --trainee '$busiest' --format html"
  "report --scenario billing-double-charge"
  "report --scenario billing-double-charge --mode exam --format json"
  "report --rule hold-etiquette"
  "report --rule recap --format csv"
  "calibrate"
  "next --as '$busiest'"
)
echo "== every view on $db (busiest trainee: $busiest)"
if command -v hyperfine >/dev/null 2>&1; then
  commands=()
  for view in "${views[@]}"; do commands+=("$bin $view --db $db > /dev/null"); done
  hyperfine --warmup 1 --runs 5 --style basic --export-markdown bench-data/reports.md "${commands[@]}"
  echo
  echo "markdown table: bench-data/reports.md"
else
  for view in "${views[@]}"; do
    echo "-- callsim $view"
    eval "time $bin $view --db $db > /dev/null"
  done
fi
echo "load after: $(cat /proc/loadavg)"
