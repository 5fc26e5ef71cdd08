#!/usr/bin/env bash
# Load test of the topic page as logged-in members see it (each wrk connection a distinct member with their own
# session), beside the same server's static file, the anonymous reader's cached page and the reader's page with the
# readers' cache off, all in one run on the bench database that generate.sh filled.
#
#   bench/member-topic-page.sh [--db postgresql|h2] [--topic ID] [--duration 30s] [--connections 16] [--warmup 20s]
#                              [--timeout 60s] [--jfr] [--skip-readers] [--sequential 30]
#
# Two server starts: the first with FORUM_READER_CACHE_SECONDS=0 (static file, reader page uncached, member page),
# the second with the server's default readers' cache (static file, reader page cached). Members 1..N of
# generate.sh (they have no password) get one here, by SQL, in the forum's hash format (bench/PollVote.java --hash),
# and log in through the login form before the clock starts. --jfr records the member run with Flight Recorder
# (the recording and its top frames: $RESULTS/member.jfr, member-top-frames.txt). Port offset: BENCH_PORT_OFFSET
# (default 500), database: BENCH_PG_DB (default forum_bench).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

TOPIC= DURATION=30s CONNECTIONS=16 WARMUP=20s TIMEOUT=60s JFR=0 READERS=1 SEQUENTIAL=30
STATIC=/resources/forum/forum.css
PASSWORD="bench-Member-2026!"
while [ $# -gt 0 ]; do
    case $1 in
        --db) DB=$2; shift ;;
        --topic) TOPIC=$2; shift ;;
        --duration) DURATION=$2; shift ;;
        --connections) CONNECTIONS=$2; shift ;;
        --warmup) WARMUP=$2; shift ;;
        --timeout) TIMEOUT=$2; shift ;;
        --jfr) JFR=1; export BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS:-} -XX:FlightRecorderOptions=stackdepth=1024" ;;
        --skip-readers) READERS=0 ;;
        --sequential) SEQUENTIAL=$2; shift ;;
        -h|--help) sed -n 2,14p "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
    shift
done
command -v wrk >/dev/null || die "wrk is not installed (apt-get install -y wrk)"
if [ -z "$TOPIC" ]; then
    [ -f "$BENCH_DIR/data/hot-topic-$DB" ] \
        || die "no generated $DB data: run bench/generate.sh --db $DB first, or pass --topic"
    TOPIC=$(cat "$BENCH_DIR/data/hot-topic-$DB")
fi
PAGE="/topics/$TOPIC"
RESULTS=$WORK/member-$DB-$(date +%Y%m%d-%H%M%S)
mkdir -p "$RESULTS"

# --- members 1..N get a password (generate.sh makes them without one); the server is stopped (H2 is one process)
HASH=$(java "$BENCH_DIR/PollVote.java" --hash "$PASSWORD")
cat >"$RESULTS/passwords.sql" <<SQL
UPDATE member SET password_hash = '$HASH', failed_logins = 0, locked_until = NULL WHERE id BETWEEN 1 AND $CONNECTIONS;
SQL
run_sql_file "$RESULTS/passwords.sql"

# Logs members 1..N in through the login form (Faces view state, CSP nonce) and writes one session id per line.
log_in_members() {
    python3 - "$BASE_URL" "$CONNECTIONS" "$PASSWORD" >"$RESULTS/sessions.txt" <<'PY'
import html, re, sys, urllib.error, urllib.parse, urllib.request
base, count, password = sys.argv[1], int(sys.argv[2]), sys.argv[3]
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None
opener = urllib.request.build_opener(NoRedirect)
def call(path, session=None, data=None):
    request = urllib.request.Request(base + path, data=data)
    if session:
        request.add_header("Cookie", "JSESSIONID=" + session)
    try:
        answer = opener.open(request)
    except urllib.error.HTTPError as e:
        answer = e
    cookies = [c for c in answer.headers.get_all("Set-Cookie") or [] if c.startswith("JSESSIONID=")]
    return answer.status, answer.read().decode("utf-8"), (cookies[0].split(";")[0][11:] if cookies else session)
for i in range(1, count + 1):
    status, body, session = call("/login")
    form = body[body.index('<form id="login"'):]
    form = form[:form.index("</form>")]
    fields = {}
    for tag in re.findall(r"<input\b[^>]*>", form):
        if 'type="hidden"' in tag:
            fields[html.unescape(re.search(r'\sname="([^"]*)"', tag).group(1))] = \
                html.unescape(re.search(r'\svalue="([^"]*)"', tag).group(1))
    fields["primefaces.nonce"] = re.search(r'nonce="([^"]+)"', body).group(1)
    fields.update({"login:email": "member%d@bench.policy-forum.kr" % i, "login:password": password, "login:submit": ""})
    action = re.sub(r";jsessionid=[^?]*", "", html.unescape(re.search(r'\saction="([^"]*)"', form).group(1)))
    status, _, session = call(action, session, urllib.parse.urlencode(fields).encode())
    if status // 100 != 3:
        sys.exit("login of member%d refused (%d)" % (i, status))
    print(session)
PY
}

