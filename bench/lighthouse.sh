#!/usr/bin/env bash
# Lighthouse (npm) scores of the pages a citizen opens first on a phone: the home page, the month's topic and its
# live poll, as Lighthouse's default mobile run measures them (a mid-range phone on a slow 4G network, simulated).
# Starts the forum server on a fresh H2 database with the demo content (port offset 500: http://127.0.0.1:8580),
# runs Lighthouse --runs times per page in headless Chromium, prints each run's four category scores and first/largest
# contentful paint, total blocking time and speed index, and the median performance score per page; stops the server.
# Lighthouse's reports (JSON) stay in bench/target/lighthouse/.
#
#   bench/lighthouse.sh [--runs 3] [--lighthouse-version 12]
#
# Needs Node.js with npx (Lighthouse is fetched from the npm registry on first use) and Debian's chromium. The
# performance score depends on the machine's CPU at the moment (Lighthouse scales its simulation by a CPU benchmark
# it reports as benchmarkIndex, printed here): compare runs of one machine, with the load average beside them.
set -euo pipefail
export BENCH_H2_DIR=${BENCH_H2_DIR:-$(cd "$(dirname "$0")" && pwd)/data/lighthouse-h2}
source "$(dirname "$0")/lib.sh"

RUNS=3 VERSION=12
while [ $# -gt 0 ]; do
    case $1 in
        --runs) RUNS=$2; shift ;;
        --lighthouse-version) VERSION=$2; shift ;;
        -h|--help) sed -n 2,13p "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
    shift
done
command -v npx >/dev/null || die "npx is not installed (apt-get install -y nodejs npm)"
CHROME=${CHROME_PATH:-$(command -v chromium || true)}
[ -n "$CHROME" ] || die "chromium is not installed (apt-get install -y chromium)"
command -v python3 >/dev/null || die "python3 is needed to read Lighthouse's reports"

DB=h2
# the demo content loads only into a database without topics: a fresh one every run
rm -rf "$H2_DIR"
export FORUM_DEMO=true
start_server

POLL=$(curl -s "$BASE_URL/topics/1" | grep -o 'href="/polls/[0-9]*"' | head -1 | sed 's/href="\(.*\)"/\1/')
[ -n "$POLL" ] || die "the demo topic /topics/1 links to no poll"
OUT=$WORK/lighthouse
mkdir -p "$OUT"
log "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for page in "home /" "topic /topics/1" "poll $POLL"; do
    set -- $page
    for run in $(seq 1 "$RUNS"); do
        # on a loaded machine Lighthouse sometimes loses the page's trace (NO_NAVSTART): such a run measured
        # nothing and is run again, up to three times in all
        for attempt in 1 2 3; do
            if CHROME_PATH=$CHROME npx --yes "lighthouse@$VERSION" "$BASE_URL$2" --quiet --locale=ko \
                --chrome-flags="--headless=new --no-sandbox" \
                --only-categories=performance,accessibility,best-practices,seo \
                --output=json --output-path="$OUT/$1-$run.json" >/dev/null 2>"$OUT/$1-$run.err" \
                && ! grep -q '"runtimeError"' "$OUT/$1-$run.json"; then
                break
            fi
            [ "$attempt" -lt 3 ] || die "Lighthouse failed on $2 three times; see $OUT/$1-$run.err"
            log "Lighthouse lost run $run of $2 ($(grep -o 'NO_[A-Z_]*' "$OUT/$1-$run.err" | head -1)); again"
        done
    done
done
log "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$OUT" "$RUNS" "$BASE_URL" <<'EOF'
import json, statistics, sys
out, runs, base = sys.argv[1], int(sys.argv[2]), sys.argv[3]
print("| page | run | performance | accessibility | best practices | SEO | FCP | LCP | TBT | speed index | benchmarkIndex |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for page in ("home", "topic", "poll"):
    scores = []
    for run in range(1, runs + 1):
        report = json.load(open(f"{out}/{page}-{run}.json"))
        cat = {k: round(v["score"] * 100) for k, v in report["categories"].items()}
        audit = report["audits"]
        ms = lambda key: f'{audit[key]["numericValue"] / 1000:.1f} s'
        scores.append(cat["performance"])
        print(f'| {page} {report["finalDisplayedUrl"].removeprefix(base)} | {run} | {cat["performance"]} | '
              f'{cat["accessibility"]} | {cat["best-practices"]} | {cat["seo"]} | {ms("first-contentful-paint")} | '
              f'{ms("largest-contentful-paint")} | {audit["total-blocking-time"]["numericValue"]:.0f} ms | '
              f'{ms("speed-index")} | {report["environment"]["benchmarkIndex"]:.0f} |')
    print(f"| **{page}: median performance** | | **{statistics.median(scores):.0f}** | | | | | | | | |")
EOF
