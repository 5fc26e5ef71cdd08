#!/usr/bin/env bash
# The poll benchmark (issue 4): N prepared members vote through HTTP as fast as the server answers, then the tally,
# the ballot rows and the acknowledged votes are compared; beside it a pgbench baseline of an insert-on-conflict into a
# table like ballot. A vote is what a browser with JavaScript does: one POST /api/polls/{id}/ballot (JSON) with the
# session's CSRF token, which each member reads from a poll page once after logging in, before the clock starts.
# --faces: the form without JavaScript instead (GET the poll page, POST its form with view state and CSP nonce).
#
#   bench/poll-vote.sh [--members 200] [--polls 1000] [--duration 180] [--threads 32] [--crash-after SECONDS]
#                      [--pgbench-seconds 30] [--no-pgbench] [--faces] [--cluster] [--page-seconds 20]
#
# --cluster (issue 16): the same votes through the balancer of two nodes (ops/cluster.sh, the cluster server of
# mvn -Pcluster -DskipTests package; nodes on BENCH_CLUSTER_OFFSETS, default "1100 1200", balancer on
# BENCH_CLUSTER_PORT, default 8480), and first the readers' topic page of the demo content with wrk for
# --page-seconds, at node1 directly and through the balancer. With --crash-after S, node2 is killed with kill -9 S seconds in and stays dead: the
# balancer sends its members to node1, where their sessions are. Run it beside a plain run for the single node.
#
# PostgreSQL only (database forum_bench_poll, BENCH_PG_DB to change; dropped and created again unless
# BENCH_PG_NO_RECREATE=1). The server runs on port offset 500 (BENCH_PORT_OFFSET) from the built server and EAR
# (mvn -DskipTests package). --crash-after S: kill -9 the server's JVM S seconds into the run, start it again, let the
# client carry on (it logs its members in again), and check that every acknowledged vote is in the database.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DB=postgresql
PG_DB=${BENCH_PG_DB:-forum_bench_poll}
MEMBERS=200 POLLS=1000 DURATION=180 THREADS=32 CRASH_AFTER= PGBENCH_SECONDS=30 PGBENCH=1 MODE=api CLUSTER=0 PAGE_SECONDS=20
while [ $# -gt 0 ]; do
    case $1 in
        --members) MEMBERS=$2; shift ;;
        --polls) POLLS=$2; shift ;;
        --duration) DURATION=$2; shift ;;
        --threads) THREADS=$2; shift ;;
        --crash-after) CRASH_AFTER=$2; shift ;;
        --pgbench-seconds) PGBENCH_SECONDS=$2; shift ;;
        --no-pgbench) PGBENCH=0 ;;
        --faces) MODE=faces ;;
        --cluster) CLUSTER=1 ;;
        --page-seconds) PAGE_SECONDS=$2; shift ;;
        -h|--help) sed -n 2,21p "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
    shift
