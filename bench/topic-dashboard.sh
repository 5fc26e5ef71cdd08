#!/usr/bin/env bash
# Times the officials' topic dashboard on the bench data: one operator (made here, id 19999000) logs in through the
# login form, loads /admin/topic-dashboard.xhtml?id=<hot topic> 3 times to warm up and then 20 times one after
# another; prints p50/p95/max (the issue's goal: p95 < 1 s); then downloads the topic's CSV and XLSX exports twice
# each and prints the time to the last byte (goal: < 5 s) and the size. Starts the forum server on port offset 500 on
# the database generate.sh filled, and stops it. BENCH_JAVA_OPTS=-Xlog:gc:file=/tmp/gc.log shows the heap meanwhile.
#
#   bench/topic-dashboard.sh [--db h2|postgresql] [--topic ID] [--loads 20] [--warmup 3]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

TOPIC= LOADS=20 WARMUP=3
while [ $# -gt 0 ]; do
    case $1 in
        --db) DB=$2; shift ;;
        --topic) TOPIC=$2; shift ;;
        --loads) LOADS=$2; shift ;;
        --warmup) WARMUP=$2; shift ;;
        -h|--help) sed -n 2,8p "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
    shift
done
if [ -z "$TOPIC" ]; then
    [ -f "$BENCH_DIR/data/hot-topic-$DB" ] || die "no generated $DB data: run bench/generate.sh --db $DB first, or pass --topic"
    TOPIC=$(cat "$BENCH_DIR/data/hot-topic-$DB")
fi
RESULTS=$WORK/dashboard-$DB-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RESULTS"
EMAIL=dashboard-bench@bench.test
PASSWORD="bench-Dashboard-2026!"
OPERATOR=19999000

start_server
HASH=$(java "$BENCH_DIR/PollVote.java" --hash "$PASSWORD")
# portable SQL (H2 and PostgreSQL): made once, its password and lock reset on every run
cat >"$RESULTS/operator.sql" <<SQL
INSERT INTO member (id, real_name, email, email_confirmed, password_hash, person_key_hash, verified_by, verified_at,
    mail_opt_in, terms_accepted_at, language, status, failed_logins, created_at, version)
SELECT $OPERATOR, '대시보드 운영자', '$EMAIL', TRUE, '$HASH', 'dashboard-bench-operator', 'bench', CURRENT_TIMESTAMP,
    FALSE, CURRENT_TIMESTAMP, 'ko', 'ACTIVE', 0, CURRENT_TIMESTAMP, 1
WHERE NOT EXISTS (SELECT 1 FROM member WHERE id = $OPERATOR);
UPDATE member SET password_hash = '$HASH', failed_logins = 0, locked_until = NULL WHERE id = $OPERATOR;
INSERT INTO member_role (member_id, role) SELECT $OPERATOR, 'OPERATOR'
WHERE NOT EXISTS (SELECT 1 FROM member_role WHERE member_id = $OPERATOR AND role = 'OPERATOR');
SQL
run_sql_file "$RESULTS/operator.sql"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "topic $TOPIC: $WARMUP warm-up loads, then $LOADS timed loads of the dashboard"
java "$BENCH_DIR/TopicDashboard.java" --base "$BASE_URL" --email "$EMAIL" --password "$PASSWORD" --topic "$TOPIC" \
    --loads "$LOADS" --warmup "$WARMUP" | tee "$RESULTS/client.out"
stop_server
trap - EXIT
{
    echo
    echo "Policy Forum topic dashboard — $(date -u '+%Y-%m-%d %H:%M UTC'), $DB, $(nproc) cores, load before: $LOAD_BEFORE"
    grep RESULT "$RESULTS/client.out"
} | tee -a "$RESULTS/summary.txt"
