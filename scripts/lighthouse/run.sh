#!/usr/bin/env bash
# Lighthouse on the edition, as GitHub Pages serves it (gzip): the front door, a language's home, an
# article, a side-by-side page and a glossary, on a phone and a desktop, three runs each; prints the
# median scores and fails unless accessibility, best practices and SEO are 100 and performance 98.
# Needs Node.js and Debian's Chromium; Lighthouse itself is installed under target/lighthouse/.
# Usage: scripts/lighthouse/run.sh [RUNS [PAGE...]]   (PAGE: root index article parallel glossary)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${1:-3}"
shift || true
SELECTED=("${@:-root index article parallel glossary}")
LIGHTHOUSE_VERSION=12.8.2
WORK=target/lighthouse
PORT="${PORT:-4173}"
BASE="http://127.0.0.1:$PORT/"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
FLAGS="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"

mkdir -p "$WORK"
if [ ! -x "$WORK/node_modules/.bin/lighthouse" ]; then
  npm install --prefix "$WORK" --no-audit --no-fund --silent "lighthouse@$LIGHTHOUSE_VERSION"
fi
[ -f target/glossa.jar ] || mvn -B -q package -DskipTests
rm -rf "$WORK/site" "$WORK/reports" && mkdir -p "$WORK/reports"
java -jar target/glossa.jar build --quiet --out "$WORK/site" --base-url "$BASE"

node scripts/lighthouse/serve.mjs "$WORK/site" "$PORT" >"$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
for _ in $(seq 50); do curl -sf -o /dev/null "$BASE" && break; sleep 0.1; done

declare -A PAGES=(
  [root]=""
  [index]="en/"
  [article]="zh-hans/interviews/ai-beyond-large-models/"
  [parallel]="en/interviews/large-models-are-a-marathon/parallel/"
  [glossary]="zh-hans/glossary/"
)
for page in ${SELECTED[*]}; do
  for form in mobile desktop; do
    preset=()
    [ "$form" = desktop ] && preset=(--preset=desktop)
    for run in $(seq "$RUNS"); do
      "$WORK/node_modules/.bin/lighthouse" "$BASE${PAGES[$page]}" --quiet "${preset[@]}" \
        --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="$FLAGS" --output=json --output-path="$WORK/reports/$page.$form.$run.json"
    done
  done
done
echo "Lighthouse $LIGHTHOUSE_VERSION, $(date -u +%Y-%m-%d), median of $RUNS runs:"
node scripts/lighthouse/summarize.mjs "$WORK/reports" | tee "$WORK/scores.md"
