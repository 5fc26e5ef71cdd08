#!/usr/bin/env bash
# Cold start and memory of the packaged server as the README's run command starts it (its standalone.sh, WildFly's
# default heap sizing unless JBOSS_JAVA_SIZING is set): the time from starting the script to the first page answered
# 200, then the server JVM's resident memory (RSS) after start, and again after --load seconds of wrk on the demo
# topic page (readers, 16 connections); FORUM_READER_CACHE_SECONDS=0 in the environment makes every request render.
# Fresh H2 database with the demo content each run (port offset 500: http://127.0.0.1:8580), --runs times.
#
#   bench/startup.sh [--runs 3] [--load 20]          e.g. JBOSS_JAVA_SIZING="-Xms256m -Xmx768m" bench/startup.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

RUNS=3 LOAD=20
while [ $# -gt 0 ]; do
    case $1 in
        --runs) RUNS=$2; shift ;;
        --load) LOAD=$2; shift ;;
        -h|--help) sed -n 2,8p "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
    shift
done
command -v wrk >/dev/null || die "wrk is not installed (apt-get install -y wrk)"
[ -x "$SERVER_HOME/bin/standalone.sh" ] || die "no server in $SERVER_HOME: run 'mvn -DskipTests package' first"
curl -s -o /dev/null --max-time 2 "$BASE_URL/" && die "something already answers on $BASE_URL"

rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }

echo "| run | first page after | RSS after start | RSS after $LOAD s of the topic page | pages/s | load average before |"
echo "|---|---|---|---|---|---|"
for run in $(seq 1 "$RUNS"); do
    data=$WORK/startup-data
    rm -rf "$data" "$WORK/startup-standalone"
    mkdir -p "$WORK"
    cp -r "$SERVER_HOME/standalone" "$WORK/startup-standalone"
    rm -rf "$WORK/startup-standalone/data" "$WORK/startup-standalone/log" "$WORK/startup-standalone/tmp"
    loadavg=$(cut -d' ' -f1-3 /proc/loadavg)
    began=$(date +%s%N)
    FORUM_DEMO=true FORUM_BASE_URL="$BASE_URL/" LAUNCH_JBOSS_IN_BACKGROUND=1 \
        "$SERVER_HOME/bin/standalone.sh" -Djboss.server.base.dir="$WORK/startup-standalone" \
        -Djboss.socket.binding.port-offset="$PORT_OFFSET" -Dforum.data.dir="$data" >"$WORK/startup.out" 2>&1 &
    SERVER_PID=$!
    trap stop_server EXIT
    until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE_URL/")" = 200 ]; do
        kill -0 "$SERVER_PID" 2>/dev/null || die "the server stopped while starting; see $WORK/startup.out"
        [ $(( ($(date +%s%N) - began) / 1000000000 )) -lt 300 ] || die "no page within 300 s"
        sleep 0.1
    done
    first=$(( ($(date +%s%N) - began) / 1000000 ))
    java=$(pgrep -P "$SERVER_PID" java || pgrep -f "jboss.server.base.dir=$WORK/startup-standalone" | head -1)
    after_start=$(rss_mb "$java")
    rate=$(wrk -t2 -c16 -d"${LOAD}s" --timeout 30s "$BASE_URL/topics/1" | awk '/Requests\/sec/ {print $2}')
    after_load=$(rss_mb "$java")
    echo "| $run | $(printf '%d.%03d' $((first / 1000)) $((first % 1000))) s | $after_start MB | $after_load MB | $rate | $loadavg |"
    stop_server
done
echo
echo "heap sizing: ${JBOSS_JAVA_SIZING:-the WildFly default -Xms64m -Xmx512m}; readers copy: ${FORUM_READER_CACHE_SECONDS:-2} s"
