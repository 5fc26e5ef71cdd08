#!/usr/bin/env bash
# Load test of the public idea list (issue 12), anonymous, with the same server's static-file rate beside it.
# Starts the forum server on the database that generate-ideas.sh filled, warms up, runs wrk against a static file
# and then against each list address, prints requests/s and p50/p90/p95/p99 for each, and stops the server.
#
#   bench/idea-list.sh [--duration 30s] [--connections 50] [--threads 2] [--warmup 20s] [--timeout 60s]
#                      [--static PATH] [--page PATH]... [--reader-cache SECONDS]
#
# Pages (default): /ideas?sort=SUPPORTS&category=3 (the first page of one category by supports) and the same
# with page=50 (rows 981-1000); each --page replaces the defaults. PostgreSQL, database forum_bench_idea
# (BENCH_PG_DB); port offset BENCH_PORT_OFFSET (500 by default; 600 keeps clear of the mail bench).
# --reader-cache: FORUM_READER_CACHE_SECONDS for the server (the readers' cache of topic pages and idea lists; default
# the server's own, 2 s); 0 turns it off, so that every request renders the list.
set -euo pipefail
export BENCH_DB=postgresql BENCH_PG_DB=${BENCH_PG_DB:-forum_bench_idea}
source "$(dirname "$0")/lib.sh"

DURATION=30s CONNECTIONS=50 THREADS=2 WARMUP=20s TIMEOUT=60s   # wrk drops replies slower than its timeout
STATIC=/resources/forum/forum.css   # a plain file of the WAR, served by Undertow's default servlet, not by Faces
PAGES=()
while [ $# -gt 0 ]; do
    case $1 in
        --duration) DURATION=$2; shift ;;
        --connections) CONNECTIONS=$2; shift ;;
        --threads) THREADS=$2; shift ;;
        --warmup) WARMUP=$2; shift ;;
        --timeout) TIMEOUT=$2; shift ;;
        --static) STATIC=$2; shift ;;
        --page) PAGES+=("$2"); shift ;;
        --reader-cache) export FORUM_READER_CACHE_SECONDS=$2; shift ;;
        -h|--help) sed -n 2,13p "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
    shift
done
[ ${#PAGES[@]} -gt 0 ] \
    || PAGES=("/ideas?sort=SUPPORTS&category=3" "/ideas?sort=SUPPORTS&category=3&page=50")
command -v wrk >/dev/null || die "wrk is not installed (apt-get install -y wrk)"
[ "$(query_value "SELECT COUNT(*) FROM idea")" -gt 0 ] || die "no ideas in $PG_DB: run bench/generate-ideas.sh first"
RESULTS=$WORK/idea-list-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RESULTS"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
start_server

# each page must be the list with its twenty ideas
curl -sf -o "$RESULTS/static" "$BASE_URL$STATIC" || die "$STATIC does not answer 200"
for i in "${!PAGES[@]}"; do
    curl -sf -o "$RESULTS/page$i.html" "$BASE_URL${PAGES[$i]}" || die "${PAGES[$i]} does not answer 200"
    log "${PAGES[$i]}: $(wc -c <"$RESULTS/page$i.html") bytes," \
        "$(grep -o 'class="card idea-row"' "$RESULTS/page$i.html" | wc -l) ideas listed"
done

load() {  # NAME PATH DURATION
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --timeout "$TIMEOUT" --latency -s "$BENCH_DIR/percentiles.lua" \
        "$BASE_URL$2" >"$RESULTS/$1.txt" 2>&1
}
# the static file first: a slow page run leaves renders queued in the server that would stall a later static run
log "warm-up: 10s on the static file"
load warmup-static "$STATIC" 10s
log "static file: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $BASE_URL$STATIC"
load static "$STATIC" "$DURATION"
LOADS=("static [$(cut -d' ' -f1-3 /proc/loadavg)]")
for i in "${!PAGES[@]}"; do
    log "warm-up: $WARMUP on ${PAGES[$i]}"
    load "warmup-page$i" "${PAGES[$i]}" "$WARMUP"
    log "list: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $BASE_URL${PAGES[$i]}"
    load "page$i" "${PAGES[$i]}" "$DURATION"
    LOADS+=("page$i [$(cut -d' ' -f1-3 /proc/loadavg)]")
done
# a visitor's list must open no HTTP session (the view is stateless for readers)
WEB=/deployment=policy-forum.ear/subdeployment=forum-web.war/subsystem=undertow
"$SERVER_HOME/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$MGMT_PORT" \
    --command="$WEB:read-attribute(name=active-sessions)" \
    >"$RESULTS/sessions.txt" 2>&1 || true
SESSIONS=$(sed -n 's/.*"result" => \([0-9]*\).*/\1/p' "$RESULTS/sessions.txt")

stop_server
trap - EXIT

field() { sed -n 's/.*RESULT.* '"$2"'=\([^ ]*\).*/\1/p' "$RESULTS/$1.txt"; }
{
    echo
    echo "Policy Forum idea list vs static file — $(date -u '+%Y-%m-%d %H:%M UTC'), $PG_DB," \
        "$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB"
    echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on loopback; static $STATIC;" \
        "readers' cache: ${FORUM_READER_CACHE_SECONDS:-2 (default)} s"
    echo "load average before the run: $LOAD_BEFORE; at the end of each run: ${LOADS[*]}"
    printf '%-8s %10s %9s %9s %9s %9s %9s %7s %7s  %s\n' what "req/s" "p50 ms" "p90 ms" "p95 ms" "p99 ms" "max ms" \
        errors non2xx address
    for what in static $(for i in "${!PAGES[@]}"; do echo "page$i"; done); do
        if [ "$what" = static ]; then address=$STATIC; else address=${PAGES[${what#page}]}; fi
        printf '%-8s %10s %9s %9s %9s %9s %9s %7s %7s  %s\n' "$what" "$(field "$what" rps)" "$(field "$what" p50_ms)" \
            "$(field "$what" p90_ms)" "$(field "$what" p95_ms)" "$(field "$what" p99_ms)" "$(field "$what" max_ms)" \
            "$(field "$what" errors)" "$(field "$what" non2xx)" "$address"
    done
    for i in "${!PAGES[@]}"; do
        awk -v p="$(field "page$i" p95_ms)" -v w="page$i" 'BEGIN { if (p + 0 < 100)
            printf "%s: goal p95 < 100 ms met (%.1f ms)\n", w, p;
            else printf "%s: goal p95 < 100 ms MISSED by %.1f ms (p95 %.1f ms)\n", w, p - 100, p }'
    done
    echo "HTTP sessions open after the run: ${SESSIONS:-unknown}"
    echo "raw wrk output: $RESULTS"
} | tee "$RESULTS/summary.txt"
