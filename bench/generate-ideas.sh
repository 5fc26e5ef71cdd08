#!/usr/bin/env bash
# Fills a PostgreSQL bench database with an idea space (issue 12), set-based (one INSERT ... SELECT per table and
# batch): ideas over the categories of V18 in every state, supports skewed as real ones are (a few ideas with
# thousands, most with a handful), the answer obligations of every tier the ideas' counts have reached, and the
# bureaus' answers to most of them. Ends with one SQL check that support_count equals the support rows per idea.
#
#   bench/generate-ideas.sh [--ideas 200000] [--supports 2000000] [--members 100000] [--no-base]
#
# First (unless --no-base) bench/generate.sh makes a fresh database with the application's schema and the members
# (with a token discussion: 2 months, 100 opinions), so the database is dropped and created again; the default
# database is forum_bench_idea (BENCH_PG_DB), not generate.sh's forum_bench. --no-base adds the ideas to an existing
# database whose members are 1..--members and that has no idea yet. Ideas are ids 1..--ideas; bench/idea-support.sh
# seeds its own ideas and members from id 10,000,000 up.
set -euo pipefail
export BENCH_DB=postgresql BENCH_PG_DB=${BENCH_PG_DB:-forum_bench_idea}
source "$(dirname "$0")/lib.sh"

IDEAS=200000 SUPPORTS=2000000 MEMBERS=100000 BASE=1
BATCH=${BENCH_BATCH:-50000}   # ideas per batch of support rows (10 supports each on average)
while [ $# -gt 0 ]; do
    case $1 in
        --ideas) IDEAS=$2; shift ;;
        --supports) SUPPORTS=$2; shift ;;
        --members) MEMBERS=$2; shift ;;
        --no-base) BASE=0 ;;
        -h|--help) sed -n 2,13p "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
    shift
done
[ "$MEMBERS" -ge 2000 ] || die "--members must be at least 2000 (the busiest ideas have thousands of supporters)"
psql_bench() {
    PGPASSWORD=$PG_PASSWORD psql -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" "$@"
}
step() {  # step NAME FILE
    local started=$SECONDS
    psql_bench -f "$2"
    log "$1: $((SECONDS - started)) s"
}
total_started=$SECONDS

# --- 1. schema and members
if [ "$BASE" = 1 ]; then
    "$BENCH_DIR/generate.sh" --db postgresql --members "$MEMBERS" --months 2 --opinions 100 --comments 100 \
        --reactions 100 --hot-opinions 10
fi
[ "$(query_value "SELECT COUNT(*) FROM idea")" = 0 ] || die "$PG_DB already has ideas (run without --no-base)"
[ "$(query_value "SELECT COUNT(*) FROM member WHERE id BETWEEN 1 AND $MEMBERS")" = "$MEMBERS" ] \
    || die "$PG_DB lacks the members 1..$MEMBERS"
mkdir -p "$WORK/sql"

# --- 2. the ideas
# The support count follows a power law over a rank: rank = a permutation of the ids (x * 7919 mod IDEAS is one to
# one, 7919 being prime to IDEAS), count = C * rank^-0.7, at most MEMBERS - 1, so the most supported idea has about
# C supports, the 50th about 1,000, the 1,000th about 125 and the median 4. C is set so that the counts add up to
# --supports (rounded); merged ideas have none (their supports went to the idea they were merged into).
# Ideas are published one after the other over three years up to now (id order); the last 30 days' are open for
# supports. The state follows age and count: open ones SUBMITTED / UNDER_REVIEW; closed ones that reached 50 were
# answered (ACCEPTED, DECLINED, IMPLEMENTED) or are still UNDER_REVIEW; the others mostly EXPIRED.
POWER=0.7
# merged ideas (4 %, mostly small) hold about 3 % of the supports: C is raised by that much
C=$(query_value "SELECT ROUND($SUPPORTS / SUM(POWER(x, -$POWER)) / 0.970) FROM generate_series(1, $IDEAS) AS g(x)")
SPAN_S=$((3 * 365 * 86400))
PLACES="'버스정류장','동네 공원','자전거도로','어린이집','경로당','구립도서관','한강 둔치','골목길','지하철역','전통시장',
    '초등학교 통학로','공영주차장','청년 창업공간','주민센터','하천 산책로','공공화장실','횡단보도','마을버스','재활용 선별장',
    '공유 킥보드 거치대','Seoul bike station','노인복지관','청소년 수련관','반려견 놀이터'"
