# Shared by generate.sh and topic-page.sh: where things are, the database choice, and starting/stopping the forum
# server on its own port offset with the bench database. Sourced, not run.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT_DIR=$(cd "$BENCH_DIR/.." && pwd)
SERVER_HOME=${BENCH_SERVER_HOME:-$ROOT_DIR/forum-ear/target/server}
EAR=${BENCH_EAR:-$ROOT_DIR/forum-ear/target/policy-forum.ear}
WORK=$BENCH_DIR/target
PORT_OFFSET=${BENCH_PORT_OFFSET:-500}
HTTP_PORT=$((8080 + PORT_OFFSET))
MGMT_PORT=$((9990 + PORT_OFFSET))
BASE_URL="http://127.0.0.1:$HTTP_PORT"
H2_JAR=${BENCH_H2_JAR:-$HOME/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar}

# database: h2 (file under $BENCH_DIR/data/h2) or postgresql (database forum_bench on 127.0.0.1:5432, role forum/forum)
DB=${BENCH_DB:-h2}
H2_DIR=${BENCH_H2_DIR:-$BENCH_DIR/data/h2}
H2_URL="jdbc:h2:file:$H2_DIR/forum;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000"
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_DB=${BENCH_PG_DB:-forum_bench}
PG_USER=${BENCH_PG_USER:-forum}
PG_PASSWORD=${BENCH_PG_PASSWORD:-forum}

SERVER_PID=

log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# Runs SQL (a file) against the bench database; the server must be stopped for H2 (single-process file).
run_sql_file() {
    case $DB in
        h2) java -cp "$H2_JAR" org.h2.tools.RunScript -url "$H2_URL" -user sa -password sa -script "$1" ;;
        postgresql) PGPASSWORD=$PG_PASSWORD psql -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -f "$1" ;;
    esac
}

# Prints the single value of a query (first column of the first row).
query_value() {
    case $DB in
        h2) java -cp "$H2_JAR" org.h2.tools.Shell -url "$H2_URL" -user sa -password sa -sql "$1" | sed -n 2p | awk -F' *\\| *' '{print $1}' | tr -d ' ' ;;
        postgresql) PGPASSWORD=$PG_PASSWORD psql -qtA -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -c "$1" ;;
    esac
}

# Starts the forum server on $PORT_OFFSET with the bench database, in a private copy of standalone/ under
# $WORK/standalone (fresh configuration, logs and deployment every start; the provisioned server is left as built).
start_server() {
    [ -x "$SERVER_HOME/bin/standalone.sh" ] || die "no server in $SERVER_HOME: run 'mvn -DskipTests package' first"
    [ -f "$EAR" ] || die "no EAR at $EAR: run 'mvn -DskipTests package' first"
    if curl -s -o /dev/null --max-time 2 "$BASE_URL/"; then
        die "something already answers on $BASE_URL: stop it first (port offset $PORT_OFFSET)"
    fi
    rm -rf "$WORK/standalone"
    mkdir -p "$WORK"
    cp -r "$SERVER_HOME/standalone" "$WORK/standalone"
    rm -rf "$WORK/standalone/data" "$WORK/standalone/log" "$WORK/standalone/tmp" "$WORK/standalone/configuration/standalone_xml_history"
    # The README's run command leaves the scanner's markers (policy-forum.ear.deployed, .failed, ...) in the
    # provisioned deployments/; a copied .deployed marker would pass the wait below before this server has deployed
    # anything. Only markers go: the copy's deployments/ then holds nothing but the EAR copied next.
    find "$WORK/standalone/deployments" -maxdepth 1 -type f \( -name '*.deployed' -o -name '*.failed' \
        -o -name '*.isdeploying' -o -name '*.isundeploying' -o -name '*.pending' -o -name '*.undeployed' \
        -o -name '*.dodeploy' -o -name '*.skipdeploy' \) -delete
    cp "$EAR" "$WORK/standalone/deployments/"
    local heap=${BENCH_HEAP:-2g}
    local env=(LAUNCH_JBOSS_IN_BACKGROUND=1
        "JAVA_OPTS=-Xms$heap -Xmx$heap -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true ${BENCH_JAVA_OPTS:-}")
    mkdir -p "$BENCH_DIR/data"
    case $DB in
        h2) mkdir -p "$H2_DIR"; env+=(FORUM_DB_DRIVER=h2 "FORUM_DB_URL=$H2_URL" FORUM_DB_USER=sa FORUM_DB_PASSWORD=sa) ;;
        postgresql) env+=(FORUM_DB_DRIVER=postgresql "FORUM_DB_URL=jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB"
                         "FORUM_DB_USER=$PG_USER" "FORUM_DB_PASSWORD=$PG_PASSWORD") ;;
        *) die "unknown database '$DB' (h2 or postgresql)" ;;
    esac
    log "starting the forum server ($DB) on $BASE_URL, log $WORK/server.out"
    env "${env[@]}" FORUM_BASE_URL="$BASE_URL/" \
        "$SERVER_HOME/bin/standalone.sh" -Djboss.server.base.dir="$WORK/standalone" \
        -Djboss.socket.binding.port-offset="$PORT_OFFSET" -Dforum.data.dir="$BENCH_DIR/data" \
        >"$WORK/server.out" 2>&1 &
    SERVER_PID=$!
    trap stop_server EXIT
    local started=$SECONDS
    local marker=$WORK/standalone/deployments/policy-forum.ear
    until [ -f "$marker.deployed" ] || [ -f "$marker.failed" ]; do
        kill -0 "$SERVER_PID" 2>/dev/null || die "the server stopped while starting; see $WORK/server.out"
        [ $((SECONDS - started)) -lt 300 ] || die "the EAR did not deploy within 300 s; see $WORK/standalone/log/server.log"
        sleep 1
    done
    [ -f "$marker.deployed" ] || die "the EAR failed to deploy; see $WORK/standalone/log/server.log"
    curl -sf -o /dev/null --max-time 30 "$BASE_URL/" || die "$BASE_URL/ does not answer 200; see $WORK/standalone/log/server.log"
    log "server up after $((SECONDS - started)) s (pid $SERVER_PID)"
}

# Stops the server this script started (by its pid only; standalone.sh passes TERM on to the JVM).
stop_server() {
    [ -n "$SERVER_PID" ] || return 0
    if kill -0 "$SERVER_PID" 2>/dev/null; then
        log "stopping the server (pid $SERVER_PID)"
        kill -TERM "$SERVER_PID" 2>/dev/null
        for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
        kill -0 "$SERVER_PID" 2>/dev/null && { log "server still running, killing pid $SERVER_PID"; kill -KILL "$SERVER_PID"; }
    fi
    wait "$SERVER_PID" 2>/dev/null
    SERVER_PID=
}
