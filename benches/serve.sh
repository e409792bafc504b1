#!/bin/sh
# Serve latency benchmark (issue #14): edit-to-reload time of `peerpress
# serve` on the build benchmark's corpus, with a client that behaves like a
# browser tab (benches/serve_client.py).
#
#   benches/serve.sh [DOCS] [RUNS] [WARMUP]   # default 1000 (× 9 locales), 30 edits, 3 warm-up
#   (PEERPRESS_BIN=path uses an already built release binary; BENCH_DIR=… the work folder)
#
# Starts the release `peerpress serve --port 0` on 127.0.0.1 only, opens a tab's
# event stream, then for one English paragraph, one French translation and the
# stylesheet: writes the file RUNS times and reports median and p95 of the time
# from the write to the reload event, to the page served with the new text,
# and to the leaflet (translation) or stylesheet (CSS) served anew. Every
# wait is bounded; the server is stopped at the end, also on failure or Ctrl-C.
set -eu
DOCS=${1:-1000}
RUNS=${2:-30}
WARMUP=${3:-3}
REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=${BENCH_DIR:-/tmp/peerpress-bench-serve}
if [ -z "${PEERPRESS_BIN:-}" ]; then
  cargo build --release --quiet --manifest-path "$REPO/Cargo.toml"
fi
BIN=${PEERPRESS_BIN:-"$REPO/target/release/peerpress"}
export SOURCE_DATE_EPOCH=1795000000

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $("$BIN" --version 2>/dev/null || echo peerpress), commit $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "== generating $DOCS × 9 corpus in $WORK"
python3 "$REPO/benches/corpus.py" "$BIN" "$REPO" "$WORK" "$DOCS"
PROJECT="$WORK/peerpress"

SERVER=
# Stops the server (SIGTERM, as Ctrl-C would); waits at most 10 s, then SIGKILL.
stop() {
  [ -n "$SERVER" ] || return 0
  kill "$SERVER" 2>/dev/null || true
  n=0
  while kill -0 "$SERVER" 2>/dev/null && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
  kill -9 "$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  SERVER=
}

echo "== starting peerpress serve on 127.0.0.1 (loads $DOCS × 9)"
started=$(date +%s%N)
: >"$WORK/serve.out"
"$BIN" serve --root "$PROJECT" --bind 127.0.0.1 --port 0 >"$WORK/serve.out" 2>"$WORK/serve.err" &
SERVER=$!
# Set after the start: a trap the server inherited could swallow an early SIGTERM.
trap stop EXIT
trap 'exit 130' INT TERM
URL=
i=0
while [ $i -lt 1200 ]; do  # at most 120 s
  URL=$(sed -n 's/^peerpress serve: \(http:\/\/127\.0\.0\.1:[0-9]*\/.*\)$/\1/p' "$WORK/serve.out")
  [ -n "$URL" ] && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/serve.err"; echo "serve stopped"; exit 1; }
  sleep 0.1
  i=$((i + 1))
done
[ -n "$URL" ] || { cat "$WORK/serve.err"; echo "serve printed no address within 120 s"; exit 1; }
echo "serving $URL after $(( ($(date +%s%N) - started) / 1000000 )) ms"

echo "== $RUNS edits of each kind (+ $WARMUP not counted), times from the file write"
python3 "$REPO/benches/serve_client.py" "$URL" "$PROJECT" "$RUNS" "$WARMUP" "$WORK/serve.json"
echo "== server's own account (ms from the batch closing to the tabs told), last 5 lines:"
grep '^changed ' "$WORK/serve.out" | tail -n 5
echo "== load average at the end $(cut -d' ' -f1-3 /proc/loadavg); samples in $WORK/serve.json"