# Each session must still be its member's, logged in, with the forms of a member who may take part.
check_members() {
    local n=0
    while read -r session; do
        n=$((n + 1))
        curl -sf -o "$RESULTS/member-$n.html" -H "Cookie: JSESSIONID=$session" "$BASE_URL$PAGE" \
            || die "the member page does not answer 200 for member $n"
        grep -q 'id="opinion"' "$RESULTS/member-$n.html" || die "member $n does not get the opinion form ($1)"
        grep -q 'id="discussion:opinions:0:agree"' "$RESULTS/member-$n.html" \
            || die "member $n gets no reaction buttons ($1)"
    done <"$RESULTS/sessions.txt"
    [ "$n" = "$CONNECTIONS" ] || die "$n sessions, not $CONNECTIONS"
}

# The server JVM's CPU time so far (user + system, ms): on a machine shared with other work the rate depends on the
# CPU the server gets; the CPU time it spends per page does not (much), so every run reports both.
jvm_cpu_ms() {
    awk -v hz="$(getconf CLK_TCK)" '{ printf "%d\n", ($14 + $15) * 1000 / hz }' "/proc/$JVM/stat"
}

load() {  # NAME PATH DURATION [THREADS [SCRIPT]]
    local before
    before=$(jvm_cpu_ms)
    wrk -t"${4:-2}" -c"$CONNECTIONS" -d"$3" --timeout "$TIMEOUT" --latency -s "${5:-$BENCH_DIR/percentiles.lua}" \
        "$BASE_URL$2" >"$RESULTS/$1.txt" 2>&1
    echo $(($(jvm_cpu_ms) - before)) >"$RESULTS/$1.cpu"
}

# CPU per page without concurrency: COUNT pages one after the other (a member page in turn with each session), the
# JVM's CPU time over them divided by COUNT; robust against other work on the machine, unlike the rate.
sequential() {  # NAME PATH COUNT [SESSIONS]
    local before started i=0 cookie=() quiet=0 last
    # what a wrk run left queued in the server (its connections are closed, not its renders) finishes first: wait
    # for two seconds in a row with under 100 ms of server CPU each (at most a minute)
    last=$(jvm_cpu_ms)
    local waited=0
    while [ $quiet -lt 2 ] && [ $waited -lt 60 ]; do
        waited=$((waited + 1))
        sleep 1
        before=$(jvm_cpu_ms)
        if [ $((before - last)) -lt 100 ]; then quiet=$((quiet + 1)); else quiet=0; fi
        last=$before
    done
    before=$(jvm_cpu_ms) started=$(date +%s%N)
    while [ $i -lt "$3" ]; do
        [ -n "${4:-}" ] && cookie=(-H "Cookie: JSESSIONID=$(sed -n "$((i % CONNECTIONS + 1))p" "$4")")
        curl -sf -o /dev/null "${cookie[@]}" "$BASE_URL$2" || die "$2 failed in the sequential run"
        i=$((i + 1))
    done
    echo "$(( ($(jvm_cpu_ms) - before) / $3 )) $(( ($(date +%s%N) - started) / 1000000 / $3 ))" >"$RESULTS/$1.seq"
}