WISHES="'그늘막을 설치해 주세요','야간 조명을 밝게 해 주세요','운영 시간을 늘려 주세요','무료 와이파이를 놓아 주세요',
    '쉼터와 벤치를 만들어 주세요','안전 펜스가 필요합니다','휠체어 경사로를 설치해 주세요','청소를 더 자주 해 주세요',
    'CCTV를 늘려 주세요','소음을 줄여 주세요','태양광 패널을 달아 주세요','이용 요금을 낮춰 주세요','노선을 새로 만들어 주세요',
    '어린이 놀이시설을 고쳐 주세요','겨울철 제설을 서둘러 주세요','please add more shade and benches'"
REASONS="'지원 기간 동안 답변 기준(50명)에 이르지 못했습니다.','예산과 법령 검토 결과 추진하기 어렵습니다.',
    '다른 제안과 같은 내용이라 합쳤습니다.','제안자가 철회했습니다.'"
cat >"$WORK/sql/i1-ideas.sql" <<SQL
-- members 1..10 are the officials of bureaus 1..10 (the answers' authors)
UPDATE member SET bureau_id = id WHERE id BETWEEN 1 AND 10;
INSERT INTO member_role (member_id, role) SELECT id, 'OFFICIAL' FROM member WHERE id BETWEEN 1 AND 10;

CREATE TEMP TABLE idea_plan AS
SELECT g.x AS id,
    LEAST($MEMBERS - 1, ROUND($C * POWER(1 + MOD((g.x - 1) * 7919, $IDEAS), -$POWER)))::int AS supports,
    LOCALTIMESTAMP - MAKE_INTERVAL(secs => ($IDEAS - g.x) * ($SPAN_S.0 / $IDEAS) + MOD(g.x * 37, 600)) AS published,
    MOD(g.x * 104729, 100) AS dice
FROM generate_series(CAST(1 AS BIGINT), $IDEAS) AS g(x);
ALTER TABLE idea_plan ADD COLUMN state VARCHAR(16);
UPDATE idea_plan SET state = CASE
    WHEN published > LOCALTIMESTAMP - INTERVAL '30 days' THEN
        CASE WHEN dice < 2 THEN 'MERGED' WHEN dice < 5 THEN 'WITHDRAWN' WHEN dice < 70 THEN 'SUBMITTED'
             ELSE 'UNDER_REVIEW' END
    WHEN supports >= 50 THEN
        CASE WHEN dice < 15 THEN 'UNDER_REVIEW' WHEN dice < 50 THEN 'ACCEPTED' WHEN dice < 75 THEN 'DECLINED'
             ELSE 'IMPLEMENTED' END
    ELSE CASE WHEN dice < 4 THEN 'MERGED' WHEN dice < 9 THEN 'WITHDRAWN' WHEN dice < 17 THEN 'DECLINED'
              WHEN dice < 19 THEN 'ACCEPTED' WHEN dice < 20 THEN 'IMPLEMENTED' ELSE 'EXPIRED' END
    END;
UPDATE idea_plan SET supports = 0 WHERE state = 'MERGED';

INSERT INTO idea (id, author_id, title, body, category_id, district_code, bureau_id, state, state_reason,
    state_changed_at, published_at, support_ends_at, support_count, merged_into_id, suggestion_id, version)
SELECT p.id,
    -- the author is the member a support with j = MEMBERS - 1 would name (see the supports): never a supporter
    1 + MOD(p.id * 7919 + ($MEMBERS - 1)::bigint * 104729, $MEMBERS),
    COALESCE(d.name_ko || ' ', '') || (ARRAY[$PLACES])[1 + MOD(p.id * 13, 24)] || ' '
        || (ARRAY[$WISHES])[1 + MOD(p.id * 29, 16)],
    '제안 ' || p.id || ': 매일 이곳을 지나는 시민으로서 불편이 큽니다. '
        || (ARRAY[$PLACES])[1 + MOD(p.id * 13, 24)] || '을(를) 이용하는 어르신과 아이들이 많은데, '
        || '예산이 많이 들지 않는 방법부터 시작하면 좋겠습니다. 주변 주민들도 같은 생각입니다.'
        || CASE WHEN MOD(p.id, 3) = 0 THEN ' 참고 자료: https://data.seoul.go.kr/ 의 이용 통계.' ELSE '' END,
    -- the 9 categories of V18, unevenly (transport and environment most, "other" least)
    (ARRAY[1,1,1,2,2,2,3,3,4,4,5,5,6,6,7,7,8,9])[1 + MOD(p.id * 31, 18)],
    d.code,
    CASE WHEN p.state IN ('SUBMITTED', 'EXPIRED', 'WITHDRAWN', 'MERGED') AND p.supports < 50 THEN NULL
         ELSE 1 + MOD(p.id, 10) END,
    p.state,
    CASE p.state WHEN 'EXPIRED' THEN (ARRAY[$REASONS])[1] WHEN 'DECLINED' THEN (ARRAY[$REASONS])[2]
                 WHEN 'MERGED' THEN (ARRAY[$REASONS])[3] WHEN 'WITHDRAWN' THEN (ARRAY[$REASONS])[4] END,
    CASE WHEN p.state = 'SUBMITTED' THEN p.published
         WHEN p.state = 'EXPIRED' THEN p.published + INTERVAL '30 days'
         ELSE LEAST(LOCALTIMESTAMP, p.published + MAKE_INTERVAL(days => CAST(3 + MOD(p.id, 40) AS INTEGER))) END,
    p.published, p.published + INTERVAL '30 days', p.supports,
    CASE WHEN p.state = 'MERGED' THEN GREATEST(1, p.id - 1 - MOD(p.id, 997)) END,
    NULL, 1
FROM idea_plan p
LEFT JOIN district d ON MOD(p.id, 5) <> 0 AND d.sort_order = 1 + MOD(p.id * 7, 25);
-- a merged idea's target is not merged itself (idea 1, the most supported, is ACCEPTED)
UPDATE idea i SET merged_into_id = 1 FROM idea t
 WHERE i.state = 'MERGED' AND t.id = i.merged_into_id AND t.state = 'MERGED';

-- the public history: published, then the state it is in
INSERT INTO idea_event (id, idea_id, state, reason, reason_key, happened_at)
SELECT 2 * id - 1, id, 'SUBMITTED', NULL, NULL, published_at FROM idea;
INSERT INTO idea_event (id, idea_id, state, reason, reason_key, happened_at)
SELECT 2 * id, id, state, state_reason, NULL, state_changed_at FROM idea WHERE state <> 'SUBMITTED';
SQL

# --- 3. the supports: idea i's j-th supporter is member 1 + (i * 7919 + j * 104729) mod MEMBERS, distinct for
# j < MEMBERS (104729 is prime and divides no MEMBERS below it), the author being the j = MEMBERS - 1 one
support_sql() {  # FROM TO (idea ids)
    cat <<SQL
INSERT INTO idea_support (idea_id, member_id, created_at)
SELECT i.id, 1 + MOD(i.id * 7919 + CAST(j AS BIGINT) * 104729, $MEMBERS),
    LEAST(LOCALTIMESTAMP, i.published_at + MAKE_INTERVAL(secs => MOD(i.id * 31 + CAST(j AS BIGINT) * 7907, 29 * 86400)))
FROM idea i CROSS JOIN LATERAL generate_series(0, i.support_count - 1) AS s(j)
WHERE i.id BETWEEN $1 AND $2 AND i.support_count > 0;
SQL
}

# --- 4. obligations of every reached tier, and the answers: decided ideas were answered (late one time in five),
# open or under review ones half the time (REVIEWING); the rest are owed, overdue when the due date has passed
cat >"$WORK/sql/i3-obligations.sql" <<SQL
INSERT INTO answer_obligation (id, idea_id, tier_id, obliges, tier_supports, bureau_id, crossed_at, due_at,
    fulfilled_at, reminded_before, reminded_after, version)
SELECT ROW_NUMBER() OVER (ORDER BY i.id, t.supports), i.id, t.id, t.obliges, t.supports,
    COALESCE(t.answering_bureau, i.bureau_id), c.crossed,
    CASE WHEN t.answer_days IS NOT NULL THEN c.crossed + MAKE_INTERVAL(days => t.answer_days) END,
    CASE WHEN t.answer_days IS NULL THEN c.crossed
         WHEN i.state IN ('ACCEPTED', 'DECLINED', 'IMPLEMENTED') OR (i.state = 'UNDER_REVIEW' AND MOD(i.id, 2) = 0)
         THEN LEAST(LOCALTIMESTAMP, c.crossed + MAKE_INTERVAL(days => CASE WHEN MOD(i.id, 5) = 0
                    THEN t.answer_days + 1 + CAST(MOD(i.id, 9) AS INTEGER)
                    ELSE 1 + CAST(MOD(i.id, t.answer_days) AS INTEGER) END)) END,
    FALSE, FALSE, 1
FROM idea i
JOIN support_tier t ON t.supports <= i.support_count
CROSS JOIN LATERAL (SELECT LEAST(LOCALTIMESTAMP - INTERVAL '1 hour',
    i.published_at + MAKE_INTERVAL(days => t.supports / 100 + CAST(MOD(i.id, 5) AS INTEGER))) AS crossed) c;
UPDATE answer_obligation SET reminded_before = TRUE, reminded_after = fulfilled_at IS NULL
 WHERE due_at < LOCALTIMESTAMP AND (fulfilled_at IS NULL OR fulfilled_at > due_at);

INSERT INTO idea_answer (id, idea_id, bureau_id, author_id, verdict, body, reason, answered_at)
SELECT o.id, o.idea_id, o.bureau_id, COALESCE(o.bureau_id, 1 + MOD(o.idea_id, 10)),
    v.verdict,
    '<p>제안해 주셔서 감사합니다. 담당 부서에서 현장을 확인하고 관련 예산과 계획을 검토했습니다.</p>'
        || '<p>검토 결과는 아래와 같으며, 추진 상황은 정책 결과 게시판에서 계속 알려 드리겠습니다.</p>',
    CASE WHEN v.verdict <> 'ACCEPTED' THEN '예산 확보와 관계 부서 협의가 먼저 필요합니다.' END,
    o.fulfilled_at
FROM answer_obligation o JOIN idea i ON i.id = o.idea_id
CROSS JOIN LATERAL (SELECT CASE i.state WHEN 'DECLINED' THEN 'DECLINED' WHEN 'UNDER_REVIEW' THEN 'REVIEWING'
    ELSE CASE WHEN MOD(i.id, 4) = 0 THEN 'PARTLY' ELSE 'ACCEPTED' END END AS verdict) v
WHERE o.due_at IS NOT NULL AND o.fulfilled_at IS NOT NULL;
SQL

cat >"$WORK/sql/i4-sequences.sql" <<SQL
SELECT setval('idea_seq', (SELECT (COALESCE(MAX(id), 0) + 99) / 50 * 50 FROM idea WHERE id < 10000000), FALSE);
SELECT setval('idea_event_seq', (SELECT (COALESCE(MAX(id), 0) + 99) / 50 * 50 FROM idea_event), FALSE);
SELECT setval('answer_obligation_seq', (SELECT (COALESCE(MAX(id), 0) + 99) / 50 * 50 FROM answer_obligation), FALSE);
SELECT setval('idea_answer_seq', (SELECT (COALESCE(MAX(id), 0) + 99) / 50 * 50 FROM idea_answer), FALSE);
ANALYZE member; ANALYZE member_role; ANALYZE idea; ANALYZE idea_event; ANALYZE idea_support;
ANALYZE answer_obligation; ANALYZE idea_answer;
SQL

log "generating $IDEAS ideas with about $SUPPORTS supports (C = $C) by $MEMBERS members in $PG_DB"
step "ideas and their history" "$WORK/sql/i1-ideas.sql"
from=1 n=$(( (IDEAS + BATCH - 1) / BATCH )) i=0
while [ "$from" -le "$IDEAS" ]; do
    to=$((from + BATCH - 1)); [ "$to" -le "$IDEAS" ] || to=$IDEAS
    i=$((i + 1))
    support_sql "$from" "$to" >"$WORK/sql/i2-supports-$i.sql"
    step "supports $i/$n (ideas $from-$to)" "$WORK/sql/i2-supports-$i.sql"
    from=$((to + 1))
done
step "obligations and answers" "$WORK/sql/i3-obligations.sql"
step "sequences and statistics" "$WORK/sql/i4-sequences.sql"
log "generated in $((SECONDS - total_started)) s"

# --- 5. what was made, and the check: support_count == support rows, for every idea
psql_bench -P pager=off -c "SELECT state, COUNT(*) AS ideas, SUM(support_count) AS supports, MAX(support_count) AS most
    FROM idea GROUP BY state ORDER BY 2 DESC" \
    -c "SELECT category_id, COUNT(*) AS ideas FROM idea GROUP BY 1 ORDER BY 1" \
    -c "SELECT (SELECT COUNT(*) FROM idea) AS ideas, (SELECT COUNT(*) FROM idea_support) AS supports,
        (SELECT COUNT(*) FROM idea WHERE support_count >= 1000) AS with_1000,
        (SELECT COUNT(*) FROM idea WHERE support_count >= 50) AS with_50,
        (SELECT COUNT(*) FROM idea WHERE support_count = 0) AS with_none,
        (SELECT PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY support_count) FROM idea) AS median,
        (SELECT COUNT(*) FROM answer_obligation) AS obligations,
        (SELECT COUNT(*) FROM answer_obligation WHERE due_at < LOCALTIMESTAMP AND fulfilled_at IS NULL) AS overdue,
        (SELECT COUNT(*) FROM idea_answer) AS answers"
MISMATCHED=$(query_value "SELECT COUNT(*) FROM idea i FULL JOIN (SELECT idea_id, COUNT(*) AS n FROM idea_support
    GROUP BY idea_id) s ON s.idea_id = i.id WHERE COALESCE(i.support_count, -1) <> COALESCE(s.n, 0)")
echo "CHECK ideas whose support_count differs from their support rows: $MISMATCHED (must be 0)"
[ "$MISMATCHED" = 0 ] || die "support_count and idea_support disagree"
