#!/usr/bin/env bash
# Fills a bench database (H2 file or PostgreSQL) with a forum's worth of data, set-based (one INSERT ... SELECT per
# table and batch): members, 36 months of topics with experts' briefs, opinions, threaded comments and reactions.
# The newest main-forum topic is OPEN and holds --hot-opinions opinions: that is the page topic-page.sh loads.
#
#   bench/generate.sh [--db h2|postgresql] [--small] [--members N] [--months N] [--opinions N] [--comments N]
#                     [--reactions N] [--hot-opinions N]
#
# Needs the built server (mvn -DskipTests package): the schema comes from the application's own Flyway migrations,
# so the script starts the server once on an empty database and stops it, then inserts the data with the server
# stopped (an H2 file database is single-process). Always starts from an empty database: the H2 folder
# bench/data/h2 is deleted, the PostgreSQL database forum_bench is dropped and created again (needs sudo-less
# access as the postgres OS user, i.e. run as root, or an existing empty database and BENCH_PG_NO_RECREATE=1).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

MEMBERS=100000 MONTHS=36 OPINIONS=200000 COMMENTS=500000 REACTIONS=2000000 HOT=2500
BATCH=${BENCH_BATCH:-250000}
while [ $# -gt 0 ]; do
    case $1 in
        --db) DB=$2; shift ;;
        --small) MEMBERS=2000 MONTHS=6 OPINIONS=6000 COMMENTS=15000 REACTIONS=60000 HOT=2000 ;;
        --members) MEMBERS=$2; shift ;;
        --months) MONTHS=$2; shift ;;
        --opinions) OPINIONS=$2; shift ;;
        --comments) COMMENTS=$2; shift ;;
        --reactions) REACTIONS=$2; shift ;;
        --hot-opinions) HOT=$2; shift ;;
        -h|--help) sed -n 2,13p "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
    shift
done
TOPICS=$((2 * MONTHS))          # one main-forum and one Youth Forum topic per month
HOT_TOPIC=$((TOPICS - 1))        # the newest main-forum topic
[ "$MONTHS" -ge 2 ] || die "--months must be at least 2"
[ "$HOT" -le "$OPINIONS" ] || die "--hot-opinions ($HOT) exceeds --opinions ($OPINIONS)"
[ "$MEMBERS" -ge 100 ] || die "--members must be at least 100"
PER_OPINION=$(( (REACTIONS * 6 / 10 + OPINIONS - 1) / OPINIONS ))   # 60 % of reactions on opinions, 40 % on comments
PER_COMMENT=$(( (REACTIONS - REACTIONS * 6 / 10 + COMMENTS - 1) / COMMENTS ))
[ "$PER_OPINION" -lt "$MEMBERS" ] && [ "$PER_COMMENT" -lt "$MEMBERS" ] || die "more reactions per item than members"

# --- dialect: the only differences between H2 and PostgreSQL that the inserts need
case $DB in
    h2) range() { echo "SYSTEM_RANGE($1, $2) r"; }                                   # column r.x (BIGINT)
        sha() { echo "LOWER(RAWTOHEX(HASH('SHA-256', $1)))"; } ;;
    postgresql) range() { echo "generate_series(CAST($1 AS BIGINT), CAST($2 AS BIGINT)) AS r(x)"; }
        sha() { echo "encode(sha256(convert_to($1, 'UTF8')), 'hex')"; } ;;
    *) die "unknown database '$DB' (h2 or postgresql)" ;;
esac
secs() { echo "(($1) * INTERVAL '1' SECOND)"; }

mkdir -p "$WORK/sql"
total_started=$SECONDS

# --- 1. an empty database with the application's schema
log "fresh $DB database"
case $DB in
    h2) rm -rf "$H2_DIR" ;;
    postgresql)
        if [ "${BENCH_PG_NO_RECREATE:-0}" != 1 ]; then
            runuser -u postgres -- psql -q -p "$PG_PORT" -c "DROP DATABASE IF EXISTS $PG_DB" \
                -c "CREATE DATABASE $PG_DB OWNER $PG_USER ENCODING 'UTF8' TEMPLATE template0"
        fi ;;
esac
start_server          # Flyway migrates the empty database
stop_server
trap - EXIT
[ "$(query_value "SELECT COUNT(*) FROM member")" = 0 ] || die "the fresh database already has members"

# --- 2. the inserts, one file per step so that each step's time is printed
step() {  # step NAME FILE
    local started=$SECONDS
    run_sql_file "$2"
    log "$1: $((SECONDS - started)) s"
}

