#!/usr/bin/env bash
# The support benchmark of the idea space (issue 12): N prepared members support ideas through HTTP as the idea page's
# script does (one POST /api/ideas/{id}/support with the session's CSRF token, read once per member from an idea page
# after the login, before the clock starts), as fast as the server answers, on the database generate-ideas.sh
# filled. Some of the ideas start just below a tier (45, 95, 995 supports), so that tiers are crossed during the run.
# Afterwards, by SQL: acknowledged supports == new support rows (0 lost, 0 duplicated), support_count == rows for
# every touched idea, and exactly one answer obligation per (idea, tier) reached.
#
#   bench/idea-support.sh [--members 200] [--ideas 2000] [--duration 120] [--threads 32] [--warmup 30]
#                         [--near-50 200] [--near-100 40] [--near-1000 10]
#
# PostgreSQL, database forum_bench_idea (BENCH_PG_DB), members 1..100,000 as generate-ideas.sh made them (they give
# the ideas their starting supports). Every run first removes the previous run's ideas (ids from 10,000,000 up, with
# their supports, obligations and topic suggestions), then seeds them again; the bench members
# (idea-bench-<i>@bench.test, ids from 10,000,000 up) are kept and get a new password hash. The server runs on port
# offset BENCH_PORT_OFFSET (500 by default) from the built server and EAR; BENCH_HEAP, BENCH_JAVA_OPTS as for the
# other scripts.
set -euo pipefail
export BENCH_DB=postgresql BENCH_PG_DB=${BENCH_PG_DB:-forum_bench_idea}
source "$(dirname "$0")/lib.sh"

MEMBERS=200 IDEAS=2000 DURATION=120 THREADS=32 WARMUP=30 NEAR50=200 NEAR100=40 NEAR1000=10
while [ $# -gt 0 ]; do
    case $1 in
        --members) MEMBERS=$2; shift ;;
        --ideas) IDEAS=$2; shift ;;
        --duration) DURATION=$2; shift ;;
        --threads) THREADS=$2; shift ;;
        --warmup) WARMUP=$2; shift ;;
        --near-50) NEAR50=$2; shift ;;
        --near-100) NEAR100=$2; shift ;;
        --near-1000) NEAR1000=$2; shift ;;
        -h|--help) sed -n 2,17p "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
    shift
done
[ $((NEAR50 + NEAR100 + NEAR1000)) -le "$IDEAS" ] || die "more ideas near a tier than --ideas"
PASSWORD="bench-Support-2026!"
EMAILS="idea-bench-%d@bench.test"
FIRST=10000000
OUT=$WORK/idea-support
mkdir -p "$OUT"
psql_bench() {
    PGPASSWORD=$PG_PASSWORD psql -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" "$@"
}
GENERATED=$(query_value "SELECT COUNT(*) FROM member WHERE id < $FIRST")
[ "$GENERATED" -ge 2000 ] || die "$PG_DB has $GENERATED generated members: run bench/generate-ideas.sh first"

# --- 1. the previous run's ideas go; members, ideas near the tiers and their starting supports are seeded
HASH=$(java "$BENCH_DIR/PollVote.java" --hash "$PASSWORD")
cat >"$OUT/seed.sql" <<SQL
CREATE TEMP TABLE old_suggestion AS
    SELECT suggestion_id AS id FROM idea WHERE id >= $FIRST AND suggestion_id IS NOT NULL;
DELETE FROM idea_support WHERE idea_id >= $FIRST;
DELETE FROM idea_follow WHERE idea_id >= $FIRST;
DELETE FROM idea_event WHERE idea_id >= $FIRST;
DELETE FROM idea_revision WHERE idea_id >= $FIRST;
DELETE FROM idea_answer WHERE idea_id >= $FIRST;
DELETE FROM answer_obligation WHERE idea_id >= $FIRST;
DELETE FROM idea WHERE id >= $FIRST;
DELETE FROM suggestion_support WHERE suggestion_id IN (SELECT id FROM old_suggestion);
DELETE FROM topic_suggestion WHERE id IN (SELECT id FROM old_suggestion);

INSERT INTO member (id, real_name, email, email_confirmed, password_hash, district_code, birth_year, person_key_hash,
    verified_by, verified_at, mail_opt_in, terms_accepted_at, language, status, failed_logins, created_at, version)
SELECT $FIRST + x, '지지자' || x, replace('$EMAILS', '%d', x::text), TRUE, '$HASH',
    (SELECT code FROM district ORDER BY sort_order OFFSET (x % 25) LIMIT 1), 1950 + (x % 55),
    md5('idea-bench-' || x) || md5('key-' || x), 'bench', now(), FALSE, now(), 'ko', 'ACTIVE', 0, now(), 1
FROM generate_series(0, $MEMBERS - 1) AS g(x)
ON CONFLICT (id) DO UPDATE SET password_hash = EXCLUDED.password_hash, failed_logins = 0, locked_until = NULL;
INSERT INTO member_role (member_id, role) SELECT $FIRST + x, 'CITIZEN' FROM generate_series(0, $MEMBERS - 1) AS g(x)
ON CONFLICT DO NOTHING;

