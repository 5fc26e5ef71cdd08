#!/usr/bin/env bash
# Two forum nodes behind a balancer on one PostgreSQL, on this machine (README: Run two nodes).
#
#   ops/cluster.sh up              start node1, then node2 (each waits until ready), then the balancer
#   ops/cluster.sh down            stop the balancer and both nodes
#   ops/cluster.sh status          which processes run, each node's readiness and its cluster view
#   ops/cluster.sh start NODE      start one node (node1 or node2) again, e.g. after `kill`
#   ops/cluster.sh kill NODE       kill -9 one node, as a crash would
#
# Needs: the cluster server (./mvnw -Pcluster -DskipTests package provisions forum-ear/target/cluster-server and
# builds forum-ear/target/policy-forum.ear), HAProxy (Debian: apt-get install haproxy) and a PostgreSQL database
# given by FORUM_DB_URL / FORUM_DB_USER / FORUM_DB_PASSWORD (FORUM_DB_DRIVER is set to postgresql here: an H2 file
# cannot be shared by two servers). Every other FORUM_* variable reaches both nodes unchanged.
#
# The balancer is HAProxy, not a third WildFly: it needs no JVM (two cores here), starts in milliseconds, checks each
# node's readiness (/ops/ready), keeps a browser on its node (cookie FORUM_NODE), sends it to the
# other node when its node is down (option redispatch: a refused connection is retried there, a request that reached a
# node is never sent twice), and names the node that answered in the header X-Forum-Node.
#
# Environment (all optional):
#   FORUM_CLUSTER_SERVER     provisioned cluster server (forum-ear/target/cluster-server)
#   FORUM_CLUSTER_EAR        the application (forum-ear/target/policy-forum.ear)
#   FORUM_CLUSTER_DIR        the nodes' folders, logs and pid files (target/cluster)
#   FORUM_CLUSTER_OFFSETS    the two nodes' port offsets ("100 200": HTTP 8180/8280, management 10090/10190,
#                            JGroups TCP 7700/7800)
#   FORUM_CLUSTER_PORT       the balancer's port (8080)
#   FORUM_CLUSTER_WAIT       seconds to wait for a node to become ready (180)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SERVER="${FORUM_CLUSTER_SERVER:-$ROOT/forum-ear/target/cluster-server}"
EAR="${FORUM_CLUSTER_EAR:-$ROOT/forum-ear/target/policy-forum.ear}"
DIR="${FORUM_CLUSTER_DIR:-$ROOT/target/cluster}"
read -r -a OFFSETS <<<"${FORUM_CLUSTER_OFFSETS:-100 200}"
PORT="${FORUM_CLUSTER_PORT:-8080}"
WAIT="${FORUM_CLUSTER_WAIT:-180}"
NODES=(node1 node2)

die() {
    echo "cluster: $*" >&2
    exit 1
}

offset_of() {
    case "$1" in
        node1) echo "${OFFSETS[0]}" ;;
        node2) echo "${OFFSETS[1]}" ;;
        *) die "no node $1 (node1 or node2)" ;;
    esac
}

pid_of() {
    local file="$DIR/$1.pid"
    [ -f "$file" ] && kill -0 "$(cat "$file")" 2>/dev/null && cat "$file"
}

ready() {
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$((9990 + $(offset_of "$1")))/health/ready") || true
    [ "$status" = 200 ]
}