NOW_EPOCH=$(date +%s)
HOT_OPENS=$(date -u -d "@$((NOW_EPOCH - 10 * 86400))" '+%Y-%m-%d %H:%M:%S')
FAR_PAST="2015-01-01 00:00:00"
LOREM_KO="이 정책은 시민의 일상과 밀접하게 연결되어 있으며, 예산과 우선순위를 함께 검토해야 합니다. 지역별 사정이 다르므로 단계적 시행과 충분한 공론화가 필요하다고 생각합니다."

# members: real-looking, verified, active; districts from the district table; unique email and person key hash
cat >"$WORK/sql/1-members.sql" <<SQL
INSERT INTO member (id, real_name, email, email_confirmed, password_hash, district_code, birth_year, person_key_hash,
    verified_by, verified_at, mail_opt_in, terms_accepted_at, language, bureau_id, status, failed_logins, locked_until,
    created_at, closed_at, version)
SELECT r.x,
    SUBSTRING('김이박최정강조윤장임한오서신권황안송류홍', CAST(MOD(r.x, 20) AS INTEGER) + 1, 1)
      || SUBSTRING('민서지현준우예도하윤수연성재영은진태호', CAST(MOD(r.x * 7, 19) AS INTEGER) + 1, 1)
      || SUBSTRING('아준희호빈민원경숙철훈선미환석주혁영', CAST(MOD(r.x * 13, 18) AS INTEGER) + 1, 1),
    'member' || CAST(r.x AS VARCHAR(20)) || '@bench.policy-forum.kr', TRUE, NULL,
    d.code, 1940 + CAST(MOD(r.x * 7, 68) AS INTEGER), $(sha "'bench-person-' || CAST(r.x AS VARCHAR(20))"),
    'bench', TIMESTAMP '$FAR_PAST' + $(secs "MOD(r.x * 7919, 300000000)"), MOD(r.x, 3) = 0,
    TIMESTAMP '$FAR_PAST' + $(secs "MOD(r.x * 7919, 300000000)"),
    CASE WHEN MOD(r.x, 10) = 0 THEN 'en' ELSE 'ko' END, NULL, 'ACTIVE', 0, NULL,
    TIMESTAMP '$FAR_PAST' + $(secs "MOD(r.x * 7919, 300000000)"), NULL, 1
FROM $(range 1 "$MEMBERS")
JOIN district d ON d.sort_order = 1 + MOD(r.x, (SELECT COUNT(*) FROM district));
INSERT INTO member_role (member_id, role) SELECT id, 'CITIZEN' FROM member;
SQL

# topics: two per month for MONTHS months, the last month's open, the others closed; bureaus; two briefs each
{
    echo "INSERT INTO bureau (id, name_ko, name_en, active, version) VALUES"
    names=(교통정책과 주택정책과 기후환경과 복지정책과 교육협력과 문화정책과 도시계획과 청년정책과 안전총괄과 일자리정책과)
    en=(Transport Housing Climate Welfare Education Culture "Urban Planning" Youth Safety Jobs)
    for i in $(seq 1 10); do
        printf " (%d, '%s', '%s', TRUE, 1)%s\n" "$i" "${names[$((i-1))]}" "${en[$((i-1))]} Policy Division" "$([ "$i" = 10 ] && echo ';' || echo ',')"
    done
    echo "INSERT INTO topic (id, forum, topic_month, title, summary, background, bureau_id, state, opens_at, closes_at, created_at, version) VALUES"
    for t in $(seq 1 "$TOPICS"); do
        age=$(( (TOPICS - t) / 2 ))     # months before the current one
        forum=$([ $((t % 2)) = 1 ] && echo MAIN || echo YOUTH)
        if [ "$age" = 0 ]; then
            opens=$HOT_OPENS; closes=$(date -u -d "@$((NOW_EPOCH + 20 * 86400))" '+%Y-%m-%d %H:%M:%S'); state=OPEN
            month=$(date -u -d "@$NOW_EPOCH" +%Y-%m)
        else
            opens=$(date -u -d "$(date -u -d "@$NOW_EPOCH" +%Y-%m-01) -$age month" '+%Y-%m-%d 00:00:00')
            closes=$(date -u -d "$opens 28 days" '+%Y-%m-%d %H:%M:%S'); state=CLOSED; month=${opens:0:7}
        fi
        printf " (%d, '%s', '%s', '%s', '%s', '%s', %d, '%s', TIMESTAMP '%s', TIMESTAMP '%s', TIMESTAMP '%s', 1)%s\n" \
            "$t" "$forum" "$month" "$month 토론 주제 $t: 생활 속 정책 과제" "이번 달 $forum 주제의 요약입니다. $LOREM_KO" \
            "<p>$LOREM_KO</p><p>$LOREM_KO</p><ul><li>배경 자료 1</li><li>배경 자료 2</li></ul><p>$LOREM_KO</p>" \
            "$(( (t - 1) % 10 + 1 ))" "$state" "$opens" "$closes" "$opens" "$([ "$t" = "$TOPICS" ] && echo ';' || echo ',')"
    done
} >"$WORK/sql/2-topics.sql"
cat >>"$WORK/sql/2-topics.sql" <<SQL
INSERT INTO expert_opinion (id, topic_id, stance, expert_name, affiliation, title, body, expert_id, created_at, version)
SELECT 2 * t.id - 1 + s.k, t.id, CASE WHEN s.k = 0 THEN 'PRO' ELSE 'CON' END,
    CASE WHEN s.k = 0 THEN '김찬성 교수' ELSE '이반대 연구위원' END, '서울정책연구원',
    CASE WHEN s.k = 0 THEN '찬성하는 이유' ELSE '신중해야 하는 이유' END,
    '<p>$LOREM_KO $LOREM_KO</p><p>$LOREM_KO</p>', NULL, t.opens_at, 1
