#!/usr/bin/env bash
# Phrase matching and grading throughput: callsim against the peers of ../shared/bench, on the
# same workload, in the same run, so the ratios hold whatever the machine's load.
#
#   1. workload: python3 ../shared/bench/gen.py --out bench-data/peers/data (gitignored; made once)
#   2. peers: the C word trie (c/wordtrie.c, on the pre-normalised text) and the strongest Python
#      peer, "normalise, then pyahocorasick" (bench_py.py pipeline_pyahocorasick, raw text),
#      run from a copy of ../shared/bench (it is read-only; bench_py.py reads data/ beside itself)
#   3. callsim: `callsim phrasebook scan` on the RAW utterances with the raw phrase list
#      (compiled with callsim's own normaliser), exact (--exact) and with one-typo tolerance;
#      median of RUNS passes, reading + normalising + matching, single thread
#   4. agreement: callsim's exact matches against the peer's, utterance by utterance
#   5. typo'd phrases: precision and recall from truth_N.jsonl
#   6. grade: transcripts made from the utterances, `callsim grade --format jsonl`: turns/s,
#      and peak memory for 1x and 10x as many files (memory must not grow with the files)
#
# Usage: scripts/bench-matcher.sh            env: RUNS (5), N (10k or 1k), SCRATCH (.build),
#        GRADE_FILES (200), GRADE_TURNS (100), SKIP_GRADE=1, SKIP_PEERS=1
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SHARED=${SHARED:-$ROOT/../shared/bench}
WORK=$ROOT/bench-data
PEERS=$WORK/peers
DATA=$PEERS/data
RUNS=${RUNS:-5}
N=${N:-10k}
SCRATCH=${SCRATCH:-.build}
GRADE_FILES=${GRADE_FILES:-200}
GRADE_TURNS=${GRADE_TURNS:-100}

load() { echo "# load: $(cut -d' ' -f1-3 /proc/loadavg)"; }

mkdir -p "$PEERS"
if [ ! -f "$PEERS/bench_py.py" ]; then
  cp -r "$SHARED/gen.py" "$SHARED/norm.py" "$SHARED/bench_py.py" "$SHARED/c" "$PEERS/"
  chmod -R u+w "$PEERS"
fi
if [ ! -f "$DATA/meta.json" ]; then
  echo "# generating the workload: python3 $SHARED/gen.py --out $DATA"
  python3 "$PEERS/gen.py" --out "$DATA" >/dev/null
fi
if [ ! -x "$WORK/venv/bin/python" ]; then
  python3 -m venv "$WORK/venv"
  "$WORK/venv/bin/pip" install -q pyahocorasick==2.3.1
fi
gcc -O2 -march=native -o "$PEERS/c/wordtrie" "$PEERS/c/wordtrie.c"

echo "# swift build -c release --scratch-path $SCRATCH --product callsim"
swift build -c release --scratch-path "$SCRATCH" --product callsim >/dev/null
CALLSIM="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/callsim"

echo "# host: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), commit $(git rev-parse --short HEAD)$(git status --porcelain | grep -q . && echo ' (uncommitted changes)' || true)"
LOG=$WORK/matcher-$(date +%Y%m%d-%H%M%S).txt
scan() { "$CALLSIM" phrasebook scan "$DATA/utterances_$N.txt" --phrases "$DATA/phrases_$N.txt" "$@"; }
{
  load
  # Interleaved, so each measurement sees about the same load.
  if [ -z "${SKIP_PEERS:-}" ]; then
    "$PEERS/c/wordtrie" "$DATA/phrases_$N.norm.txt" "$DATA/utterances_$N.norm.txt" "norm_N${N}_M100k" "$RUNS"
  fi
  scan --format count --exact --stats --repeat "$RUNS" 2>&1 >/dev/null | sed "s/^stats:/peer=callsim_exact workload=raw_N${N}_M100k/"
  if [ -z "${SKIP_PEERS:-}" ]; then
    (cd "$PEERS" && "$WORK/venv/bin/python" bench_py.py pipeline_pyahocorasick "$N" --runs "$RUNS")
  fi
  scan --format count --stats --repeat "$RUNS" 2>&1 >/dev/null | sed "s/^stats:/peer=callsim_typos workload=raw_N${N}_M100k/"
  load
} | tee "$LOG"

