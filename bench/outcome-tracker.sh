#!/usr/bin/env bash
# Load test of the public policy-outcome tracker (/outcomes), anonymous, with the same server's static-file
# rate beside it in the same run. Fills the bench database that generate.sh made (run it first; --small is enough:
# the tracker reads only bureaus and outcomes) with --outcomes policy outcomes and --entries timeline entries
# (set-based, the server stopped), starts the forum server (port offset 500: http://127.0.0.1:8580), warms up, runs
# wrk against the static file, the tracker's first page, a filtered page and a deep page, prints p50/p90/p95/p99 and
# requests/s for each, and stops the server.
#
#   bench/outcome-tracker.sh [--db h2|postgresql] [--outcomes N] [--entries N] [--duration 30s] [--connections 50]
#                            [--threads 2] [--warmup 20s] [--timeout 60s] [--static PATH] [--keep-data]
#
# Outcomes: the closed topics' (kind TOPIC) and, for the rest, kind IDEA with ids 1.. (the idea space's ids; the
# tracker reads the outcome rows only: title, bureau and newest timeline entry are on the row). --keep-data skips
# the fill and uses the outcomes already there.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

OUTCOMES=5000 ENTRIES=30000 DURATION=30s CONNECTIONS=50 THREADS=2 WARMUP=20s TIMEOUT=60s KEEP=0
STATIC=/resources/forum/forum.css
while [ $# -gt 0 ]; do
    case $1 in
        --db) DB=$2; shift ;;
        --outcomes) OUTCOMES=$2; shift ;;
        --entries) ENTRIES=$2; shift ;;
        --duration) DURATION=$2; shift ;;
        --connections) CONNECTIONS=$2; shift ;;
        --threads) THREADS=$2; shift ;;
        --warmup) WARMUP=$2; shift ;;
        --timeout) TIMEOUT=$2; shift ;;
        --static) STATIC=$2; shift ;;
        --keep-data) KEEP=1 ;;
        -h|--help) sed -n 2,15p "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
    shift
done
command -v wrk >/dev/null || die "wrk is not installed (apt-get install -y wrk)"
[ -f "$BENCH_DIR/data/hot-topic-$DB" ] || die "no generated $DB data: run bench/generate.sh --db $DB [--small] first"
[ "$ENTRIES" -ge "$OUTCOMES" ] || die "--entries must be at least --outcomes (every outcome gets a timeline)"
case $DB in
    h2) range() { echo "SYSTEM_RANGE($1, $2) r"; } ;;
    postgresql) range() { echo "generate_series(CAST($1 AS BIGINT), CAST($2 AS BIGINT)) AS r(x)"; } ;;
    *) die "unknown database '$DB' (h2 or postgresql)" ;;
esac
secs() { echo "(($1) * INTERVAL '1' SECOND)"; }
RESULTS=$WORK/results-outcomes-$DB-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RESULTS" "$WORK/sql"

if [ "$KEEP" != 1 ]; then
    # the schema of this build first (V19 adds the outcome tables to a database generated before it)
    start_server
    stop_server
    trap - EXIT
    TOPIC_OUTCOMES=$(query_value "SELECT COUNT(*) FROM topic WHERE state IN ('CLOSED', 'ANSWERED')")
    [ "$TOPIC_OUTCOMES" -le "$OUTCOMES" ] || TOPIC_OUTCOMES=$OUTCOMES
    LOREM="시민 토론의 결과를 검토하여 관계 부서와 협의하고 예산과 일정에 반영하였습니다. 시행 과정은 누리집에 공개합니다."
    FAR_PAST="2023-01-01 00:00:00"
    cat >"$WORK/sql/outcomes.sql" <<SQL
DELETE FROM outcome_mail;
DELETE FROM outcome_notice;
DELETE FROM outcome_result;
DELETE FROM outcome_entry;
DELETE FROM policy_outcome;
INSERT INTO policy_outcome (id, source_kind, source_id, title, source_link, source_year, bureau_id, status, summary,
    progress, latest_on, latest_text, created_at, updated_at, version)
SELECT r.x, 'TOPIC', t.id, t.title, 'topics/' || CAST(t.id AS VARCHAR(20)), CAST(SUBSTRING(t.topic_month, 1, 4) AS INTEGER),
    t.bureau_id, 'REVIEWING', '$LOREM', 0, NULL, NULL, t.closes_at, t.closes_at, 1