-- the ideas: published yesterday, open for 29 more days; the first NEAR50 at 45 supports, the next NEAR100 at 95,
-- the next NEAR1000 at 995, the others at 0-9; the ones past a tier already owe what it obliges
CREATE TEMP TABLE seed AS
SELECT $FIRST + k AS id, k,
    CASE WHEN k < $NEAR50 THEN 45 WHEN k < $NEAR50 + $NEAR100 THEN 95
         WHEN k < $NEAR50 + $NEAR100 + $NEAR1000 THEN 995 ELSE k % 10 END AS supports
FROM generate_series(0, $IDEAS - 1) AS g(k);
INSERT INTO idea (id, author_id, title, body, category_id, district_code, bureau_id, state, state_reason,
    state_changed_at, published_at, support_ends_at, support_count, merged_into_id, suggestion_id, version)
SELECT s.id, 1 + (s.k * 7 + 5) % $GENERATED, '벤치마크 제안 ' || s.k || ': 동네 공원에 그늘막을 설치해 주세요',
    '벤치마크로 만든 제안입니다. 여름철 공원 이용자가 많아 그늘이 필요합니다.', 1 + s.k % 9, NULL,
    CASE WHEN s.supports >= 50 THEN 1 + s.k % 10 END, 'SUBMITTED', NULL,
    LOCALTIMESTAMP - INTERVAL '1 day', LOCALTIMESTAMP - INTERVAL '1 day', LOCALTIMESTAMP + INTERVAL '29 days',
    s.supports, NULL, NULL, 1
FROM seed s;
-- starting supporters: generated members, distinct per idea, never the author (1 + (k * 7 + 5) mod GENERATED)
INSERT INTO idea_support (idea_id, member_id, created_at)
SELECT s.id, 1 + (s.k * 7 + 6 + j) % $GENERATED, LOCALTIMESTAMP - INTERVAL '1 hour'
FROM seed s CROSS JOIN LATERAL generate_series(0, s.supports - 1) AS g(j);
INSERT INTO answer_obligation (id, idea_id, tier_id, obliges, tier_supports, bureau_id, crossed_at, due_at,
    fulfilled_at, reminded_before, reminded_after, version)
SELECT $FIRST + ROW_NUMBER() OVER (ORDER BY s.id, t.supports), s.id, t.id, t.obliges, t.supports,
    COALESCE(t.answering_bureau, 1 + s.k % 10), LOCALTIMESTAMP - INTERVAL '1 hour',
    CASE WHEN t.answer_days IS NOT NULL THEN LOCALTIMESTAMP - INTERVAL '1 hour' + MAKE_INTERVAL(days => t.answer_days)
    END, CASE WHEN t.answer_days IS NULL THEN LOCALTIMESTAMP - INTERVAL '1 hour' END, FALSE, FALSE, 1
FROM seed s JOIN support_tier t ON t.supports <= s.supports;
-- where each idea started: the checks compare with it
DROP TABLE IF EXISTS bench_idea_start;
CREATE TABLE bench_idea_start AS SELECT id AS idea_id, supports FROM seed;
ANALYZE idea; ANALYZE idea_support; ANALYZE member; ANALYZE member_role; ANALYZE answer_obligation;
SQL
psql_bench -f "$OUT/seed.sql"
log "seeded $MEMBERS members and $IDEAS ideas ($NEAR50 at 45 supports, $NEAR100 at 95, $NEAR1000 at 995)"

start_server

