#!/usr/bin/env bash
# The monthly campaign mail at scale: N opted-in members (default 100,000), one campaign started by the real
# persistent timer, sent to Postfix's smtp-sink; prints mails/s, total time and the server's memory beside the sink's
# raw acceptance rate measured with smtp-source. With --kill, the server is killed with kill -9 halfway and started
# again; the sink's dump is then counted by Message-ID: duplicates and missing mails.
#
#   bench/mail-campaign.sh [--db h2|postgresql] [--members N] [--kill] [--no-generate]
#
# Needs the built server (mvn -DskipTests package) and Debian's postfix package for smtp-sink/smtp-source
# (apt-get install -y postfix; it need not run). Ports: the server on BENCH_PORT_OFFSET (default 500), the sink on
# BENCH_SINK_PORT (default 2525). Everything it writes is under bench/data and bench/target. The server's own
# settings pass through the environment, e.g. FORUM_MAIL_SENDERS=8 (parallel sender workers, default 4).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

MEMBERS=100000 KILL=0 GENERATE=1
while [ $# -gt 0 ]; do
    case $1 in
        --db) DB=$2; shift ;;
        --members) MEMBERS=$2; shift ;;
        --kill) KILL=1 ;;
        --no-generate) GENERATE=0 ;;
        -h|--help) sed -n 2,11p "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
    shift
done
export BENCH_DB=$DB
SINK_PORT=${BENCH_SINK_PORT:-2525}
SINK_DIR=$WORK/sink
command -v smtp-sink >/dev/null || [ -x /usr/sbin/smtp-sink ] || die "no smtp-sink: apt-get install -y postfix"
PATH=$PATH:/usr/sbin
SINK_PID=

