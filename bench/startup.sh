#!/usr/bin/env bash
# Cold start and memory of the packaged server as the README's run command starts it (its standalone.sh, WildFly's
# default heap sizing unless JBOSS_JAVA_SIZING is set). Each run starts the server twice:
#   first start  a fresh H2 database (every migration runs), as a city's first `./mvnw -Prun package`;
#   restart      the same database again (nothing to migrate), as every later start.
# For each: the time from starting the script to the first page answered 200, and the server JVM's CPU time by then.
# After the restart, the server JVM's resident memory (RSS), and again after --load seconds of wrk on the topic page
# (readers, 16 connections; with --demo, whose content has a topic 1, otherwise the home page).
# FORUM_READER_CACHE_SECONDS=0 in the environment makes every request render. Port offset 500: http://127.0.0.1:8580.
#
#   bench/startup.sh [--runs 3] [--load 20] [--demo]      e.g. JBOSS_JAVA_SIZING="-Xms256m -Xmx768m" bench/startup.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

RUNS=3 LOAD=20 DEMO=false
while [ $# -gt 0 ]; do
    case $1 in
        --runs) RUNS=$2; shift ;;
        --load) LOAD=$2; shift ;;
        --demo) DEMO=true ;;
        -h|--help) sed -n 2,11p "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
    shift
done
command -v wrk >/dev/null || die "wrk is not installed (apt-get install -y wrk)"
[ -x "$SERVER_HOME/bin/standalone.sh" ] || die "no server in $SERVER_HOME: run 'mvn -DskipTests package' first"
curl -s -o /dev/null --max-time 2 "$BASE_URL/" && die "something already answers on $BASE_URL"

rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }
seconds() { printf '%d.%03d s' $(($1 / 1000)) $(($1 % 1000)); }

# The server JVM's CPU time so far (user + system), in milliseconds.
cpu_ms() {
    local stat
    read -r -a stat <"/proc/$1/stat"
    echo $(( (stat[13] + stat[14]) * 1000 / $(getconf CLK_TCK) ))
}

# Starts the server on $data; ELAPSED_MS: the milliseconds until the first page answered 200, CPU_MS: the server
# JVM's CPU time until then (both cores together), JAVA_PID: the JVM.
start_and_time() {
    local began
    began=$(date +%s%N)
    FORUM_DEMO=$DEMO FORUM_BASE_URL="$BASE_URL/" LAUNCH_JBOSS_IN_BACKGROUND=1 \
        "$SERVER_HOME/bin/standalone.sh" -Djboss.server.base.dir="$WORK/startup-standalone" \
        -Djboss.socket.binding.port-offset="$PORT_OFFSET" -Dforum.data.dir="$data" >>"$WORK/startup.out" 2>&1 &
    SERVER_PID=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE_URL/")" = 200 ]; do
        kill -0 "$SERVER_PID" 2>/dev/null || die "the server stopped while starting; see $WORK/startup.out"
        [ $(( ($(date +%s%N) - began) / 1000000000 )) -lt 300 ] || die "no page within 300 s"
        sleep 0.1
    done
    ELAPSED_MS=$(( ($(date +%s%N) - began) / 1000000 ))
    JAVA_PID=$(pgrep -P "$SERVER_PID" java || pgrep -f "jboss.server.base.dir=$WORK/startup-standalone" | head -1)
    CPU_MS=$(cpu_ms "$JAVA_PID")
}

page=$BASE_URL/
[ "$DEMO" = true ] && page=$BASE_URL/topics/1
trap stop_server EXIT
echo "| run | first start (fresh database) | restart | RSS after restart | RSS after $LOAD s of load | pages/s | load average before |"
echo "|---|---|---|---|---|---|---|"
for run in $(seq 1 "$RUNS"); do
    data=$WORK/startup-data
    rm -rf "$data" "$WORK/startup-standalone" "$WORK/startup.out"
    mkdir -p "$WORK"
    cp -r "$SERVER_HOME/standalone" "$WORK/startup-standalone"
    rm -rf "$WORK/startup-standalone/data" "$WORK/startup-standalone/log" "$WORK/startup-standalone/tmp"
    loadavg=$(cut -d' ' -f1-3 /proc/loadavg)
    start_and_time
    first="$(seconds "$ELAPSED_MS") ($(seconds "$CPU_MS") CPU)"
    stop_server
    start_and_time
    again="$(seconds "$ELAPSED_MS") ($(seconds "$CPU_MS") CPU)"
    after_start=$(rss_mb "$JAVA_PID")
    rate=$(wrk -t2 -c16 -d"${LOAD}s" --timeout 30s "$page" | awk '/Requests\/sec/ {print $2}')
    after_load=$(rss_mb "$JAVA_PID")
    echo "| $run | $first | $again | $after_start MB | $after_load MB | $rate | $loadavg |"
    stop_server
done
echo
echo "heap sizing: ${JBOSS_JAVA_SIZING:-the WildFly default -Xms64m -Xmx512m}; demo content: $DEMO;" \
    "readers copy: ${FORUM_READER_CACHE_SECONDS:-2} s"
