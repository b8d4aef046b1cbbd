#!/usr/bin/env bash
# Start a local Elasticsearch 8 (no Docker: Maven Central's jars run by services/elasticsearch/,
# see its README.md) and print, for `eval`, the ELASTICSEARCH_URL that points at it. Installs
# Java and Maven when they are missing (needs root). Plain HTTP, no users, 127.0.0.1 only.
#   eval "$(services/elasticsearch.sh start)"       one node, http://127.0.0.1:9201
#   services/elasticsearch.sh start --nodes 3        three nodes in one JVM: 9201, 9202, 9203
#   services/elasticsearch.sh status                 cluster health
#   services/elasticsearch.sh stop
# ELASTICSEARCH_PORT_BASE (9200): node n answers on PORT_BASE + n; nodes talk to each other on
# ELASTICSEARCH_TRANSPORT_PORT_BASE + n (9300). ELASTICSEARCH_HEAP (1g) is the JVM's -Xmx,
# ELASTICSEARCH_START_TIMEOUT (180) the seconds `start` waits for the cluster.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pom=$root/services/elasticsearch/pom.xml
var=$root/var
pidfile=$var/elasticsearch.pid
log=$var/elasticsearch.log  # the nodes' output; Maven's own goes to elasticsearch.build.log
build_log=$var/elasticsearch.build.log
host=127.0.0.1
port_base=${ELASTICSEARCH_PORT_BASE:-9200}
transport_base=${ELASTICSEARCH_TRANSPORT_PORT_BASE:-9300}
heap=${ELASTICSEARCH_HEAP:-1g}
start_timeout=${ELASTICSEARCH_START_TIMEOUT:-180}
url=http://$host:$((port_base + 1))

install_tools() {
  command -v java >/dev/null && command -v mvn >/dev/null && return
  echo "Installing Java and Maven from Debian's packages…" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    openjdk-17-jdk-headless maven >&2
}

running_pid() {  # the runner's pid (also its process group), if it is alive
  [ -f "$pidfile" ] || return 1
  local pid
  pid=$(cat "$pidfile")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

healthy() {  # $1: how many nodes the cluster must have: 3, or '>=1'
  curl -fsS -m 15 -o /dev/null -G "$url/_cluster/health" --data-urlencode "wait_for_nodes=$1" \
    -d wait_for_status=yellow -d timeout=5s 2>/dev/null
}

start() {
  local nodes=1 wanted='>=1'  # without --nodes, any healthy cluster already running will do
  while [ $# -gt 0 ]; do
    case "$1" in
      --nodes) nodes=${2:?--nodes wants a number}; wanted=$nodes; shift 2 ;;
      --nodes=*) nodes=${1#--nodes=}; wanted=$nodes; shift ;;
      *) echo "unknown option $1" >&2; exit 2 ;;
    esac
  done
  if running_pid >/dev/null || { [ ! -f "$pidfile" ] && healthy '>=1'; }; then
    if healthy "$wanted"; then
      echo "export ELASTICSEARCH_URL=$url"
      return
    fi
    echo "An Elasticsearch already runs on $url but is not a healthy cluster of $wanted" \
      "node(s): see '$0 status', or '$0 stop' first" >&2
    exit 1
  fi
  install_tools
  mkdir -p "$var"
  # A data folder per cluster size: a node that once formed a 3-node cluster will not start alone.
  echo "Starting Elasticsearch ($nodes node(s), $url, log in var/elasticsearch.log)…" >&2
  : >"$log"
  setsid mvn -q -B -f "$pom" compile exec:exec -Dexec.outputFile="$log" \
    -Des.nodes="$nodes" -Des.httpPortBase="$port_base" -Des.transportPortBase="$transport_base" \
    -Des.host="$host" -Des.basePath="$var/elasticsearch/nodes-$nodes" -Des.heapMax="$heap" \
    >"$build_log" 2>&1 </dev/null &
  echo $! >"$pidfile"
  local deadline=$((SECONDS + start_timeout))
  until healthy "$nodes"; do
    if ! running_pid >/dev/null; then
      rm -f "$pidfile"
      fail "Elasticsearch stopped while starting"
    fi
    if [ $SECONDS -ge $deadline ]; then
      stop
      fail "Elasticsearch was not healthy within ${start_timeout}s"
    fi
    sleep 1
  done
  echo "export ELASTICSEARCH_URL=$url"
}

fail() {  # $1: what went wrong; shows the end of the log that tells why
  if [ -s "$log" ]; then
    echo "$1; the end of var/elasticsearch.log:" >&2
    tail -n 30 "$log" >&2
  else
    echo "$1; the end of var/elasticsearch.build.log (Maven):" >&2
    tail -n 30 "$build_log" >&2
  fi
  exit 1
}

stop() {
  local pid
  if ! pid=$(running_pid); then
    rm -f "$pidfile"
    echo "Elasticsearch is not running" >&2
    return
  fi
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 -- "-$pid" 2>/dev/null || break
    sleep 1
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

status() {
  if curl -fsS -m 10 "$url/_cluster/health?pretty" 2>/dev/null; then
    running_pid >/dev/null || echo "(not started by this script: no live $pidfile)" >&2
  else
    echo "Elasticsearch is not answering on $url" >&2
    exit 1
  fi
}

command=${1:-start}
[ $# -gt 0 ] && shift
case "$command" in
  start) start "$@" ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start [--nodes N]|stop|status" >&2; exit 2 ;;
esac