FROM topic t CROSS JOIN (SELECT 0 AS k UNION ALL SELECT 1) s;
SQL

# opinions: ids 1..HOT on the hot topic, the rest spread over the other topics; authors spread over members;
# created within the topic's first 9 days; 2 % withdrawn, 1 % hidden; 40 % PRO, 40 % CON, 20 % NEUTRAL
opinion_sql() {  # FROM TO
    cat <<SQL
INSERT INTO opinion (id, topic_id, author_id, stance, body, status, created_at, edited_at, version)
SELECT r.x, t.id, 1 + MOD(r.x * 7919, $MEMBERS),
    CASE WHEN MOD(r.x * 13, 10) < 4 THEN 'PRO' WHEN MOD(r.x * 13, 10) < 8 THEN 'CON' ELSE 'NEUTRAL' END,
    '의견 ' || CAST(r.x AS VARCHAR(20)) || ': ' || CASE MOD(r.x, 3) WHEN 0 THEN '$LOREM_KO'
        WHEN 1 THEN '$LOREM_KO $LOREM_KO' ELSE '짧은 의견입니다. 찬성합니다.' END,
    CASE WHEN MOD(r.x, 50) = 7 THEN 'WITHDRAWN' WHEN MOD(r.x, 100) = 13 THEN 'HIDDEN' ELSE 'VISIBLE' END,
    t.opens_at + $(secs "MOD(r.x * 104729, 9 * 86400)"), NULL, 1
FROM $(range "$1" "$2")
JOIN topic t ON t.id = CASE WHEN r.x <= $HOT THEN $HOT_TOPIC
                            WHEN 1 + MOD(r.x, $((TOPICS - 1))) = $HOT_TOPIC THEN $TOPICS
                            ELSE 1 + MOD(r.x, $((TOPICS - 1))) END;
SQL
}
# comments: comment i belongs to opinion 1 + (i-1) mod OPINIONS, so each opinion gets COMMENTS/OPINIONS of them
# (2-3 by default); every third one that is not its opinion's first replies to the previous one (i - OPINIONS)
comment_sql() {
    cat <<SQL
INSERT INTO opinion_comment (id, opinion_id, topic_id, parent_id, author_id, body, status, created_at, edited_at, version)
SELECT r.x, o.id, o.topic_id, CASE WHEN r.x > $OPINIONS AND MOD(r.x, 3) = 0 THEN r.x - $OPINIONS END,
    1 + MOD(r.x * 104729 + 3, $MEMBERS),
    '댓글 ' || CAST(r.x AS VARCHAR(20)) || ': ' || CASE MOD(r.x, 2) WHEN 0 THEN '좋은 의견이네요. 다만 재원 마련 방안이 궁금합니다.'
        ELSE '$LOREM_KO' END,
    CASE WHEN MOD(r.x, 60) = 11 THEN 'WITHDRAWN' ELSE 'VISIBLE' END,
    o.created_at + $(secs "600 * ((r.x - 1) / $OPINIONS + 1) + MOD(r.x, 600)"), NULL, 1
FROM $(range "$1" "$2")
JOIN opinion o ON o.id = 1 + MOD(r.x - 1, $OPINIONS);
SQL
}
# (H2 types MOD(bigint, int) as INTEGER: products of a MOD are made BIGINT before they can pass 2^31)
# reactions: item k of a type gets the j-th reaction from member 1 + (k * 7919 + j * 104729) mod MEMBERS: distinct
# members per item while j < MEMBERS (104729 is prime and does not divide MEMBERS), so (member, type, target) is unique
reaction_sql() {  # FROM TO TYPE ITEMS
    cat <<SQL
INSERT INTO reaction (id, member_id, target_type, target_id, kind, created_at, changed_at, version)
SELECT $5 + r.x, 1 + MOD(MOD(r.x - 1, $4) * CAST(7919 AS BIGINT) + ((r.x - 1) / $4) * 104729, $MEMBERS), '$3', 1 + MOD(r.x - 1, $4),
    CASE WHEN MOD((r.x - 1) * 31 + MOD(r.x - 1, $4) * 17, 10) < 6 THEN 'AGREE' ELSE 'DISAGREE' END,
    TIMESTAMP '$HOT_OPENS', TIMESTAMP '$HOT_OPENS', 1
FROM $(range "$1" "$2");
SQL
}
batches() {  # NAME TOTAL GENERATOR [ARGS...]: one file per BATCH rows
    local name=$1 total=$2 gen=$3; shift 3
    local from=1 n=0
    while [ "$from" -le "$total" ]; do
        local to=$((from + BATCH - 1)); [ "$to" -le "$total" ] || to=$total
        n=$((n + 1))
        "$gen" "$from" "$to" "$@" >"$WORK/sql/$name-$n.sql"
        from=$((to + 1))
    done
    echo "$n"
}

