#!/usr/bin/env bash
# Load test of the public API's hottest read, a topic's first page of opinions, anonymous, with and without the
# reader's ETag, and the same server's static-file rate beside them (issue 14's goal: >= 2,000 requests/s with
# p95 < 50 ms for 50 clients, and >= 5x that with a 304 revalidation).
# Starts the forum server (port offset 500: http://127.0.0.1:8580) on the bench database that generate.sh filled,
# warms up, runs wrk against the static file, then GET /api/v1/topics/{hot}/opinions?page=1 plain, then the same
# with If-None-Match (every answer a 304), prints p50/p90/p95/p99 and requests/s for all three, and stops the server.
#
#   bench/api-opinions.sh [--db h2|postgresql] [--topic ID] [--size N] [--duration 30s] [--connections 50]
#                         [--threads 2] [--warmup 20s] [--timeout 60s] [--static PATH]
#
# A smoke of the script itself (short and light, e.g. on a shared machine):
#   bench/api-opinions.sh --duration 3s --warmup 2s --connections 4
set -euo pipefail
source "$(dirname "$0")/lib.sh"

TOPIC= SIZE=50 DURATION=30s CONNECTIONS=50 THREADS=2 WARMUP=20s TIMEOUT=60s
# a plain file of the WAR served by Undertow's default servlet (the same one topic-page.sh uses)
STATIC=/resources/forum/forum.css
while [ $# -gt 0 ]; do
    case $1 in
        --db) DB=$2; shift ;;
        --topic) TOPIC=$2; shift ;;
        --size) SIZE=$2; shift ;;
        --duration) DURATION=$2; shift ;;
        --connections) CONNECTIONS=$2; shift ;;
        --threads) THREADS=$2; shift ;;
        --warmup) WARMUP=$2; shift ;;
        --timeout) TIMEOUT=$2; shift ;;
        --static) STATIC=$2; shift ;;
        -h|--help) sed -n 2,13p "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
    shift
done
command -v wrk >/dev/null || die "wrk is not installed (apt-get install -y wrk)"
if [ -z "$TOPIC" ]; then
    [ -f "$BENCH_DIR/data/hot-topic-$DB" ] || die "no generated $DB data: run bench/generate.sh --db $DB first, or pass --topic"
    TOPIC=$(cat "$BENCH_DIR/data/hot-topic-$DB")
fi
API="/api/v1/topics/$TOPIC/opinions?page=1&size=$SIZE"
RESULTS=$WORK/api-opinions-$DB-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RESULTS"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# every client of the benchmark is one address: without this the gate's per-address limit (120 a minute) would answer
# almost everything with 429 (0: no limit); the readers' copy stays at its default unless the caller sets it
export FORUM_API_RATE_ANONYMOUS=${FORUM_API_RATE_ANONYMOUS:-0}
start_server

# the answer must be the topic's opinions, and its ETag must give a 304
curl -sf -D "$RESULTS/headers.txt" -o "$RESULTS/opinions.json" "$BASE_URL$API" || die "$API does not answer 200"
curl -sf -o "$RESULTS/static" "$BASE_URL$STATIC" || die "$STATIC does not answer 200"
ETAG=$(sed -n 's/^[Ee][Tt][Aa][Gg]: *\([^\r]*\).*/\1/p' "$RESULTS/headers.txt")
[ -n "$ETAG" ] || die "$API sent no ETag"
REVALIDATED=$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$BASE_URL$API")
[ "$REVALIDATED" = 304 ] || die "$API with If-None-Match: $ETAG answered $REVALIDATED, not 304"
log "opinions: $(wc -c <"$RESULTS/opinions.json") bytes, $(grep -o '"stance":' "$RESULTS/opinions.json" | wc -l)" \
    "opinions, ETag $ETAG; static file: $(wc -c <"$RESULTS/static") bytes"

load() {  # NAME PATH DURATION [wrk options...]
    local name=$1 path=$2 duration=$3
    shift 3
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --timeout "$TIMEOUT" --latency -s "$BENCH_DIR/percentiles.lua" \
        "$@" "$BASE_URL$path" >"$RESULTS/$name.txt" 2>&1
}
# the static file first: a slow run leaves requests queued in the server that would stall a later static run
log "warm-up: 10s on the static file"
load warmup-static "$STATIC" 10s
log "static file: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $BASE_URL$STATIC"
load static "$STATIC" "$DURATION"
log "warm-up: $WARMUP on the API"
load warmup-api "$API" "$WARMUP"
log "API, plain: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $BASE_URL$API"
load api "$API" "$DURATION"
log "API, If-None-Match: $ETAG"
load api-304 "$API" "$DURATION" -H "If-None-Match: $ETAG"

stop_server
trap - EXIT

field() { sed -n 's/.*RESULT.* '"$2"'=\([^ ]*\).*/\1/p' "$RESULTS/$1.txt"; }
{
    echo
    echo "Policy Forum API opinions vs static file — $(date -u '+%Y-%m-%d %H:%M UTC'), $DB, $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB"
    echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on loopback; $API; static $STATIC"
    echo "load average before the run: $LOAD_BEFORE"
    printf '%-12s %10s %9s %9s %9s %9s %9s %8s %8s\n' what "req/s" "p50 ms" "p90 ms" "p95 ms" "p99 ms" "max ms" errors non2xx
    for what in api api-304 static; do
        printf '%-12s %10s %9s %9s %9s %9s %9s %8s %8s\n' "$what" "$(field $what rps)" "$(field $what p50_ms)" \
            "$(field $what p90_ms)" "$(field $what p95_ms)" "$(field $what p99_ms)" "$(field $what max_ms)" \
            "$(field $what errors)" "$(field $what non2xx)"
    done
    awk -v r="$(field api rps)" -v p="$(field api p95_ms)" -v n="$(field api-304 rps)" 'BEGIN {
        printf "goal >= 2,000 req/s with p95 < 50 ms: %s (%.0f req/s, p95 %.1f ms)\n",
            (r + 0 >= 2000 && p + 0 < 50) ? "met" : "MISSED", r, p
        printf "goal 304 >= 5x plain: %s (%.1fx)\n", (r > 0 && n / r >= 5) ? "met" : "MISSED", (r > 0 ? n / r : 0) }'
    echo "raw wrk output: $RESULTS"
} | tee "$RESULTS/summary.txt"
