#!/usr/bin/env bash
# Glossa against Hugo on the shared benchmark corpus: clean builds, same run.
#
#   scripts/bench/run.sh [N ...]        (default: 100 1000 5000; run from anywhere)
#
# For each N: generate the corpus with gen_corpus.py (a byte-identical copy of
# the shared harness's, see README.md) under $BENCH_ROOT/N<N>/, make it a Glossa
# edition (edition.sh), build it once with Glossa and Hugo (warm-up), then time
# $RUNS clean builds of each with hyperfine, each wrapped in /usr/bin/time for
# the peak RSS, and verify that every page really rendered. Prints one table row
# per N (wall-time medians, ratio Glossa/Hugo, CPU time = user + system, peak
# RSS) and, with 1000 and 5000
# both measured, how Glossa's time grows from one to the other.
#
# Environment (all optional):
#   BENCH_ROOT=/tmp/glossa-bench   corpora, outputs, logs
#   RUNS=3                         timed runs per generator and N (RUNS_LARGE=1 at N >= 5000)
#   GLOSSA="java @$REPO/target/glossa.args"   how Glossa runs: the README's build command (its JVM options
#                                  and class-data-sharing archive, written by mvn package)
#   HUGO=1                         0 = leave Hugo out
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
BENCH_ROOT=${BENCH_ROOT:-/tmp/glossa-bench}
RUNS=${RUNS:-3}
RUNS_LARGE=${RUNS_LARGE:-1}
GLOSSA=${GLOSSA:-java @$REPO/target/glossa.args}
HUGO=${HUGO:-1}
SIZES=("$@"); [ ${#SIZES[@]} -gt 0 ] || SIZES=(100 1000 5000)

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "$*"; exit 1; }

command -v hyperfine >/dev/null || die "hyperfine missing: apt-get install -y hyperfine"
[ -x /usr/bin/time ] || die "/usr/bin/time missing: apt-get install -y time"
[ -f "$REPO/target/glossa.jar" ] && [ -f "$REPO/target/glossa.args" ] || die "no target/glossa.jar: run mvn -B -q package -DskipTests first"
if [ "$HUGO" = 1 ] && ! command -v hugo >/dev/null; then log "hugo not installed (apt-get install -y hugo): Glossa alone"; HUGO=0; fi

RESULTS=$BENCH_ROOT/results.md
mkdir -p "$BENCH_ROOT"
{
  echo "## $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(java -version 2>&1 | head -1), $( [ "$HUGO" = 1 ] && hugo version | awk '{print "hugo", $2}')"
  echo "Glossa $(git -C "$REPO" describe --always --dirty): $GLOSSA"
  echo
  echo "| N | files | Glossa | Hugo | Glossa / Hugo | Glossa CPU | Hugo CPU | Glossa peak RSS | Hugo peak RSS | Glossa pages verified | Hugo pages verified |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
} | tee -a "$RESULTS"

declare -A GLOSSA_MEDIAN

bench_one() {  # N
  local n=$1 D=$BENCH_ROOT/N$1
  local runs=$RUNS; [ "$n" -ge 5000 ] && runs=$RUNS_LARGE
  if [ ! -f "$D/MANIFEST.json" ]; then
    log "N=$n: generating the corpus"
    python3 "$HERE/gen_corpus.py" "$n" "$D" --seed-text "$REPO/content/sources/000_fe5bbb6232202266.txt" >/dev/null
  fi
  "$HERE/edition.sh" "$D" "$REPO"
  mkdir -p "$D/logs" "$D/out"
  local gout=$D/out/glossa hout=$D/out/hugo
  local gprep="rm -rf '$gout'" hprep="rm -rf '$hout' '$D/site/resources' '$D/site/.hugo_build.lock' '$D/cache/hugo'"
  local gcmd="cd '$D/glossa' && /usr/bin/time -f %M -a -o '$D/logs/glossa.rss' $GLOSSA build --quiet --templates '$REPO/templates' --out '$gout' >'$D/logs/glossa.log' 2>&1"
  local hcmd="/usr/bin/time -f %M -a -o '$D/logs/hugo.rss' hugo -s '$D/site' -d '$hout' --cacheDir '$D/cache/hugo' --quiet"
  rm -f "$D/logs/glossa.rss" "$D/logs/hugo.rss"
  local args=(--runs "$runs" --export-json "$D/logs/hyperfine.json" --prepare "$gprep" -n glossa "$gcmd")
  [ "$HUGO" = 1 ] && args+=(--prepare "$hprep" -n hugo "$hcmd")
  log "N=$n: warm-up builds (Glossa's only below N=5000), then $runs timed clean builds each"
  if [ "$n" -lt 5000 ]; then
    bash -c "$gprep; $gcmd" || { tail -20 "$D/logs/glossa.log" >&2; die "Glossa failed at N=$n (log: $D/logs/glossa.log)"; }
  fi
  [ "$HUGO" = 1 ] && bash -c "$hprep; $hcmd"
  rm -f "$D/logs/glossa.rss" "$D/logs/hugo.rss"
  hyperfine "${args[@]}" >"$D/logs/hyperfine.txt"
  local gver hver="-"
  gver=$(python3 "$HERE/verify_glossa.py" "$gout" "$n" | cut -f2,3 | tr '\t' ' ') || true
  [ "$HUGO" = 1 ] && hver=$(python3 "$HERE/verify_output.py" "$hout" "$n" | cut -f2,3 | tr '\t' ' ')
  python3 - "$D" "$n" "$gver" "$hver" <<'PY' | tee -a "$RESULTS"
import json, os, sys
d, n, gver, hver = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
res = {r["command"]: r for r in json.load(open(f"{d}/logs/hyperfine.json"))["results"]}
def rss(name):
    p = f"{d}/logs/{name}.rss"
    vals = [int(l) for l in open(p) if l.strip().isdigit()] if os.path.exists(p) else []
    return f"{max(vals) / 1024:.0f} MB" if vals else "-"
def cpu(name):
    return f"{res[name]['user'] + res[name]['system']:.1f} s" if name in res else "-"
g = res["glossa"]["median"]
h = res["hugo"]["median"] if "hugo" in res else None
ratio = f"{g / h:.2f}×" if h else "-"
hs = f"{h:.2f} s" if h else "-"
print(f"| {n} | {2 * n} | {g:.2f} s | {hs} | {ratio} | {cpu('glossa')} | {cpu('hugo')} | {rss('glossa')} | {rss('hugo')} | {gver} | {hver} |")
with open(f"{d}/logs/glossa.median", "w") as fh:
    fh.write(f"{g}\n")
PY
  GLOSSA_MEDIAN[$n]=$(cat "$D/logs/glossa.median")
}

for n in "${SIZES[@]}"; do bench_one "$n"; done
if [ -n "${GLOSSA_MEDIAN[1000]:-}" ] && [ -n "${GLOSSA_MEDIAN[5000]:-}" ]; then
  python3 -c "import sys; print(f'\nGlossa N=5000 / N=1000: {float(sys.argv[2]) / float(sys.argv[1]):.2f}× (target ≤ 5.5×)')" \
    "${GLOSSA_MEDIAN[1000]}" "${GLOSSA_MEDIAN[5000]}" | tee -a "$RESULTS"
fi
echo | tee -a "$RESULTS" >/dev/null
log "results appended to $RESULTS; hyperfine's own reports in $BENCH_ROOT/N*/logs/"
