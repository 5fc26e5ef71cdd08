#!/usr/bin/env bash
# Load test of the public topic page, anonymous, with the same server's static-file rate beside it.
# Starts the forum server (port offset 500: http://127.0.0.1:8580) on the bench database that generate.sh filled,
# warms up, runs wrk against the topic page and then against a static file, prints p50/p90/p95/p99 and requests/s
# for both, and stops the server.
#
#   bench/topic-page.sh [--db h2|postgresql] [--topic ID] [--duration 30s] [--connections 50] [--threads 2]
#                       [--warmup 20s] [--timeout 60s] [--static PATH] [--reader-cache SECONDS]
#
# --reader-cache: FORUM_READER_CACHE_SECONDS for the server (the readers' cache of topic pages; default: the
# server's own default, 2 s); 0 turns it off, so that every request renders the page.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

TOPIC= DURATION=30s CONNECTIONS=50 THREADS=2 WARMUP=20s TIMEOUT=60s   # wrk drops replies slower than its timeout (2 s by default)
# a plain file of the WAR (forum-web/src/main/webapp/resources/forum/forum.css) served by Undertow's default
# servlet, not by Faces; the security-header filter still runs on it
STATIC=/resources/forum/forum.css
while [ $# -gt 0 ]; do
    case $1 in
        --db) DB=$2; shift ;;
        --topic) TOPIC=$2; shift ;;
        --duration) DURATION=$2; shift ;;
        --connections) CONNECTIONS=$2; shift ;;
        --threads) THREADS=$2; shift ;;
        --warmup) WARMUP=$2; shift ;;
        --timeout) TIMEOUT=$2; shift ;;
        --static) STATIC=$2; shift ;;
        --reader-cache) export FORUM_READER_CACHE_SECONDS=$2; shift ;;
        -h|--help) sed -n 2,11p "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
    shift
done
command -v wrk >/dev/null || die "wrk is not installed (apt-get install -y wrk)"
if [ -z "$TOPIC" ]; then
    [ -f "$BENCH_DIR/data/hot-topic-$DB" ] || die "no generated $DB data: run bench/generate.sh --db $DB first, or pass --topic"
    TOPIC=$(cat "$BENCH_DIR/data/hot-topic-$DB")
fi
PAGE="/topics/$TOPIC"
RESULTS=$WORK/results-$DB-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RESULTS"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
start_server

# the page must really be the topic's page with a full page of opinions
curl -sf -o "$RESULTS/page.html" "$BASE_URL$PAGE" || die "$PAGE does not answer 200"
curl -sf -o "$RESULTS/static" "$BASE_URL$STATIC" || die "$STATIC does not answer 200"
log "page: $(wc -c <"$RESULTS/page.html") bytes, $(grep -o 'class="card opinion ' "$RESULTS/page.html" | wc -l) opinions," \
    "$(grep -o 'class="comment depth-' "$RESULTS/page.html" | wc -l) comments;" \
    "static file: $(wc -c <"$RESULTS/static") bytes"

load() {  # NAME PATH DURATION
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --timeout "$TIMEOUT" --latency -s "$BENCH_DIR/percentiles.lua" "$BASE_URL$2" >"$RESULTS/$1.txt" 2>&1
}
# the static file first: a slow page run leaves renders queued in the server that would stall a later static run
log "warm-up: 10s on the static file"
load warmup-static "$STATIC" 10s
log "static file: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $BASE_URL$STATIC"
load static "$STATIC" "$DURATION"
log "warm-up: $WARMUP on the topic page"
load warmup-page "$PAGE" "$WARMUP"
log "topic page: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $BASE_URL$PAGE"
load page "$PAGE" "$DURATION"
# a reader's page view must start no HTTP session (it used to: view-scoped bean, server-side view state)
"$SERVER_HOME/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$MGMT_PORT" \
    --command="/deployment=policy-forum.ear/subdeployment=forum-web.war/subsystem=undertow:read-attribute(name=active-sessions)" \
    >"$RESULTS/sessions.txt" 2>&1 || true
SESSIONS=$(sed -n 's/.*"result" => \([0-9]*\).*/\1/p' "$RESULTS/sessions.txt")

stop_server
trap - EXIT

field() { sed -n 's/.*RESULT.* '"$2"'=\([^ ]*\).*/\1/p' "$RESULTS/$1.txt"; }
{
    echo
    echo "Policy Forum topic page vs static file — $(date -u '+%Y-%m-%d %H:%M UTC'), $DB, $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB"
    echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on loopback; page $PAGE; static $STATIC"
    echo "readers' cache: ${FORUM_READER_CACHE_SECONDS:-2 (default)} s; load average before the run: $LOAD_BEFORE"
    printf '%-12s %10s %9s %9s %9s %9s %9s %8s %8s\n' what "req/s" "p50 ms" "p90 ms" "p95 ms" "p99 ms" "max ms" errors non2xx
    for what in page static; do
        printf '%-12s %10s %9s %9s %9s %9s %9s %8s %8s\n' "$what" "$(field $what rps)" "$(field $what p50_ms)" \
            "$(field $what p90_ms)" "$(field $what p95_ms)" "$(field $what p99_ms)" "$(field $what max_ms)" \
            "$(field $what errors)" "$(field $what non2xx)"
    done
    p95=$(field page p95_ms)
    awk -v p="$p95" 'BEGIN { if (p + 0 < 100) printf "goal p95 < 100 ms: met (%.1f ms)\n", p; else printf "goal p95 < 100 ms: MISSED by %.1f ms (p95 %.1f ms)\n", p - 100, p }'
    echo "HTTP sessions open after the run: ${SESSIONS:-unknown}"
    echo "raw wrk output: $RESULTS"
} | tee "$RESULTS/summary.txt"
