#!/usr/bin/env bash
# The follow digest's reads at scale, on PostgreSQL: N followers (3 followed topics each) and M new opinions are put
# beside whatever the database holds (ids from 900,000,001), then the timer's walk is replayed in one PL/pgSQL block:
# page after page of 200 followers (FollowDigestStore.followers), and for each page the digest query
# (FollowDigestStore.due). It prints the time of the whole walk and of the slowest page, and how many digests and
# topic lines it found. The writes (one follow_digest row and one outbox row per digest) are not in it: their rate is
# in the server log line "follow digest of DAY: N mail(s) in X ms" (FollowDigestIT: 450 in 1.3 s on H2). Needs a database migrated by the forum (V11+).
#   bench/follow-digest-sql.sh [--members N] [--opinions N]     (BENCH_PG_DB, default forum_bench)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
DB=postgresql
MEMBERS=100000
OPINIONS=30000
while [ $# -gt 0 ]; do
    case $1 in
        --members) MEMBERS=$2; shift 2 ;;
        --opinions) OPINIONS=$2; shift 2 ;;
        *) die "unknown option $1" ;;
    esac
done
mkdir -p "$WORK"
SQL=$WORK/follow-digest.sql
cat > "$SQL" <<SQL
\\timing on
DELETE FROM follow_digest WHERE member_id > 900000000;
DELETE FROM topic_follow WHERE member_id > 900000000;
DELETE FROM opinion WHERE id > 900000000;
DELETE FROM member WHERE id > 900000000;
DELETE FROM topic WHERE id > 900000000;
INSERT INTO topic (id, forum, topic_month, title, summary, background, state, opens_at, closes_at, created_at, version)
  SELECT 900000000 + t, 'MAIN', '2026-11', 'bench topic ' || t, 's', '<p>b</p>', 'OPEN', now() - interval '5 days',
         now() + interval '20 days', now() - interval '6 days', 0 FROM generate_series(1, 30) t;
INSERT INTO member (id, real_name, email, email_confirmed, mail_opt_in, terms_accepted_at, language, status, failed_logins, created_at, version)
  SELECT 900000000 + i, 'bench' || i, 'digest-bench-' || i || '@bench.test', TRUE, FALSE, now(), CASE WHEN i % 10 = 0 THEN 'en' ELSE 'ko' END,
         'ACTIVE', 0, now(), 0 FROM generate_series(1, $MEMBERS) i;
INSERT INTO topic_follow (member_id, topic_id, created_at)
  SELECT DISTINCT 900000000 + i, 900000001 + (i * k) % 30, now() - interval '2 days'
  FROM generate_series(1, $MEMBERS) i, (VALUES (1), (7), (13)) AS f(k);
INSERT INTO opinion (id, topic_id, author_id, stance, body, status, created_at, version)
  SELECT 900000000 + j, 900000001 + (j % 30), 900000001 + (j * 37) % $MEMBERS, 'PRO', 'o',
         CASE WHEN j % 50 = 0 THEN 'HIDDEN' ELSE 'VISIBLE' END, now() - (j % 1440) * interval '1 minute', 0
  FROM generate_series(1, $OPINIONS) j;
ANALYZE member; ANALYZE topic_follow; ANALYZE opinion; ANALYZE follow_digest;
DO \$\$
DECLARE
  after_id BIGINT := 900000000;
  first_id BIGINT; last_id BIGINT;
  pages INT := 0; digests BIGINT := 0; lines BIGINT := 0; n BIGINT; k BIGINT;
  started TIMESTAMPTZ := clock_timestamp(); page_start TIMESTAMPTZ; slowest INTERVAL := interval '0';
BEGIN
  LOOP
    page_start := clock_timestamp();
    SELECT MIN(member_id), MAX(member_id) INTO first_id, last_id FROM
      (SELECT DISTINCT member_id FROM topic_follow WHERE member_id > after_id ORDER BY member_id LIMIT 200) page;
    EXIT WHEN first_id IS NULL;
    SELECT COUNT(DISTINCT mid), COUNT(*) INTO n, k FROM (
      SELECT m.id AS mid, t.id, COUNT(o.id)
      FROM topic_follow f JOIN member m ON m.id = f.member_id JOIN topic t ON t.id = f.topic_id
      LEFT JOIN (SELECT d.member_id, MAX(d.covered_until) AS since FROM follow_digest d
        WHERE d.member_id BETWEEN first_id AND last_id GROUP BY d.member_id) last_digest ON last_digest.member_id = f.member_id
      JOIN opinion o ON o.topic_id = f.topic_id AND o.status = 'VISIBLE' AND o.author_id <> f.member_id
        AND o.created_at > f.created_at AND o.created_at <= now() AND (last_digest.since IS NULL OR o.created_at > last_digest.since)
      WHERE f.member_id BETWEEN first_id AND last_id AND m.email_confirmed = TRUE AND m.status = 'ACTIVE' AND m.email IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM mail_bounce b WHERE b.email = m.email AND b.bounced_at IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM follow_digest done_today WHERE done_today.member_id = m.id AND done_today.digest_day = current_date)
      GROUP BY m.id, m.email, m.language, m.real_name, t.id, t.title) page_digests;
    digests := digests + n;
    lines := lines + k;
    pages := pages + 1;
    slowest := greatest(slowest, clock_timestamp() - page_start);
    after_id := last_id;
  END LOOP;
  RAISE NOTICE 'pages %, digests %, topic lines %, slowest page %, whole walk %', pages, digests, lines, slowest, clock_timestamp() - started;
END
\$\$;
SQL
log "PostgreSQL $PG_DB: $MEMBERS followers, $OPINIONS opinions"
run_sql_file "$SQL"
