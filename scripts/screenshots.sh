#!/usr/bin/env bash
# Screenshots of built pages at phone (320 px) and desktop (1280 px) widths,
# for a person to look at. Needs Debian's `chromium`. Usage:
#   cargo run --release -- build && scripts/screenshots.sh [locale/doc ...]
set -euo pipefail
cd "$(dirname "$0")/.."
out=output/screenshots
mkdir -p "$out"
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(ar/u-equals-u el/u-equals-u ru/u-equals-u en/u-equals-u)
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for page in "${pages[@]}"; do
  for width in 320 1280; do
    file="$out/${page//\//_}_${width}.png"
    chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --user-data-dir="$profile" --hide-scrollbars --window-size="$width,2400" \
      --screenshot="$file" "file://$PWD/output/site/$page/index.html" 2>/dev/null
    echo "$file"
  done
done