FROM (SELECT ROW_NUMBER() OVER (ORDER BY id) AS x, id FROM topic WHERE state IN ('CLOSED', 'ANSWERED')) r
JOIN topic t ON t.id = r.id WHERE r.x <= $TOPIC_OUTCOMES;
INSERT INTO policy_outcome (id, source_kind, source_id, title, source_link, source_year, bureau_id, status, summary,
    progress, latest_on, latest_text, created_at, updated_at, version)
SELECT r.x, 'IDEA', r.x, '시민 제안 ' || CAST(r.x AS VARCHAR(20)) || ': 생활 속 정책 개선', 'ideas/' || CAST(r.x AS VARCHAR(20)),
    2023 + CAST(MOD(r.x, 4) AS INTEGER), 1 + MOD(r.x, (SELECT COUNT(*) FROM bureau)),
    CASE MOD(r.x, 5) WHEN 0 THEN 'REVIEWING' WHEN 1 THEN 'REFLECTED' WHEN 2 THEN 'PARTLY_REFLECTED'
        WHEN 3 THEN 'NOT_REFLECTED' ELSE 'IMPLEMENTED' END,
    '$LOREM', CASE MOD(r.x, 5) WHEN 4 THEN 100 WHEN 3 THEN 0 ELSE CAST(MOD(r.x * 37, 101) AS INTEGER) END, NULL, NULL,
    TIMESTAMP '$FAR_PAST' + $(secs "MOD(r.x * 7919, 90000000)"), TIMESTAMP '$FAR_PAST' + $(secs "MOD(r.x * 7919, 90000000) + 86400"), 1
FROM $(range $((TOPIC_OUTCOMES + 1)) "$OUTCOMES");
INSERT INTO outcome_entry (id, outcome_id, entry_date, body, links, created_at, created_by)
SELECT r.x, o.id, CAST(o.created_at + $(secs "86400 * (1 + (r.x - 1) / $OUTCOMES) * 7") AS DATE),
    '진행 단계 ' || CAST((r.x - 1) / $OUTCOMES + 1 AS VARCHAR(10)) || ': $LOREM',
    CASE WHEN MOD(r.x, 3) = 0 THEN '보도자료' || CHR(9) || 'https://news.seoul.go.kr/' || CAST(r.x AS VARCHAR(20)) END,
    o.created_at, NULL
FROM $(range 1 "$ENTRIES") JOIN policy_outcome o ON o.id = 1 + MOD(r.x - 1, $OUTCOMES);
UPDATE policy_outcome SET latest_on = (SELECT MAX(e.entry_date) FROM outcome_entry e WHERE e.outcome_id = policy_outcome.id);
UPDATE policy_outcome SET latest_text = (SELECT MAX(e.body) FROM outcome_entry e WHERE e.outcome_id = policy_outcome.id
    AND e.entry_date = policy_outcome.latest_on);
ALTER SEQUENCE policy_outcome_seq RESTART WITH $(( (OUTCOMES + 50 + 49) / 50 * 50 ));
ALTER SEQUENCE outcome_entry_seq RESTART WITH $(( (ENTRIES + 50 + 49) / 50 * 50 ));
SQL
    if [ "$DB" = h2 ]; then echo "ANALYZE;" >>"$WORK/sql/outcomes.sql"
    else echo "ANALYZE policy_outcome; ANALYZE outcome_entry;" >>"$WORK/sql/outcomes.sql"; fi
    started=$SECONDS
    run_sql_file "$WORK/sql/outcomes.sql"
    log "outcomes: $(query_value "SELECT COUNT(*) FROM policy_outcome") rows," \
        "timeline entries: $(query_value "SELECT COUNT(*) FROM outcome_entry") rows, in $((SECONDS - started)) s"
fi

# the tracker's query as the server sends it (one statement a page): the plan must use an index, not sort the table
TRACKER_SQL="SELECT o.id, o.title, o.status, o.progress, o.latest_on, o.latest_text, b.name_ko FROM policy_outcome o
 JOIN bureau b ON b.id = o.bureau_id WHERE o.status = 'REFLECTED' ORDER BY o.updated_at DESC, o.id DESC"