top_frames() {  # JFR file: where the member pages' CPU samples are (share of samples holding a frame), top frames
    jfr print --stack-depth 400 --events jdk.ExecutionSample "$1" >"$RESULTS/samples.txt"
    python3 - "$RESULTS/samples.txt" >"$RESULTS/member-top-frames.txt" <<'PY'
import collections, re, sys
samples = open(sys.argv[1]).read().split("jdk.ExecutionSample")[1:]
print("samples: %d (bench/cpu-samples.jfc: execution samples every 10 ms, stacks up to 400 frames)" % len(samples))
parts = [
    ("Faces render (renderView)", ["renderView("]),
    ("  the opinion list (ui:repeat rows)", ["RepeatRenderer"]),
    ("    of which rows copied or kept (SharedRow)", ["SharedRow.encodeChildren"]),
    ("    of which rows rendered by their components", ["SharedRow.encodeRow"]),
    ("  EL evaluation", ["ValueExpressionImpl.getValue", "MethodExpressionImpl", "TagValueExpression.getValue"]),
    ("  PrimeFaces widget scripts and CSP handlers", ["WidgetBuilder", "writeJavascriptHandlers", "AjaxRequestBuilder",
                                                     "preConfiguredAjaxRequestBuilder", "renderDomEvents"]),
    ("  PrimeFaces search expressions (process/update)", ["SearchExpression"]),
    ("  h:link navigation cases", ["OutcomeTargetLinkRenderer", "OutcomeTargetRenderer"]),
    ("  response writers", ["HtmlResponseWriter.", "CspResponseWriter.startElement", "CspResponseWriter.writeAttribute",
                            "FastStringWriter"]),
    ("  the page to the socket (ServletPrintWriter)", ["ServletPrintWriter"]),
    ("  view state saved (server side)", ["StateManagerImpl.saveView", "writeState", "saveSerializedView"]),
    ("Facelets build (buildView)", ["buildView("]),
    ("database (EclipseLink + JDBC)", ["org.eclipse.persistence", "org.postgresql", "org.h2."]),
    ("  of which TopicPages.page", ["TopicPages.page"]),
]
for name, keys in parts:
    n = sum(1 for e in samples if any(k in e for k in keys))
    print("%-50s %5d %5.1f %%" % (name, n, 100.0 * n / max(1, len(samples))))
print("--- top frames")
top = collections.Counter()
for e in samples:
    m = re.search(r"stackTrace = \[\s*\n\s*(.*?)\s+line:", e)
    if m:
        top[m.group(1)] += 1
for frame, n in top.most_common(20):
    print("%5d %s" % (n, frame))
PY
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
# --- server 1: the readers' cache off
export FORUM_READER_CACHE_SECONDS=0
start_server
unset FORUM_READER_CACHE_SECONDS
JVM=$(pgrep -P "$SERVER_PID" java | head -n 1 || true)
[ -n "$JVM" ] || die "no server JVM under pid $SERVER_PID"
curl -sf -o "$RESULTS/page.html" "$BASE_URL$PAGE" || die "$PAGE does not answer 200"
log "page: $(wc -c <"$RESULTS/page.html") bytes," \
    "$(grep -o 'class="card opinion ' "$RESULTS/page.html" | wc -l) opinions," \
    "$(grep -o 'class="comment depth-' "$RESULTS/page.html" | wc -l) comments"
log_in_members
check_members "before the run"
log "$CONNECTIONS members logged in; member page $(wc -c <"$RESULTS/member-1.html") bytes"
log "warm-up: 10s on the static file"
load warmup-static "$STATIC" 10s
LOAD_STATIC0=$(cut -d' ' -f1-3 /proc/loadavg)
load static0 "$STATIC" "$DURATION"
if [ "$READERS" = 1 ]; then
    log "warm-up: $WARMUP on the reader's page, cache off"
    load warmup-reader0 "$PAGE" "$WARMUP"
    LOAD_READER0=$(cut -d' ' -f1-3 /proc/loadavg)
    load reader0 "$PAGE" "$DURATION"
fi
export MEMBER_SESSIONS=$RESULTS/sessions.txt
log "warm-up: $WARMUP on the member page ($CONNECTIONS members, one connection each)"
load warmup-member "$PAGE" "$WARMUP" "$CONNECTIONS" "$BENCH_DIR/member-sessions.lua"
LOAD_MEMBER=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "$JFR" = 1 ]; then
    jcmd "$JVM" JFR.start name=member settings="$BENCH_DIR/cpu-samples.jfc" filename="$RESULTS/member.jfr" >/dev/null
fi
load member "$PAGE" "$DURATION" "$CONNECTIONS" "$BENCH_DIR/member-sessions.lua"
if [ "$JFR" = 1 ]; then
    jcmd "$JVM" JFR.stop name=member >/dev/null