python3 - "$LOG" <<'EOF'
import sys
rows = {}
for line in open(sys.argv[1]):
    if line.startswith("peer="):
        kv = dict(t.split("=", 1) for t in line.split() if "=" in t)
        rows[kv["peer"]] = float(kv["utterances_per_s"])
c, py = rows.get("c_word_trie"), rows.get("pipeline_pyahocorasick")
for name in ("callsim_exact", "callsim_typos"):
    us = rows.get(name)
    if us is None:
        continue
    parts = [f"{name}: {us:,.0f} utterances/s"]
    if py: parts.append(f"{us / py:.1f}x the Python peer ({py:,.0f}/s)")
    if c: parts.append(f"C word trie {c:,.0f}/s is {c / us:.2f}x callsim")
    print("# " + "; ".join(parts))
EOF

echo "# agreement of exact matches with the peer (normalise, then pyahocorasick), all utterances"
scan --format jsonl --exact > "$WORK/callsim_exact.jsonl"
scan --format jsonl > "$WORK/callsim_typos.jsonl"
"$WORK/venv/bin/python" - "$PEERS" "$N" "$WORK" <<'EOF'
import collections, json, os, sys
peers, n, work = sys.argv[1:4]
sys.path.insert(0, peers)
import bench_py
from norm import normalize
data = os.path.join(peers, "data")
phrases = open(os.path.join(data, f"phrases_{n}.norm.txt"), encoding="utf-8").read().split("\n")[:-1]
raw = open(os.path.join(data, f"utterances_{n}.txt"), encoding="utf-8").read().split("\n")[:-1]
match, _ = bench_py.build_pyahocorasick(phrases, [])
peer = [sorted(match(normalize(u))) for u in raw]

def load(name):
    found = collections.defaultdict(list)
    fuzzy = collections.defaultdict(list)
    for line in open(os.path.join(work, name), encoding="utf-8"):
        m = json.loads(line)
        (fuzzy if m["fuzzy"] else found)[m["line"] - 1].append(m["phrase"] - 1)
    return found, fuzzy

exact, _ = load("callsim_exact.jsonl")
differ = [i for i in range(len(raw)) if sorted(exact.get(i, [])) != peer[i]]
total_peer = sum(map(len, peer))
total_callsim = sum(map(len, exact.values()))
print(f"utterances={len(raw)} peer_matches={total_peer} callsim_exact_matches={total_callsim} "
      f"utterances_that_differ={len(differ)}")
for i in differ[:10]:
    print(f"  line {i + 1}: peer {peer[i]} callsim {sorted(exact.get(i, []))}: {raw[i][:120]}")

print("# typo'd phrases (truth_%s.jsonl): recall and precision" % n)
truth = {}
for line in open(os.path.join(data, f"truth_{n}.jsonl")):
    t = json.loads(line)
    truth[t["u"]] = list(zip(t["p"], t["typo"]))
exact_t, fuzzy_t = load("callsim_typos.jsonl")
def recall(found, want_typo, sources):
    tot = hit = 0
    for u, planted in truth.items():
        for pid, typo in planted:
            if typo != want_typo:
                continue
            tot += 1
            hit += any(pid in s.get(u, []) for s in sources)
    return hit, tot
for label, sources in (("exact only", [exact]), ("with one typo", [exact_t, fuzzy_t])):
    h, t = recall(None, True, sources)
    hc, tc = recall(None, False, sources)
    print(f"{label}: recall_typo={h / t:.3f} ({h}/{t}) recall_clean={hc / tc:.3f} ({hc}/{tc})")