stop_sink() { [ -n "$SINK_PID" ] && kill "$SINK_PID" 2>/dev/null; wait "$SINK_PID" 2>/dev/null || true; SINK_PID=; }
# one file per mail (-d): smtp-sink's multi-message dump (-D) is buffered and loses its tail when the sink stops
# Counted per minute directory (the sink writes to mails/HHMM/): a directory two minutes old is complete and is
# counted once; walking a million files every two seconds would cost more CPU than the mails being measured. Sets
# MAILS (not a subshell's output: the counts of complete directories are kept between calls).
declare -A COUNTED=()
MAILS=0
count_mails() {
    local total=0 dir name n now before
    now=$(date +%H%M) before=$(date -d '-1 minute' +%H%M)
    for dir in "$SINK_DIR"/mails/*/; do
        [ -d "$dir" ] || continue
        if [ -n "${COUNTED[$dir]:-}" ]; then total=$((total + COUNTED[$dir])); continue; fi
        n=$(find "$dir" -type f | wc -l)
        name=$(basename "$dir")
        [ "$name" != "$now" ] && [ "$name" != "$before" ] && COUNTED[$dir]=$n
        total=$((total + n))
    done
    MAILS=$total
}
message_ids() { find "$SINK_DIR/mails" -type f -print0 | xargs -0 -r grep -h -m1 '^Message-ID:'; }
# lib.sh's stop_server stops standalone.sh; a JVM left behind by a failed start is stopped here too (by its pid)
cleanup() {
    local jvm
    jvm=$([ -n "$SERVER_PID" ] && pgrep -P "$SERVER_PID" java || true)
    stop_server
    [ -n "$jvm" ] && kill "$jvm" 2>/dev/null || true
    stop_sink
}
start_sink() {   # $1: dump file or empty
    mkdir -p "$SINK_DIR"; chmod 777 "$SINK_DIR"
    local dump=()
    [ -n "${1:-}" ] && dump=(-d "$1")
    # 1000 connections backlog; -u is required when run as root (the dump file then belongs to nobody)
    smtp-sink -u nobody "${dump[@]}" "127.0.0.1:$SINK_PORT" 1000 &
    SINK_PID=$!
    sleep 1
    kill -0 "$SINK_PID" 2>/dev/null || die "smtp-sink did not start on port $SINK_PORT"
}

# --- 1. data: members, two months of topics (the newest MAIN and YOUTH topics are OPEN, with briefs)
if [ "$GENERATE" = 1 ]; then
    "$BENCH_DIR/generate.sh" --db "$DB" --members "$MEMBERS" --months 2 --opinions 1000 --comments 1000 \
        --reactions 1000 --hot-opinions 100
fi
cat >"$WORK/mail-setup.sql" <<SQL
UPDATE member SET mail_opt_in = TRUE, email_confirmed = TRUE WHERE NOT (mail_opt_in AND email_confirmed);
DELETE FROM campaign_delivery;
DELETE FROM campaign;
DELETE FROM mail_bounce;
SQL
run_sql_file "$WORK/mail-setup.sql"
AUDIENCE=$(query_value "SELECT COUNT(*) FROM member WHERE mail_opt_in = TRUE AND email_confirmed = TRUE AND status = 'ACTIVE'")
log "$AUDIENCE members opted in"

# --- 2. the sink's raw acceptance rate: smtp-source, one session (as the forum's sender) and 4 sessions, 4 KB mails
trap cleanup EXIT
start_sink ""
for sessions in 1 4; do
    started=$(date +%s.%N)
    smtp-source -s "$sessions" -m 20000 -l 4096 -c -f bench@policy-forum.kr -t sink@policy-forum.kr "127.0.0.1:$SINK_PORT" >/dev/null
    secs=$(echo "$(date +%s.%N) - $started" | bc)
    log "smtp-source, $sessions session(s): 20000 mails in ${secs} s = $(echo "20000 / $secs" | bc) mails/s"
done
stop_sink

# --- 3. the campaign: the schedule is made due a minute ago, so the persistent timer starts it within a minute
rm -rf "$SINK_DIR/mails"
COUNTED=()
mkdir -p "$SINK_DIR/mails"; chmod 777 "$SINK_DIR/mails"
start_sink "$SINK_DIR/mails/%H%M/"
due=$(TZ=Asia/Seoul date -d '-1 minute' '+%d %H %M')
read -r day hour minute <<<"$due"
cat >"$WORK/mail-schedule.sql" <<SQL
UPDATE campaign_schedule SET day_of_month = $((10#$day)), send_hour = $((10#$hour)), send_minute = $((10#$minute)), enabled = TRUE;
SQL
run_sql_file "$WORK/mail-schedule.sql"
export FORUM_SMTP_HOST=127.0.0.1 FORUM_SMTP_PORT=$SINK_PORT
start_server
trap cleanup EXIT
started=$(date +%s.%N) ; maxrss=0 ; minrss=0 ; killed=0 ; heap_first= ; heap_last=
# CPU time of the server JVM (user + system, clock ticks): on a shared machine the CPU each mail costs says more
# than mails/s; 2 cores give at most 2,000 ms of CPU per second, so 167 mails/s needs <= 12 ms per mail in all
jvm_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
ticks_first=0 ticks_last=0 first_count=0 count_last=0
# old generation in use after the last GC (jstat OU, KiB): flat if no member list is held in memory
old_gen() { jstat -gc "$1" 2>/dev/null | awk 'NR==2 {printf "%d", $8}'; }
log "sender workers: ${FORUM_MAIL_SENDERS:-4 (default)}"
log "waiting for the timer to start the campaign, then for $AUDIENCE mails at the sink"
while :; do
    count_mails
    n=$MAILS
    rss=$(ps -o rss= -p "$(pgrep -P "$SERVER_PID" java || echo "$SERVER_PID")" 2>/dev/null | tr -d ' ' || echo 0)
    [ -n "$rss" ] && [ "$rss" -gt "$maxrss" ] && maxrss=$rss
    jvm=$(pgrep -P "$SERVER_PID" java || true)
    # jstat is a JVM of its own (a third of a core for a moment): every 30 s, not every loop
    if [ -n "$jvm" ] && [ "$n" -gt 0 ] && { [ -z "$heap_first" ] || [ $((SECONDS % 30)) -lt 2 ]; }; then
        heap_last=$(old_gen "$jvm"); [ -n "$heap_first" ] || heap_first=$heap_last
    fi
    if [ "$n" -gt 0 ] && [ "$minrss" = 0 ]; then
        minrss=$rss; first=$(date +%s.%N); first_count=$n; ticks_first=$(jvm_ticks "$jvm"); log "first mail at the sink"
    fi
    [ -n "$jvm" ] && [ "$killed" = 0 ] && ticks_last=$(jvm_ticks "$jvm") && count_last=$n
    [ $((SECONDS % 30)) -lt 2 ] && log "$n mails at the sink"
    if [ "$KILL" = 1 ] && [ "$killed" = 0 ] && [ "$n" -ge $((AUDIENCE / 2)) ]; then
        java_pid=$(pgrep -P "$SERVER_PID" java || true)
        log "kill -9 of the server JVM ($java_pid) at $n mails"
        kill -9 "$java_pid" "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=
        killed=1
        # start_server wipes its standalone copy (timers included); the campaign lives in the database
        start_server
        trap cleanup EXIT
    fi
    grep -q "campaign [0-9]* finished" "$WORK/standalone/log/server.log" 2>/dev/null && break
    [ $(( $(date +%s) - ${started%.*} )) -lt 3600 ] || die "not finished within an hour: $n mails"
    sleep 2
done
end=$(date +%s.%N)
stop_server
stop_sink
# one pass over the sink's files (a million at full size): the counts and the duplicates below all read this list
message_ids | sed 's/^[^:]*: *//' | sort >"$WORK/message-ids.txt"
total=$(wc -l <"$WORK/message-ids.txt")
distinct=$(uniq "$WORK/message-ids.txt" | wc -l)
secs=$(echo "$end - $first" | bc)
log "campaign: $total mails at the sink, $distinct distinct Message-IDs, audience $AUDIENCE"
log "duplicates: $((total - distinct)); missing: $((AUDIENCE - distinct))"
log "first mail to last: ${secs} s = $(echo "$distinct / $secs" | bc) mails/s (incl. the restart when --kill)"
if [ "$KILL" = 0 ] && [ "$count_last" -gt "$first_count" ]; then
    cpu_ms=$(( (ticks_last - ticks_first) * 1000 / $(getconf CLK_TCK) ))
    log "server CPU: $cpu_ms ms for $((count_last - first_count)) mails = $(echo "scale=2; $cpu_ms / ($count_last - $first_count)" | bc) ms per mail (load average now $(cut -d' ' -f1-3 /proc/loadavg))"
fi
log "server JVM resident memory: max $((maxrss / 1024)) MiB (at first mail $((minrss / 1024)) MiB)"
log "old generation in use: $((${heap_first:-0} / 1024)) MiB at the first mail, $((${heap_last:-0} / 1024)) MiB at the end"
log "campaign in the database: $(query_value "SELECT CONCAT(CONCAT(CAST(started_at AS VARCHAR(30)), ' .. '), CAST(finished_at AS VARCHAR(30))) FROM campaign")"
for status in SENT FAILED SKIPPED PENDING; do
    log "deliveries $status: $(query_value "SELECT COUNT(*) FROM campaign_delivery WHERE status = '$status'")"
done
log "uncertain (sent again after the crash, same Message-ID): $(query_value "SELECT COUNT(*) FROM campaign_delivery WHERE uncertain = TRUE")"
# the exactly-once promise: every mail the sink got twice is one of the rows flagged uncertain
dups=$(uniq -d "$WORK/message-ids.txt")
if [ -n "$dups" ]; then
    in_list=$(printf "'%s'," $dups)
    log "duplicated Message-IDs that are uncertain rows: $(query_value "SELECT COUNT(*) FROM campaign_delivery WHERE uncertain = TRUE AND message_id IN (${in_list%,})") of $(echo "$dups" | wc -l) (all of them, or the promise is broken)"
fi
