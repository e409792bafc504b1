#!/bin/sh
# Build benchmark: peerpress next to Hugo on the same generated site.
#
#   apt-get install -y hugo hyperfine time     # once
#   benches/build.sh [DOCS] [LEAFLET_DOCS]     # default 1000 and 200
#   (PEERPRESS_BIN=path uses an already built release binary)
#
# 1. clean web build (no leaflets) of DOCS × 9 locales, peerpress vs Hugo (hyperfine);
# 2. peak memory of that build (GNU time);
# 3. with leaflets, LEAFLET_DOCS × 9: clean build vs a no-change rebuild;
# 4. one English paragraph edited: what re-renders (the build summary).
set -eu
DOCS=${1:-1000}
LEAFLET_DOCS=${2:-200}
REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_DIR:-/tmp/peerpress-bench}
if [ -z "${PEERPRESS_BIN:-}" ]; then
  cargo build --release --quiet --manifest-path "$REPO/Cargo.toml"
fi
BIN=${PEERPRESS_BIN:-"$REPO/target/release/peerpress"}
export SOURCE_DATE_EPOCH=1795000000

echo "== generating $DOCS × 9 corpus in $WORK/web"
python3 "$REPO/benches/corpus.py" "$BIN" "$REPO" "$WORK/web" "$DOCS"
cd "$WORK/web"
echo "== 1. clean web build, $DOCS documents × 9 locales"
hyperfine --warmup 1 --runs 5 --export-json "$WORK/web.json" \
  --prepare "rm -rf peerpress/output hugo/public" \
  -n peerpress "$BIN build --root peerpress --no-leaflets --quiet" \
  -n hugo "hugo --quiet --source hugo"
python3 - "$WORK/web.json" <<'PY'
import json, sys
r = {x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}
print(f"peerpress {r['peerpress']:.2f} s, Hugo {r['hugo']:.2f} s: peerpress is {r['hugo'] / r['peerpress']:.2f}x Hugo's speed")
PY
echo "== 1b. the same, paired: peerpress and Hugo alternate, ratio per pair (a shared machine's load changes between hyperfine's two batches)"
python3 - "$BIN" <<'PY'
import shutil, statistics, subprocess, sys, time
def clean_build(cmd, out):
    shutil.rmtree(out, ignore_errors=True)
    t = time.perf_counter()
    subprocess.run(cmd, check=True)
    return time.perf_counter() - t
ratios, pp, hg = [], [], []
for _ in range(10):
    pp.append(clean_build([sys.argv[1], "build", "--root", "peerpress", "--no-leaflets", "--quiet"], "peerpress/output"))
    hg.append(clean_build(["hugo", "--quiet", "--source", "hugo"], "hugo/public"))
    ratios.append(hg[-1] / pp[-1])
print(f"10 pairs: peerpress median {statistics.median(pp):.2f} s, Hugo median {statistics.median(hg):.2f} s; "
      f"Hugo/peerpress per pair: median {statistics.median(ratios):.2f}x, min {min(ratios):.2f}x, max {max(ratios):.2f}x")
PY
echo "== 2. peak memory of the clean web build"
rm -rf peerpress/output
/usr/bin/time -v "$BIN" build --root peerpress --no-leaflets --quiet 2>&1 \
  | awk '/Maximum resident/ {printf "peerpress peak RSS %.0f MiB\n", $6 / 1024}'
rm -rf hugo/public
/usr/bin/time -v hugo --quiet --source hugo 2>&1 \
  | awk '/Maximum resident/ {printf "Hugo peak RSS %.0f MiB\n", $6 / 1024}'

echo "== generating $LEAFLET_DOCS × 9 corpus in $WORK/print"
python3 "$REPO/benches/corpus.py" "$BIN" "$REPO" "$WORK/print" "$LEAFLET_DOCS"
cd "$WORK/print"
echo "== 3. with leaflets: clean build vs no-change rebuild"
hyperfine --runs 3 --export-json "$WORK/print.json" \
  --prepare "rm -rf peerpress/output" -n clean "$BIN build --root peerpress --quiet"
"$BIN" build --root peerpress --quiet
hyperfine --runs 5 --export-json "$WORK/rebuild.json" \
  -n rebuild "$BIN build --root peerpress --quiet"
python3 - "$WORK/print.json" "$WORK/rebuild.json" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))["results"][0]["mean"]
r = json.load(open(sys.argv[2]))["results"][0]["mean"]
print(f"clean {c:.2f} s, no-change rebuild {r:.2f} s = {100 * r / c:.1f} % of the clean build")
PY
echo "== 4. one English paragraph edited"
sed -i '0,/^See\|^[A-Z][a-z]* [a-z]* /s//Edited &/' peerpress/content/doc-0001.md
"$BIN" build --root peerpress --report-json "$WORK/edit.json" | grep -E '^rendered'
python3 - "$WORK/edit.json" <<'PY'
import json, sys, collections
r = json.load(open(sys.argv[1]))
c = collections.Counter(j["kind"] for j in r["jobs"] if j["outcome"] == "rendered")
print("re-rendered:", dict(c))
PY