case $DB in
    h2) java -cp "$H2_JAR" org.h2.tools.Shell -url "$H2_URL" -user sa -password sa \
            -sql "EXPLAIN $TRACKER_SQL LIMIT 20" >"$RESULTS/plan.txt" 2>&1 || true ;;
    postgresql) PGPASSWORD=$PG_PASSWORD psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" \
            -c "EXPLAIN ANALYZE $TRACKER_SQL LIMIT 20" >"$RESULTS/plan.txt" 2>&1 || true ;;
esac

TRACKER=/outcomes
FILTERED="/outcomes?status=REFLECTED&bureau=3"
DEEP="/outcomes?page=100"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
start_server
for path in "$TRACKER" "$FILTERED" "$DEEP" "$STATIC"; do
    curl -sf -o "$RESULTS/check.html" "$BASE_URL$path" || die "$path does not answer 200"
done
curl -sf -o "$RESULTS/tracker.html" "$BASE_URL$TRACKER"
log "tracker page: $(wc -c <"$RESULTS/tracker.html") bytes, $(grep -o 'class="card topic-card outcome-card"' "$RESULTS/tracker.html" | wc -l) rows," \
    "$(grep -o 'id="trackerCount">[^<]*' "$RESULTS/tracker.html" | sed 's/.*>//')"

load() {  # NAME PATH DURATION
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --timeout "$TIMEOUT" --latency -s "$BENCH_DIR/percentiles.lua" "$BASE_URL$2" >"$RESULTS/$1.txt" 2>&1
}
log "warm-up: 10s on the static file"
load warmup-static "$STATIC" 10s
log "static file: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $BASE_URL$STATIC"
load static "$STATIC" "$DURATION"
log "warm-up: $WARMUP on the tracker"
load warmup-tracker "$TRACKER" "$WARMUP"
for run in tracker:$TRACKER filtered:$FILTERED deep:$DEEP; do
    log "${run%%:*}: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $BASE_URL${run#*:}"
    load "${run%%:*}" "${run#*:}" "$DURATION"
done
"$SERVER_HOME/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$MGMT_PORT" \
    --command="/deployment=policy-forum.ear/subdeployment=forum-web.war/subsystem=undertow:read-attribute(name=active-sessions)" \
    >"$RESULTS/sessions.txt" 2>&1 || true
SESSIONS=$(sed -n 's/.*"result" => \([0-9]*\).*/\1/p' "$RESULTS/sessions.txt")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
stop_server
trap - EXIT

field() { sed -n 's/.*RESULT.* '"$2"'=\([^ ]*\).*/\1/p' "$RESULTS/$1.txt"; }
{
    echo
    echo "Policy Forum outcome tracker vs static file — $(date -u '+%Y-%m-%d %H:%M UTC'), $DB, $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB"
    echo "$(query_value "SELECT COUNT(*) FROM policy_outcome" 2>/dev/null || echo "$OUTCOMES") outcomes, $ENTRIES timeline entries;" \
        "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on loopback; static $STATIC"
    echo "tracker $TRACKER; filtered $FILTERED; deep $DEEP"
    echo "load average before the run: $LOAD_BEFORE; after: $LOAD_AFTER"
    printf '%-10s %10s %9s %9s %9s %9s %9s %8s %8s\n' what "req/s" "p50 ms" "p90 ms" "p95 ms" "p99 ms" "max ms" errors non2xx
    for what in tracker filtered deep static; do
        printf '%-10s %10s %9s %9s %9s %9s %9s %8s %8s\n' "$what" "$(field $what rps)" "$(field $what p50_ms)" \
            "$(field $what p90_ms)" "$(field $what p95_ms)" "$(field $what p99_ms)" "$(field $what max_ms)" \
            "$(field $what errors)" "$(field $what non2xx)"
    done
    for what in tracker filtered deep; do
        awk -v w="$what" -v p="$(field $what p95_ms)" 'BEGIN { if (p + 0 < 100) printf "%s: goal p95 < 100 ms met (%.1f ms)\n", w, p; else printf "%s: goal p95 < 100 ms MISSED (p95 %.1f ms)\n", w, p }'
    done
    echo "HTTP sessions open after the run: ${SESSIONS:-unknown}"
    echo "query plan of the tracker's statement: $RESULTS/plan.txt"
    echo "raw wrk output: $RESULTS"
} | tee "$RESULTS/summary.txt"