done
# one client address reads every poll's options and casts every ballot: the public API's per-address and per-member
# read limits (issue 14) would measure the limiter, not the ballot
export FORUM_API_RATE_ANONYMOUS=${FORUM_API_RATE_ANONYMOUS:-0} FORUM_API_RATE_KEYED=${FORUM_API_RATE_KEYED:-0}
PASSWORD="bench-Vote-2026!"
EMAILS="poll-bench-%d@bench.test"
OUT=$WORK/poll
mkdir -p "$OUT"
psql_bench() { PGPASSWORD=$PG_PASSWORD psql -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" "$@"; }

# --- 1. a fresh database with the application's schema, members and polls
if [ "${BENCH_PG_NO_RECREATE:-0}" != 1 ]; then
    runuser -u postgres -- psql -q -p "$PG_PORT" -c "DROP DATABASE IF EXISTS $PG_DB" \
        -c "CREATE DATABASE $PG_DB OWNER $PG_USER ENCODING 'UTF8' TEMPLATE template0"
fi
# the two nodes and the balancer, on the bench database, with the demo content (a topic for the readers' page)
CLUSTER_OFFSETS=${BENCH_CLUSTER_OFFSETS:-1100 1200}
CLUSTER_PORT=${BENCH_CLUSTER_PORT:-8480}
cluster() {
    FORUM_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB" FORUM_DB_USER=$PG_USER FORUM_DB_PASSWORD=$PG_PASSWORD \
        FORUM_CLUSTER_DIR="$WORK/cluster" FORUM_CLUSTER_OFFSETS="$CLUSTER_OFFSETS" \
        FORUM_CLUSTER_PORT="$CLUSTER_PORT" FORUM_DEMO=true "$ROOT_DIR/ops/cluster.sh" "$@"
}
if [ "$CLUSTER" = 1 ]; then
    command -v wrk >/dev/null || die "wrk is not installed (apt-get install -y wrk)"
    cluster down >/dev/null 2>&1 || true
    rm -rf "$WORK/cluster"
    cluster up
    trap 'cluster down' EXIT
    NODE1_URL="http://127.0.0.1:$((8080 + ${CLUSTER_OFFSETS%% *}))"
    BASE_URL="http://127.0.0.1:$CLUSTER_PORT"
else
    start_server
fi
HASH=$(java "$BENCH_DIR/PollVote.java" --hash "$PASSWORD")
# ids far above what EclipseLink's sequences hand out (blocks of 50 from 50) during the run
cat >"$OUT/seed.sql" <<SQL
INSERT INTO member (id, real_name, email, email_confirmed, password_hash, district_code, birth_year, person_key_hash,
    verified_by, verified_at, mail_opt_in, terms_accepted_at, language, status, failed_logins, created_at, version)
SELECT 10000000 + x, '투표자' || x, replace('$EMAILS', '%d', x::text), TRUE, '$HASH',
    (SELECT code FROM district ORDER BY sort_order OFFSET (x % 25) LIMIT 1), 1950 + (x % 55),
    md5('poll-bench-' || x) || md5('key-' || x), 'bench', now(), FALSE, now(), 'ko', 'ACTIVE', 0, now(), 1
FROM generate_series(0, $MEMBERS - 1) AS g(x);
INSERT INTO member_role (member_id, role) SELECT 10000000 + x, 'CITIZEN' FROM generate_series(0, $MEMBERS - 1) AS g(x);
INSERT INTO poll (id, topic_id, question, max_choices, opens_at, closes_at, eligibility, results_before_vote,
    ballot_changeable, created_at, version)
SELECT 10000000 + x, NULL, '벤치마크 투표 ' || x, 1, (now() AT TIME ZONE 'UTC') - INTERVAL '1 hour',
    (now() AT TIME ZONE 'UTC') + INTERVAL '1 day', 'ALL', TRUE, FALSE, now() AT TIME ZONE 'UTC', 1
FROM generate_series(0, $POLLS - 1) AS g(x);
INSERT INTO poll_option (id, poll_id, position, label)
SELECT 10000000 + x * 4 + o, 10000000 + x, o + 1, '보기 ' || (o + 1)
FROM generate_series(0, $POLLS - 1) AS g(x), generate_series(0, 3) AS h(o);
ANALYZE member; ANALYZE member_role; ANALYZE poll; ANALYZE poll_option;
SQL
psql_bench -f "$OUT/seed.sql"
POLL_IDS=$(seq -s ' ' 10000000 $((10000000 + POLLS - 1)))
log "seeded $MEMBERS members and $POLLS polls (4 options each)"

# --- 1b. cluster: the readers' topic page at one node directly and through the balancer, same run
if [ "$CLUSTER" = 1 ]; then
    TOPIC=$(psql_bench -tA -c "SELECT MIN(id) FROM topic WHERE state = 'OPEN'")
    for target in "node1 directly|$NODE1_URL" "through the balancer|$BASE_URL"; do
        wrk -t2 -c16 -d"${PAGE_SECONDS}s" --latency "${target#*|}/topics/$TOPIC" >"$OUT/page.out" 2>&1 || true
        echo "PAGE ${target%%|*}: $(awk '/Requests\/sec/ {r=$2} / 99%/ {p=$2} / 50%/ {m=$2} END {print r " pages/s, p50 " m ", p99 " p}' "$OUT/page.out") (load $(cut -d' ' -f1 /proc/loadavg))"
    done
fi

# --- 2. the votes
run_client() {
    java "$BENCH_DIR/PollVote.java" --base "$BASE_URL" --members "$MEMBERS" --email-pattern "$EMAILS" \
        --password "$PASSWORD" --polls "$POLL_IDS" --duration "$DURATION" --threads "$THREADS" --acked "$OUT/acked.csv" --mode "$MODE"
}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# CPU time of the server JVM (user + system, clock ticks): on a shared machine the CPU each vote costs says more
# than votes/s; 2 cores give at most 2,000 ms of CPU per second
jvm_ticks() {
    local pid
    [ "$CLUSTER" = 1 ] && { echo 0; return; }   # two JVMs: their CPU is not summed here
    pid=$(ps -o pid= --ppid "$SERVER_PID" | tr -d ' ' | head -1); awk '{print $14 + $15}' "/proc/$pid/stat"
}
if [ -z "$CRASH_AFTER" ]; then
    run_client >"$OUT/client.out" 2>&1 &
    CLIENT_PID=$!
    # the clock starts once every member is logged in and holds its token (the client says so); logins are not counted
    until grep -q '^logged ' "$OUT/client.out" || ! kill -0 "$CLIENT_PID" 2>/dev/null; do sleep 0.2; done
    TICKS_BEFORE=$(jvm_ticks)
    wait "$CLIENT_PID"
    TICKS_AFTER=$(jvm_ticks)
    cat "$OUT/client.out"
    ACKED_RUN=$(sed -nE 's/^RESULT acked=([0-9]+).*/\1/p' "$OUT/client.out")
    CPU_MS=$(( (TICKS_AFTER - TICKS_BEFORE) * 1000 / $(getconf CLK_TCK) ))
    echo "SERVER CPU ${CPU_MS} ms during the timed run = $(awk -v c="$CPU_MS" -v a="$ACKED_RUN" 'BEGIN {printf "%.2f", c / (a > 0 ? a : 1)}') ms per acknowledged vote" | tee -a "$OUT/client.out"
else
    run_client >"$OUT/client.out" 2>&1 &
    CLIENT_PID=$!
    sleep "$CRASH_AFTER"
    if [ "$CLUSTER" = 1 ]; then
        log "kill -9 of node2 after $CRASH_AFTER s; node1 carries on alone"
        cluster kill node2
    else
        JVM_PID=$(ps -o pid= --ppid "$SERVER_PID" | tr -d ' ' | head -1)
        [ -n "$JVM_PID" ] || die "no server JVM under pid $SERVER_PID"
        log "kill -9 of the server JVM (pid $JVM_PID) after $CRASH_AFTER s"
        kill -KILL "$JVM_PID"
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=
        start_server
    fi
    wait "$CLIENT_PID" || true
    cat "$OUT/client.out"
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# --- 3. tally == ballot rows == acknowledged votes; every acknowledged vote is stored
sleep 2   # the shared tally is at most a second old
API_BALLOTS=0 API_CHOICES=0
for id in $POLL_IDS; do
    json=$(curl -sf "$BASE_URL/api/polls/$id/results")
    API_BALLOTS=$((API_BALLOTS + $(sed -E 's/.*"ballots":([0-9]+).*/\1/' <<<"$json")))
    API_CHOICES=$((API_CHOICES + $(grep -oE '"count":[0-9]+' <<<"$json" | cut -d: -f2 | awk '{s += $1} END {print s + 0}')))
done
ACKED=$(wc -l <"$OUT/acked.csv")
psql_bench -c "CREATE TEMP TABLE acked (email VARCHAR(254), poll_id BIGINT)" \
    -c "\\copy acked FROM '$OUT/acked.csv' WITH (FORMAT csv)" -tA \
    -c "SELECT 'ballot_rows=' || (SELECT COUNT(*) FROM ballot WHERE poll_id >= 10000000)
         || ' choice_rows=' || (SELECT COUNT(*) FROM ballot_choice c JOIN ballot b ON b.id = c.ballot_id WHERE b.poll_id >= 10000000)
         || ' duplicates=' || (SELECT COUNT(*) FROM (SELECT 1 FROM ballot GROUP BY poll_id, member_id HAVING COUNT(*) > 1) d)
         || ' acked_missing=' || (SELECT COUNT(*) FROM acked a JOIN member m ON m.email = a.email
                                  LEFT JOIN ballot b ON b.poll_id = a.poll_id AND b.member_id = m.id WHERE b.id IS NULL)" \
    | tee "$OUT/check.out"
echo "CHECK acked=$ACKED api_ballots=$API_BALLOTS api_choice_counts=$API_CHOICES load_before=[$LOAD_BEFORE] load_after=[$LOAD_AFTER]" | tee -a "$OUT/check.out"
if [ "$CLUSTER" = 1 ]; then cluster down; else stop_server; fi
trap - EXIT

# --- 4. baseline: the same shape of insert straight into PostgreSQL, one statement per vote, no web tier
if [ "$PGBENCH" = 1 ]; then
    psql_bench -c "DROP TABLE IF EXISTS bench_ballot_choice, bench_ballot" \
        -c "CREATE TABLE bench_ballot (id BIGSERIAL PRIMARY KEY, poll_id BIGINT NOT NULL, member_id BIGINT NOT NULL,
                cast_at TIMESTAMP NOT NULL, UNIQUE (poll_id, member_id))" \
        -c "CREATE TABLE bench_ballot_choice (ballot_id BIGINT NOT NULL REFERENCES bench_ballot (id), option_id BIGINT NOT NULL,
                PRIMARY KEY (ballot_id, option_id))"
    cat >"$OUT/pgbench.sql" <<'SQL'
\set poll random(1, 100000)
\set member random(1, 1000000)
\set option random(1, 4)
WITH b AS (INSERT INTO bench_ballot (poll_id, member_id, cast_at) VALUES (:poll, :member, now())
           ON CONFLICT (poll_id, member_id) DO NOTHING RETURNING id)
INSERT INTO bench_ballot_choice (ballot_id, option_id) SELECT id, :option FROM b;
SQL
    log "pgbench baseline: $PGBENCH_SECONDS s, 32 clients"
    PGPASSWORD=$PG_PASSWORD pgbench -n -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -c 32 -j 2 -T "$PGBENCH_SECONDS" \
        -f "$OUT/pgbench.sql" -r "$PG_DB" | tee "$OUT/pgbench.out"
    psql_bench -c "DROP TABLE bench_ballot_choice, bench_ballot"
fi