fuzzy_pairs = [(u, p) for u, ps in fuzzy_t.items() for p in ps]
planted = {(u, p) for u, ps in truth.items() for p, _ in ps}
true_fuzzy = sum((u, p) in planted for u, p in fuzzy_pairs)
print(f"fuzzy matches={len(fuzzy_pairs)} of planted phrases={true_fuzzy} precision_fuzzy={true_fuzzy / max(1, len(fuzzy_pairs)):.3f}")
# Why typo'd phrases were missed: find the phrase in the normalised utterance with one word
# different, and look at that word.
def one_edit(a, b):
    if a == b:
        return False
    if len(a) == len(b):
        d = [i for i in range(len(a)) if a[i] != b[i]]
        return len(d) == 1 or (len(d) == 2 and d[1] == d[0] + 1 and a[d[0]] == b[d[1]] and a[d[1]] == b[d[0]])
    if abs(len(a) - len(b)) != 1:
        return False
    l, s = (a, b) if len(a) > len(b) else (b, a)
    return any(l[:i] + l[i + 1:] == s for i in range(len(l)))
vocab = {w for p in phrases for w in p.split()}
reasons = collections.Counter()
for u, ps in truth.items():
    tokens = normalize(raw[u]).split()
    for pid, typo in ps:
        if not typo or pid in exact_t.get(u, []) or pid in fuzzy_t.get(u, []):
            continue
        words = phrases[pid].split()
        pair = next((d[0] for i in range(len(tokens) - len(words) + 1)
                     for d in [[(a, b) for a, b in zip(words, tokens[i:i + len(words)]) if a != b]] if len(d) == 1), None)
        if pair is None:
            reasons["the typo split or joined words"] += 1
        elif len(pair[0]) < 5:
            reasons["typo in a word of fewer than five letters"] += 1
        elif pair[1] in vocab:
            reasons["the typo made another phrasebook word"] += 1
        elif pair[0][0] != pair[1][0]:
            reasons["first letter changed"] += 1
        elif not one_edit(*pair):
            reasons["more than one edit once normalised"] += 1
        else:
            reasons["other"] += 1
print(f"typo'd phrases missed={sum(reasons.values())}: " + "; ".join(f"{k}={v}" for k, v in reasons.most_common()))
EOF

[ -n "${SKIP_GRADE:-}" ] && exit 0
echo "# grade: $GRADE_FILES and $((GRADE_FILES * 10)) transcripts of $GRADE_TURNS turns made from the utterances"
python3 - "$DATA/utterances_$N.txt" "$WORK/transcripts" "$((GRADE_FILES * 10))" "$GRADE_TURNS" <<'EOF'
import os, sys
source, out, files, turns = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
lines = [l for l in open(source, encoding="utf-8").read().split("\n") if l and not l.startswith("/")]
os.makedirs(out, exist_ok=True)
k = 0
for f in range(files):
    with open(os.path.join(out, f"call{f:05d}.txt"), "w", encoding="utf-8") as t:
        t.write("@language: en\n@company: Nile Telecom\n@agent: Sam\n")
        for i in range(turns):
            t.write(f"{'agent' if i % 2 == 0 else 'customer'}: {lines[k % len(lines)]}\n")
            k += 1
EOF
for files in "$GRADE_FILES" "$((GRADE_FILES * 10))"; do
  list=$(ls "$WORK"/transcripts/call*.txt | head -n "$files")
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$CALLSIM" grade --format jsonl $list > /dev/null
  read -r seconds kb < "$WORK/time.txt"
  python3 -c "import sys; f,t,s,k=int(sys.argv[1]),int(sys.argv[2]),float(sys.argv[3]),int(sys.argv[4]); print(f'grade: files={f} turns={f*t} seconds={s:.2f} turns_per_s={f*t/s:,.0f} max_rss_mb={k/1024:.1f}')" "$files" "$GRADE_TURNS" "$seconds" "$kb"
done
load
echo "# log: $LOG"