log "generating: $MEMBERS members, $TOPICS topics over $MONTHS months, $OPINIONS opinions ($HOT on topic $HOT_TOPIC)," \
    "$COMMENTS comments, $REACTIONS reactions"
rm -f "$WORK"/sql/3-* "$WORK"/sql/4-* "$WORK"/sql/5-* "$WORK"/sql/6-*
step "members" "$WORK/sql/1-members.sql"
step "bureaus, topics, briefs" "$WORK/sql/2-topics.sql"
n=$(batches 3-opinions "$OPINIONS" opinion_sql)
for i in $(seq 1 "$n"); do step "opinions $i/$n" "$WORK/sql/3-opinions-$i.sql"; done
n=$(batches 4-comments "$COMMENTS" comment_sql)
for i in $(seq 1 "$n"); do step "comments $i/$n" "$WORK/sql/4-comments-$i.sql"; done
ON_OPINIONS=$((REACTIONS * 6 / 10))
n=$(batches 5-reactions-opinion "$ON_OPINIONS" reaction_sql OPINION "$OPINIONS" 0)
for i in $(seq 1 "$n"); do step "reactions on opinions $i/$n" "$WORK/sql/5-reactions-opinion-$i.sql"; done
n=$(batches 6-reactions-comment "$((REACTIONS - ON_OPINIONS))" reaction_sql COMMENT "$COMMENTS" "$ON_OPINIONS")
for i in $(seq 1 "$n"); do step "reactions on comments $i/$n" "$WORK/sql/6-reactions-comment-$i.sql"; done

# sequences: EclipseLink takes NEXTVAL v as the top of a block of 50 (v-49 .. v), so restart every filled table's
# sequence at a multiple of 50 that is at least max(id) + 50 (the ids above are 1..count)
{
    for pair in bureau:10 member:$MEMBERS topic:$TOPICS expert_opinion:$((2 * TOPICS)) opinion:$OPINIONS \
                comment:$COMMENTS reaction:$REACTIONS; do
        max=${pair#*:}
        echo "ALTER SEQUENCE ${pair%%:*}_seq RESTART WITH $(( (max + 50 + 49) / 50 * 50 ));"
    done
    if [ "$DB" = h2 ]; then echo "ANALYZE;"; else   # PostgreSQL: only our tables (the catalogue needs a superuser)
        for table in member member_role topic expert_opinion opinion opinion_comment reaction; do echo "ANALYZE $table;"; done
    fi
} >"$WORK/sql/7-sequences.sql"
step "sequences and statistics" "$WORK/sql/7-sequences.sql"

log "generated in $((SECONDS - total_started)) s (including one server start for the schema):"
for table in member topic expert_opinion opinion opinion_comment reaction; do
    printf '  %-16s %10s rows\n' "$table" "$(query_value "SELECT COUNT(*) FROM $table")" >&2
done
printf '  hot topic %s: %s opinions, %s comments, %s reactions on them\n' "$HOT_TOPIC" \
    "$(query_value "SELECT COUNT(*) FROM opinion WHERE topic_id = $HOT_TOPIC")" \
    "$(query_value "SELECT COUNT(*) FROM opinion_comment WHERE topic_id = $HOT_TOPIC")" \
    "$(query_value "SELECT COUNT(*) FROM reaction r JOIN opinion o ON r.target_type = 'OPINION' AND o.id = r.target_id WHERE o.topic_id = $HOT_TOPIC")" >&2
echo "$HOT_TOPIC" >"$BENCH_DIR/data/hot-topic-$DB"
log "the page under test: $BASE_URL/topics/$HOT_TOPIC (bench/topic-page.sh --db $DB)"