prepare() {
    local node=$1 base="$DIR/$1"
    [ -d "$SERVER" ] || die "no cluster server at $SERVER (./mvnw -Pcluster -DskipTests package)"
    [ -f "$EAR" ] || die "no application at $EAR (./mvnw -Pcluster -DskipTests package)"
    if [ ! -d "$base" ]; then
        # each node has its own configuration, data, log and deployment folders; the server's files are shared
        cp -r "$SERVER/standalone" "$base"
        rm -rf "$base"/deployments/* "$base/data" "$base/log" "$base/tmp"
    fi
    cp "$EAR" "$base/deployments/policy-forum.ear"
    rm -f "$base"/deployments/policy-forum.ear.*
}

start_node() {
    local node=$1 offset peer1 peer2
    [ -n "${FORUM_DB_URL:-}" ] || die "FORUM_DB_URL is not set (a PostgreSQL database both nodes share)"
    if pid_of "$node" >/dev/null; then
        echo "$node: already running (pid $(pid_of "$node"))"
        return
    fi
    offset=$(offset_of "$node")
    prepare "$node"
    peer1=$((7600 + OFFSETS[0]))
    peer2=$((7600 + OFFSETS[1]))
    # One data folder for both nodes: without FORUM_PERSON_KEY_SECRET the person-key secret is a file there, and both
    # nodes must hash a person's key alike (on several machines, set FORUM_PERSON_KEY_SECRET instead).
    echo "$node: starting (HTTP $((8080 + offset)), management $((9990 + offset)), JGroups $((7600 + offset)))"
    # every request reaches a node from the balancer (127.0.0.1): without trusting it, every visitor would count as
    # 127.0.0.1 - inside the console's allowed networks, and one address for the login throttle and rate limits
    FORUM_TRUSTED_PROXIES="${FORUM_TRUSTED_PROXIES:-127.0.0.1/32}" \
    FORUM_DB_DRIVER=postgresql LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$DIR/$node.pid" \
        nohup "$SERVER/bin/standalone.sh" \
        -Djboss.server.base.dir="$DIR/$node" \
        -Djboss.node.name="$node" \
        -Djboss.socket.binding.port-offset="$offset" \
        -Dforum.cluster.peer1.port="$peer1" \
        -Dforum.cluster.peer2.port="$peer2" \
        -Dforum.data.dir="$DIR/shared-data" \
        >"$DIR/$node.out" 2>&1 &
    local i
    for i in $(seq 1 "$WAIT"); do
        if ready "$node"; then
            echo "$node: ready after $i s"
            return
        fi
        sleep 1
    done
    die "$node did not become ready in $WAIT s (see $DIR/$node/log/server.log)"
}

start_balancer() {
    local cfg="$DIR/haproxy.cfg"
    command -v haproxy >/dev/null || die "HAProxy is missing (Debian: apt-get install haproxy)"
    if [ -f "$DIR/haproxy.pid" ] && kill -0 "$(cat "$DIR/haproxy.pid")" 2>/dev/null; then
        echo "balancer: already running"
        return
    fi
    cat >"$cfg" <<CFG
global
    maxconn 1024
defaults
    mode http
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    # a connection the node refused (it is down) is tried once more on the other node; nothing else is retried
    retries 2
    option redispatch 1
    # a new connection to the node for every request: a kept-alive one to a node that has died would take the
    # request and answer nothing (found by ClusterFailoverIT), a new one is refused and goes to the other node
    option http-server-close
    option forwardfor
frontend forum
    bind 127.0.0.1:$PORT
    default_backend nodes
backend nodes
    balance roundrobin
    cookie FORUM_NODE insert indirect nocache httponly
    # the forum's own readiness (database answers, schema migrated), on the public port from loopback
    option httpchk GET /ops/ready
    # a check may take longer than its interval on a busy machine: without "timeout check" the interval is also the
    # timeout, and both nodes were marked down together right after the start (ClusterFailoverIT under load)
    timeout check 5s
    default-server inter 1s fall 3 rise 2
    http-response set-header X-Forum-Node %[srv_name]
    server node1 127.0.0.1:$((8080 + OFFSETS[0])) check cookie node1
    server node2 127.0.0.1:$((8080 + OFFSETS[1])) check cookie node2
CFG
    haproxy -D -f "$cfg" -p "$DIR/haproxy.pid"
    local i status
    for i in $(seq 1 30); do
        status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$PORT/ops/ready") || true
        if [ "$status" = 200 ]; then
            echo "balancer: http://127.0.0.1:$PORT/"
            return
        fi
        sleep 1
    done
    die "the balancer at http://127.0.0.1:$PORT/ finds no ready node (last answer $status)"
}

stop_pid() {
    local name=$1 pid=$2 i
    kill "$pid" 2>/dev/null || return 0
    for i in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || {
            echo "$name: stopped"
            return 0
        }
        sleep 1
    done
    kill -9 "$pid" 2>/dev/null || true
    echo "$name: killed after 30 s"
}

up() {
    mkdir -p "$DIR"
    # one after the other: the first node migrates the schema (and loads demo content if asked) alone
    start_node node1
    start_node node2
    start_balancer
}

down() {
    local node pid
    if [ -f "$DIR/haproxy.pid" ]; then
        stop_pid balancer "$(cat "$DIR/haproxy.pid")"
        rm -f "$DIR/haproxy.pid"
    fi
    for node in "${NODES[@]}"; do
        if pid=$(pid_of "$node"); then stop_pid "$node" "$pid"; fi
        rm -f "$DIR/$node.pid"
    done
}

status() {
    local node pid view
    for node in "${NODES[@]}"; do
        if pid=$(pid_of "$node"); then
            view=$(grep -ho '|[0-9]*\] ([0-9]*) \[[^]]*\]' "$DIR/$node/log/server.log" 2>/dev/null | tail -1) || true
            if ready "$node"; then echo "$node: ready (pid $pid) view $view"; else echo "$node: not ready (pid $pid)"; fi
        else
            echo "$node: down"
        fi
    done
    if [ -f "$DIR/haproxy.pid" ] && kill -0 "$(cat "$DIR/haproxy.pid")" 2>/dev/null; then
        echo "balancer: http://127.0.0.1:$PORT/ (pid $(cat "$DIR/haproxy.pid"))"
    else
        echo "balancer: down"
    fi
}

case "${1:-}" in
    up) up ;;
    down) down ;;
    status) status ;;
    start)
        mkdir -p "$DIR"
        start_node "$(offset_of "${2:-}" >/dev/null && echo "$2")"
        ;;
    kill)
        pid=$(pid_of "${2:-}") || die "${2:-}: not running"
        kill -9 "$pid"
        # back when the process is gone: until then its port may still accept a connection that it never answers
        while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
        echo "$2: killed (pid $pid)"
        ;;
    *) die "usage: $0 up|down|status|start NODE|kill NODE" ;;
esac