# --- 2. the supports
IDEA_IDS=$(seq -s ' ' "$FIRST" $((FIRST + IDEAS - 1)))
jvm_ticks() {
    local pid; pid=$(ps -o pid= --ppid "$SERVER_PID" | tr -d ' ' | head -1); awk '{print $14 + $15}' "/proc/$pid/stat"
}
# PostgreSQL's CPU: every postgres process on the machine (the bench's pooled backends and the server's own workers)
pg_ticks() {
    local total=0 pid
    for pid in $(pgrep -x postgres); do
        total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
/usr/bin/time -f "%U %S" -o "$OUT/client.time" java "$BENCH_DIR/IdeaSupport.java" --base "$BASE_URL" --members "$MEMBERS" --email-pattern "$EMAILS" \
    --password "$PASSWORD" --ideas "$IDEA_IDS" --duration "$DURATION" --threads "$THREADS" --warmup "$WARMUP" \
    --acked "$OUT/acked.csv" >"$OUT/client.out" 2>"$OUT/client.err" &
CLIENT_PID=$!
# the clock starts once every member is logged in and holds its token (the client says so); logins are not counted
until grep -q '^logged ' "$OUT/client.out" || ! kill -0 "$CLIENT_PID" 2>/dev/null; do sleep 0.2; done
TICKS_BEFORE=$(jvm_ticks)
PG_BEFORE=$(pg_ticks)
CLIENT_BEFORE=$(awk '{print $14 + $15}' "/proc/$(pgrep -f -n IdeaSupport.java)/stat")
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
wait "$CLIENT_PID"
TICKS_AFTER=$(jvm_ticks)
PG_AFTER=$(pg_ticks)
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
cat "$OUT/client.out"
ACKED_RUN=$(sed -nE 's/^RESULT acked=([0-9]+).*/\1/p' "$OUT/client.out")
CPU_MS=$(( (TICKS_AFTER - TICKS_BEFORE) * 1000 / $(getconf CLK_TCK) ))
echo "SERVER CPU ${CPU_MS} ms during the timed run = $(awk -v c="$CPU_MS" -v a="$ACKED_RUN" \
    'BEGIN {printf "%.2f", c / (a > 0 ? a : 1)}') ms per acknowledged support" | tee -a "$OUT/client.out"
# the client's CPU after its logins (its whole CPU from time(1), less what it had used when the clock started)
CLIENT_MS=$(awk -v b="$CLIENT_BEFORE" -v hz="$(getconf CLK_TCK)" '{printf "%d", ($1 + $2) * 1000 - b * 1000 / hz}' \
    "$OUT/client.time")
PG_MS=$(( (PG_AFTER - PG_BEFORE) * 1000 / $(getconf CLK_TCK) ))
for part in "CLIENT $CLIENT_MS" "POSTGRESQL $PG_MS"; do
    set -- $part
    echo "$1 CPU $2 ms during the timed run = $(awk -v c="$2" -v a="$ACKED_RUN" \
        'BEGIN {printf "%.2f", c / (a > 0 ? a : 1)}') ms per acknowledged support" | tee -a "$OUT/client.out"
done
stop_server
trap - EXIT

# --- 3. the checks
psql_bench -tA -c "CREATE TEMP TABLE acked (email VARCHAR(254), idea_id BIGINT)" \
    -c "\\copy acked FROM '$OUT/acked.csv' WITH (FORMAT csv)" \
    -c "CREATE TEMP TABLE touched AS SELECT DISTINCT idea_id FROM acked" \
    -c "SELECT 'acked=' || (SELECT COUNT(*) FROM acked)
         || ' acked_distinct=' || (SELECT COUNT(*) FROM (SELECT DISTINCT email, idea_id FROM acked) d)
         || ' new_rows=' || (SELECT COUNT(*) FROM idea_support WHERE member_id >= $FIRST)
         || ' lost=' || (SELECT COUNT(*) FROM acked a JOIN member m ON m.email = a.email
                         LEFT JOIN idea_support s ON s.idea_id = a.idea_id AND s.member_id = m.id
                         WHERE s.idea_id IS NULL)
         || ' unacknowledged_rows=' || (SELECT COUNT(*) FROM idea_support s JOIN member m ON m.id = s.member_id
                         WHERE s.member_id >= $FIRST AND NOT EXISTS (SELECT 1 FROM acked a
                         WHERE a.email = m.email AND a.idea_id = s.idea_id))
         || ' touched_ideas=' || (SELECT COUNT(*) FROM touched)" \
    -c "SELECT 'touched_count_mismatch=' || COUNT(*) FROM idea i JOIN touched t ON t.idea_id = i.id
         WHERE i.support_count <> (SELECT COUNT(*) FROM idea_support s WHERE s.idea_id = i.id)" \
    -c "SELECT 'count_mismatch_all_ideas=' || COUNT(*) FROM idea i FULL JOIN (SELECT idea_id, COUNT(*) AS n
         FROM idea_support GROUP BY idea_id) s ON s.idea_id = i.id
         WHERE COALESCE(i.support_count, -1) <> COALESCE(s.n, 0)" \
    -c "WITH reached AS (SELECT i.id, t.id AS tier_id, t.supports, b.supports AS start_supports
             FROM idea i JOIN bench_idea_start b ON b.idea_id = i.id
             JOIN support_tier t ON t.supports <= i.support_count),
         owed AS (SELECT idea_id, tier_id, COUNT(*) AS n FROM answer_obligation WHERE idea_id >= $FIRST
             GROUP BY idea_id, tier_id)
         SELECT 'tiers_crossed_in_run=' || (SELECT COUNT(*) FROM reached WHERE supports > start_supports)
         || ' by_tier=' || COALESCE((SELECT string_agg(supports || ':' || n, ',' ORDER BY supports) FROM
             (SELECT supports, COUNT(*) AS n FROM reached WHERE supports > start_supports GROUP BY supports) c), '-')
         || ' obligations_made_in_run=' || (SELECT COUNT(*) FROM answer_obligation WHERE idea_id >= $FIRST
             AND id < $FIRST)
         || ' reached_pairs_without_exactly_one=' || (SELECT COUNT(*) FROM reached r LEFT JOIN owed o
             ON o.idea_id = r.id AND o.tier_id = r.tier_id WHERE COALESCE(o.n, 0) <> 1)
         || ' obligations_of_unreached_tiers=' || (SELECT COUNT(*) FROM answer_obligation o JOIN idea i
             ON i.id = o.idea_id WHERE o.idea_id >= $FIRST AND o.tier_supports > i.support_count)" \
    | tee "$OUT/check.out"
echo "CHECK load_before=[$LOAD_BEFORE] load_at_start=[$LOAD_START] load_at_end=[$LOAD_END]" | tee -a "$OUT/check.out"