fi
check_members "after the run"
log "CPU per page, one request at a time: $SEQUENTIAL member pages, $SEQUENTIAL reader pages (cache off)"
sequential member-seq "$PAGE" "$SEQUENTIAL" "$RESULTS/sessions.txt"
[ "$READERS" = 1 ] && sequential reader0-seq "$PAGE" "$SEQUENTIAL"
stop_server
trap - EXIT
[ "$JFR" = 1 ] && top_frames "$RESULTS/member.jfr"

# --- server 2: the readers' cache as the server has it by default
if [ "$READERS" = 1 ]; then
    start_server
    JVM=$(pgrep -P "$SERVER_PID" java | head -n 1 || true)
    load warmup-static1 "$STATIC" 10s
    LOAD_STATIC1=$(cut -d' ' -f1-3 /proc/loadavg)
    load static1 "$STATIC" "$DURATION"
    load warmup-reader "$PAGE" "$WARMUP"
    LOAD_READER=$(cut -d' ' -f1-3 /proc/loadavg)
    load reader "$PAGE" "$DURATION"
    stop_server
    trap - EXIT
fi

field() { [ -f "$RESULTS/$1.txt" ] && sed -n 's/.*RESULT.* '"$2"'=\([^ ]*\).*/\1/p' "$RESULTS/$1.txt"; }
cpu_per() {  # NAME: server CPU ms per answered request of that wrk run
    local n
    n=$(field "$1" requests)
    [ -f "$RESULTS/$1.cpu" ] && [ "${n:-0}" -gt 0 ] \
        && awk -v c="$(cat "$RESULTS/$1.cpu")" -v n="$n" 'BEGIN { printf "%.2f", c / n }'
}
row() {  # NAME WHAT LOAD
    printf '%-30s %9s %8s %8s %8s %8s %7s %7s %9s  %s\n' "$2" "$(field "$1" rps)" "$(field "$1" p50_ms)" \
        "$(field "$1" p95_ms)" "$(field "$1" p99_ms)" "$(field "$1" max_ms)" "$(field "$1" errors)" \
        "$(field "$1" non2xx)" "$(cpu_per "$1" || true)" "$3"
}
{
    echo
    echo "Policy Forum member's topic page — $(date -u '+%Y-%m-%d %H:%M UTC'), $DB, $(nproc) cores," \
        "$(free -g | awk '/Mem:/{print $2}') GB"
    echo "wrk -c$CONNECTIONS -d$DURATION on loopback (member page: -t$CONNECTIONS, one member per connection);" \
        "page $PAGE"
    echo "load average before the run: $LOAD_BEFORE"
    printf '%-30s %9s %8s %8s %8s %8s %7s %7s %9s  %s\n' what "req/s" "p50 ms" "p95 ms" "p99 ms" "max ms" \
        errors non2xx \
        "CPU ms/r" "load avg"
    row static0 "static file (server 1)" "${LOAD_STATIC0:-}"
    [ "$READERS" = 1 ] && row reader0 "reader page, cache 0" "${LOAD_READER0:-}"
    row member "member page ($CONNECTIONS members)" "$LOAD_MEMBER"
    if [ "$READERS" = 1 ]; then
        row static1 "static file (server 2)" "${LOAD_STATIC1:-}"
        row reader "reader page, cache on (2 s)" "${LOAD_READER:-}"
    fi
    for seq in member-seq reader0-seq; do
        [ -f "$RESULTS/$seq.seq" ] && read -r cpu wall <"$RESULTS/$seq.seq" \
            && echo "$seq: $cpu ms server CPU and $wall ms wall per page, one request at a time ($SEQUENTIAL pages)"
    done
    echo "(2 cores give at most 2000 / CPU-ms pages/s when the server has the whole machine)"
    awk -v r="$(field member rps)" -v p="$(field member p95_ms)" 'BEGIN {
        printf "member goal (>= 150 pages/s, p95 < 150 ms): %s (%.1f pages/s, p95 %.1f ms)\n",
            (r + 0 >= 150 && p + 0 < 150) ? "met" : "MISSED", r, p }'
    echo "raw wrk output: $RESULTS"
} | tee "$RESULTS/summary.txt"
[ "$JFR" = 1 ] && { echo "profile: $RESULTS/member-top-frames.txt"; head -30 "$RESULTS/member-top-frames.txt"; }
exit 0
